import type { DeckEntry } from './keys.ts';

/** The absolute values the report opens its review with; each with its growth (and rank) beneath. */
const HEADLINE = ['gdp', 'retail', 'revenue', 'deposits', 'loans', 'urban-income', 'rural-income'] as const;

export const review2022: DeckEntry[] = [
  {
    id: 'headline-2022',
    layout: 'content',
    kicker: 'headline-2022.kicker',
    title: 'headline-2022.heading',
    blocks: [
      {
        kind: 'figures',
        hero: true,
        facts: HEADLINE.map((measure) => `${measure}-2022` as const),
        notes: HEADLINE.map((measure) => `headline-2022.figures.${measure}` as const),
      },
      { kind: 'text', key: 'headline-2022.also', size: 'small' },
    ],
    notes: 'headline-2022.notes',
  },
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
