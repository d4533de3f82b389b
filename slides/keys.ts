import type deck from '../data/locales/zh/deck.json';
import type review from '../data/locales/zh/review-2022.json';
import type plan from '../data/locales/zh/plan-2023.json';
import type part3 from '../data/locales/zh/part3.json';
import type facts2022Headline from '../data/facts/2022-headline.json';
import type facts2022Work from '../data/facts/2022-work.json';
import type facts2023Targets from '../data/facts/2023-targets.json';
import type facts2023Tasks from '../data/facts/2023-tasks.json';
import type { DeckEntry as AnyEntry, DeckSpec as AnySpec, Slide as AnySlide } from '../src/deck/spec.ts';

/** Every dotted path to a string in a translation file. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A translation key the slides may use: any text of the report's slide files. */
export type TextKey = Leaves<typeof deck> | Leaves<typeof review> | Leaves<typeof plan> | Leaves<typeof part3>;

/** A fact id of the report. */
export type FactId =
  | keyof (typeof facts2022Headline)['facts']
  | keyof (typeof facts2022Work)['facts']
  | keyof (typeof facts2023Targets)['facts']
  | keyof (typeof facts2023Tasks)['facts'];

export type DeckEntry = AnyEntry<TextKey, FactId & string>;
export type DeckSpec = AnySpec<TextKey, FactId & string>;
export type Slide = AnySlide<TextKey, FactId & string>;

/** Slide ids that have a key `<id>.<suffix>`. */
export type IdWith<Suffix extends string> = TextKey extends infer K
  ? K extends `${infer Id}.${Suffix}`
    ? Id
    : never
  : never;

/** The key `<id>.<suffix>`, checked by the compiler to exist. */
export function keyOf<Suffix extends string, Id extends IdWith<Suffix>>(id: Id, suffix: Suffix): TextKey {
  return `${id}.${suffix}` as TextKey;
}

/**
 * Numbered keys `<id>.<group>.<prefix>1` … `<prefix>N`. Numbered ranges are
 * beyond the compiler; the build's deck check fails on any that is missing.
 */
export function numberedKeys(id: string, group: string, prefix: string, from: number, to: number): TextKey[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${id}.${group}.${prefix}${from + i}` as TextKey);
}
