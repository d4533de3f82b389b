import { keyOf, numberedKeys, type DeckEntry, type IdWith, type Slide } from './keys.ts';

/** A point of part three: the part's kicker, a heading and four points that build up. */
function point<Id extends IdWith<'heading'> & IdWith<'notes'>>(id: Id): Slide {
  return {
    id,
    layout: 'content',
    kicker: 'part3-government.kicker',
    title: keyOf(id, 'heading'),
    blocks: [{ kind: 'list', items: numberedKeys(id, 'points', 'p', 1, 4), fragments: true }],
    notes: keyOf(id, 'notes'),
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
