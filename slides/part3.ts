import type { IconName } from '../src/deck/spec.ts';
import { opener, points, pointsOf, quote, slide } from './helpers.ts';
import type { DeckEntry, TextKey } from './keys.ts';

/** A section of part three: its memorable sentence set large, the other three points beneath it. */
function commitment(
  id: 'government-theory' | 'government-law' | 'government-efficiency' | 'government-integrity',
  quoted: number,
  icon: IconName,
  icons: IconName[],
) {
  const rest = [1, 2, 3, 4].filter((n) => n !== quoted);
  return slide(id, 'quote', [quote(`${id}.points.p${quoted}` as TextKey, icon), pointsOf(id, rest, { icons })], {
    kicker: 'part3-government.kicker',
  });
}

/** Part three: building a service-oriented government that satisfies the people. */
export const part3: DeckEntry[] = [
  opener(
    'part3-government',
    'section',
    [points('part3-government', 4, { fragments: false, icons: ['learning', 'law', 'efficiency', 'integrity'] })],
    { icon: 'government' },
  ),
  slide(
    'government-intro',
    'points',
    [points('government-intro', 4, { icons: ['goal', 'learning', 'reform', 'people'] })],
    {
      kicker: 'part3-government.kicker',
    },
  ),
  commitment('government-theory', 3, 'learning', ['learning', 'policy', 'livelihood']),
  commitment('government-law', 4, 'law', ['law', 'government', 'people']),
  commitment('government-efficiency', 1, 'efficiency', ['efficiency', 'award', 'partnership']),
  commitment('government-integrity', 4, 'integrity', ['integrity', 'finance', 'law']),
];
