import type { DeckEntry } from './keys.ts';

export const review2022: DeckEntry[] = [
  {
    id: 'indicators-2022',
    layout: 'content',
    kicker: 'indicators.kicker',
    title: 'indicators.heading',
    blocks: [
      {
        kind: 'chart',
        chart: 'growth-ranks',
        facts: [
          'gdp-growth-2022',
          'industry-growth-2022',
          'investment-growth-2022',
          'retail-growth-2022',
          'revenue-growth-2022',
          'deposits-growth-2022',
          'loans-growth-2022',
          'urban-income-growth-2022',
          'rural-income-growth-2022',
        ],
        caption: 'indicators.caption',
      },
    ],
    notes: 'indicators.notes',
  },
];
