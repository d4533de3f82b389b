import type { DeckEntry } from './keys.ts';
import { band, motif, opener, points, slide } from './helpers.ts';

/** The nine growth rates the report opens its review with: the title's and part one's quiet motif. */
export const GROWTH_2022 = [
  'gdp-growth-2022',
  'industry-growth-2022',
  'investment-growth-2022',
  'retail-growth-2022',
  'revenue-growth-2022',
  'deposits-growth-2022',
  'loans-growth-2022',
  'urban-income-growth-2022',
  'rural-income-growth-2022',
] as const;

export const opening: DeckEntry[] = [
  opener('title', 'title', [
    band(
      ['gdp-2022', 'gdp-growth-2022', 'honours-2022', 'gdp-growth-2023'],
      ['title.band.gdp', 'title.band.growth', 'title.band.honours', 'title.band.target'],
    ),
    motif([...GROWTH_2022]),
  ]),
  slide('agenda', 'points', [points('agenda', 3, { icons: ['growth', 'goal', 'government'] })], {
    kicker: 'title.kicker',
  }),
];
