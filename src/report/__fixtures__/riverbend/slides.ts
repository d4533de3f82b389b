import type { ReportDeck } from 'report-deck';
import type text from './locales/en/report.json';
import type facts from './facts/riverbend.json';

/** The test report's composition: a title, a slide with text, a figure, a chart and a glossary term, a part, two charts. */
export const deck: ReportDeck<typeof text, typeof facts> = {
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
    {
      id: 'growth',
      layout: 'content',
      title: 'growth.title',
      blocks: [
        {
          kind: 'chart',
          chart: 'growth-ranks',
          facts: ['gdp-growth-2024', 'industry-growth-2024'],
          caption: 'growth.caption',
        },
      ],
      notes: 'growth.notes',
    },
    { id: 'plan', layout: 'section', title: 'plan.title', notes: 'plan.notes' },
    {
      id: 'targets',
      layout: 'content',
      title: 'targets.title',
      blocks: [{ kind: 'chart', chart: 'targets', facts: ['gdp-growth-2025'], caption: 'targets.caption' }],
      notes: 'targets.notes',
    },
  ],
};
