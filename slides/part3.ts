import type { DeckEntry, Slide } from '../src/deck/spec.ts';

/** A point of part three: the part's kicker, a heading and four points that build up. */
function point(id: string): Slide {
  return {
    id,
    layout: 'content',
    kicker: 'part3-government.kicker',
    title: `${id}.heading`,
    blocks: [{ kind: 'list', items: ['p1', 'p2', 'p3', 'p4'].map((p) => `${id}.points.${p}`), fragments: true }],
    notes: `${id}.notes`,
  };
}

/** Part three: building a service-oriented government that satisfies the people. */
export const part3: DeckEntry[] = [
  {
    id: 'part3-government',
    layout: 'section',
    kicker: 'part3-government.kicker',
    title: 'part3-government.heading',
    subtitle: 'part3-government.subtitle',
    notes: 'part3-government.notes',
  },
  point('government-intro'),
  point('government-theory'),
  point('government-law'),
  point('government-efficiency'),
  point('government-integrity'),
];
