import LanguageDetector from 'i18next-browser-languagedetector';

export const LANGUAGE_PARAM = 'lang';
export const LANGUAGE_STORAGE_KEY = 'deck.language';

/**
 * How the first language is chosen: a valid `?lang=` wins; a `?lang=` that
 * names no deck language opens the default quietly; otherwise i18next's
 * browser detector tries the remembered choice, then the browser's languages.
 */
export function languageFromQuery(search: string, languages: readonly string[]): string | undefined {
  const params = new URLSearchParams(search);
  if (!params.has(LANGUAGE_PARAM)) return undefined;
  const asked = params.get(LANGUAGE_PARAM)!.trim().toLowerCase();
  return languages.includes(asked) ? asked : languages[0];
}

export function detector(): LanguageDetector {
  return new LanguageDetector(undefined, {
    order: ['localStorage', 'navigator'],
    lookupLocalStorage: LANGUAGE_STORAGE_KEY,
    caches: ['localStorage'],
    // Deck languages are bare codes: a browser's en-GB or zh-Hans-CN means en or zh.
    convertDetectedLanguage: (language: string) => language.split('-')[0]!.toLowerCase(),
  });
}
