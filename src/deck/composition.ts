/**
 * What a report's composition imports from the engine, as `report-deck`
 * (a path of tsconfig.json): the deck's types, narrowed to the report's own
 * text keys and fact ids so that a slide naming one the report lacks does not
 * type-check. Types only: a composition loads without the engine.
 *
 *   import type { ReportDeck } from 'report-deck';
 *   import type text from './locales/zh/slides.json';
 *   import type facts from './facts/review.json';
 *   export const deck: ReportDeck<typeof text, typeof facts> = { … };
 */
import type { DeckEntry, DeckSpec, Slide } from './spec.ts';

export type { Block, ChartKind, DeckEntry, DeckSpec, Slide } from './spec.ts';

/** Every dotted path to a string in a translation file. */
export type TextKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : TextKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The fact ids of one or more facts files (`{ facts: { id: … } }`). */
export type FactIds<F> = F extends { facts: infer R } ? keyof R & string : never;

/** A composition over the text of `Text` (a translation file, or several joined with `&`) and the facts of `Facts`. */
export type ReportDeck<Text, Facts> = DeckSpec<TextKeys<Text>, FactIds<Facts>>;
export type ReportEntry<Text, Facts> = DeckEntry<TextKeys<Text>, FactIds<Facts>>;
export type ReportSlide<Text, Facts> = Slide<TextKeys<Text>, FactIds<Facts>>;
