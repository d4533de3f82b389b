import LanguageDetector from 'i18next-browser-languagedetector';
import type { DeckQuery } from '../environment.ts';

export const LANGUAGE_PARAM = 'lang' satisfies keyof DeckQuery;
export const LANGUAGE_STORAGE_KEY = 'deck.language';

/**
 * How the first language is chosen: a valid `?lang=` wins; a `?lang=` that
 * names no deck language opens the default quietly; otherwise i18next's
 * browser detector tries the remembered choice, then the browser's languages.
 */
export function languageFromQuery(query: DeckQuery, modes: readonly string[]): string | undefined {
  const asked = query[LANGUAGE_PARAM];
  if (asked === undefined) return undefined;
  return modes.includes(asked) ? asked : modes[0];
}

export function detector(modes: readonly string[]): LanguageDetector {
  return new LanguageDetector(undefined, {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANGUAGE_STORAGE_KEY,
    caches: ['localStorage'],
    // Deck languages are bare codes: a browser's language with a region or script means its bare language.
    convertDetectedLanguage: (language: string) => {
      const lower = language.toLowerCase();
      return modes.includes(lower) ? lower : lower.split('-')[0]!;
    },
  });
}
