import i18next, { type i18n as I18n } from 'i18next';
import type { Resource } from '../report/schema.ts';
import { engineResources } from './engine.ts';

/** One i18next instance per deck, holding the engine's words and the report's text for every language. */
export async function createI18n(report: Record<string, Resource>, languages: string[], language: string): Promise<I18n> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    languages.map((lng) => [lng, { translation: { ...engineResources[lng], ...report[lng] } }]),
  );
  await instance.init({
    resources,
    lng: language,
    fallbackLng: false,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
