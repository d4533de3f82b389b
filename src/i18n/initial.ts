import LanguageDetector from 'i18next-browser-languagedetector';

export const LANGUAGE_PARAM = 'lang';
export const LANGUAGE_STORAGE_KEY = 'deck.language';

/**
 * How the first language is chosen: a valid `?lang=` wins; a `?lang=` that
 * names no deck language opens the default quietly; otherwise i18next's
 * browser detector tries the remembered choice, then the browser's languages.
 */
export function languageFromQuery(search: string, modes: readonly string[]): string | undefined {
  const params = new URLSearchParams(search);
  if (!params.has(LANGUAGE_PARAM)) return undefined;
  const asked = params.get(LANGUAGE_PARAM)!.trim().toLowerCase();
  return modes.includes(asked) ? asked : modes[0];
}

export function detector(modes: readonly string[]): LanguageDetector {
  return new LanguageDetector(undefined, {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANGUAGE_STORAGE_KEY,
    caches: ['localStorage'],
    // Deck languages are bare codes: a browser's en-GB or zh-Hans-CN means en or zh.
    convertDetectedLanguage: (language: string) => {
      const lower = language.toLowerCase();
      return modes.includes(lower) ? lower : lower.split('-')[0]!;
    },
  });
}
