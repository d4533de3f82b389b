import type { DeckSpec } from '../src/deck/spec.ts';
import { opening } from './opening.ts';
import { review2022 } from './review-2022.ts';
import { closing } from './closing.ts';

/** The deck, in the order it is presented. */
export const deck: DeckSpec = {
  title: 'deck.title',
  description: 'deck.description',
  entries: [...opening, ...review2022, ...closing],
};
