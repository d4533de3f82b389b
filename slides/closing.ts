import type { DeckEntry } from './keys.ts';
import { band, motif, opener, text } from './helpers.ts';
import { TARGETS_2023 } from './plan-2023.ts';

export const closing: DeckEntry[] = [
  opener(
    'closing',
    'closing',
    [
      text('closing.lead', { size: 'lead' }),
      text('closing.thanks', { fragment: true }),
      band(
        ['gdp-growth-2023', 'new-urban-jobs-2023', 'good-air-days-2023', 'school-places-2023'],
        ['closing.band.growth', 'closing.band.jobs', 'closing.band.air', 'closing.band.schools'],
      ),
      motif([...TARGETS_2023]),
    ],
    { kicker: false, subtitle: false },
  ),
];
