import type { DeckEntry } from './keys.ts';
import { band, chart, figures, motif, opener, slide, text } from './helpers.ts';
import { GROWTH_2022 } from './opening.ts';

/** The absolute values the report opens its review with; each with its growth (and rank) beneath. */
const HEADLINE = ['gdp', 'retail', 'revenue', 'deposits', 'loans', 'urban-income', 'rural-income'] as const;

export const review2022: DeckEntry[] = [
  opener(
    'part1-2022',
    'section',
    [
      band(
        ['gdp-2022', 'gdp-growth-2022', 'industry-growth-2022', 'investment-growth-2022'],
        ['part1-2022.band.gdp', 'part1-2022.band.growth', 'part1-2022.band.industry', 'part1-2022.band.investment'],
      ),
      motif([...GROWTH_2022]),
    ],
    { icon: 'growth', autoAnimate: true },
  ),
  // The county's output moves from the opener's band into the lead figure (reveal.js's auto-animate,
  // both slides marked); in print and on the reading page each is simply in its place.
  slide(
    'headline-2022',
    'content',
    [
      figures(
        HEADLINE.map((measure) => `${measure}-2022` as const),
        { hero: true, notes: HEADLINE.map((measure) => `headline-2022.figures.${measure}` as const) },
      ),
      text('headline-2022.also', { size: 'small' }),
    ],
    { autoAnimate: true },
  ),
  {
    id: 'indicators-2022',
    layout: 'content',
    kicker: 'indicators.kicker',
    title: 'indicators.heading',
    blocks: [chart('growth-ranks', [...GROWTH_2022], 'indicators.caption')],
    notes: 'indicators.notes',
  },
];
