import type { DeckSpec } from './keys.ts';
import { opening } from './opening.ts';
import { review2022 } from './review-2022.ts';
import { work2022 } from './review-2022-work.ts';
import { plan2023 } from './plan-2023.ts';
import { part3 } from './part3.ts';
import { closing } from './closing.ts';
import { glossary } from './glossary.ts';

/** The deck, in the order it is presented. */
export const deck: DeckSpec = {
  title: 'deck.title',
  description: 'deck.description',
  entries: [...opening, ...review2022, ...work2022, ...plan2023, ...part3, ...closing, ...glossary],
  /** The long picture (一图读懂): the review's headline and indicators, then each later part's opener, the targets and the livelihood projects. */
  long: [
    'headline-2022',
    'indicators-2022',
    'part2-2023',
    'targets-2023',
    'livelihood-projects-2023',
    'livelihood-projects-2023-b',
    'part3-government',
  ],
};
