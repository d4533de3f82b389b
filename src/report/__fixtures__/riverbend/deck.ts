import type { DeckSpec } from '../../../deck/spec.ts';

/** The test report's composition: a title slide and one slide with text, a figure, a chart and a glossary term. */
export const deck: DeckSpec = {
  title: 'deck.title',
  description: 'deck.description',
  entries: [
    { id: 'title', layout: 'title', title: 'deck.title', notes: 'deck.notes' },
    {
      id: 'review',
      layout: 'content',
      title: 'review.title',
      blocks: [
        { kind: 'text', key: 'review.point' },
        { kind: 'figures', facts: ['rural-roads-2024'] },
        { kind: 'chart', chart: 'bars', facts: ['gdp-growth-2024', 'industry-growth-2024'], caption: 'review.caption' },
        { kind: 'glossary', terms: ['green-valley'] },
      ],
      notes: 'review.notes',
    },
  ],
};
