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
};
