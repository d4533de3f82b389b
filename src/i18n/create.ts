import i18next, { type i18n as I18n } from 'i18next';
import type LanguageDetector from 'i18next-browser-languagedetector';
import type { Resource } from '../report/schema.ts';
import { engineResources } from './engine.ts';
import { mergeResources } from '../report/resource.ts';
import { modesOf } from './modes.ts';

/**
 * One i18next instance per deck, holding the engine's words and the report's
 * text for every language (the report's text rewording the engine's where both
 * have a key). With no `language`, the detector picks one.
 */
export async function createI18n(
  report: Record<string, Resource>,
  languages: string[],
  language?: string,
  detect?: LanguageDetector,
): Promise<I18n> {
  const instance = i18next.createInstance();
  if (detect && !language) instance.use(detect);
  const resources = Object.fromEntries(
    languages.map((lng) => [lng, { translation: mergeResources(engineResources[lng] ?? {}, report[lng] ?? {}) }]),
  );
  await instance.init({
    resources,
    ...(language ? { lng: language } : {}),
    fallbackLng: languages[0]!,
    supportedLngs: modesOf(languages),
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Modes are lower-case codes (fr-de); i18next would otherwise write fr-DE.
    lowerCaseLng: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
