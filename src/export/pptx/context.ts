import type { TFunction } from 'i18next';
import type { DeckContext } from '../../deck/context.ts';
import type { Payload } from '../../deck/payload.ts';
import { createI18n } from '../../i18n/create.ts';
import { wordsFor } from '../../i18n/words.ts';

/** What every part of the PowerPoint export is handed: the deck's context, fixed to one language. */
export interface ExportContext {
  deck: DeckContext;
  language: string;
  /** A BCP 47 tag with a region (zh-CN, en-US), as PowerPoint marks text and documents. */
  tag: string;
  words: TFunction;
}

/** The region a language is usually written for, from the CLDR likely subtags. */
export function languageTag(language: string): string {
  const region = new Intl.Locale(language).maximize().region;
  return region ? `${language}-${region}` : language;
}

export async function exportContext(payload: Payload, language: string): Promise<ExportContext> {
  const i18n = await createI18n(payload.resources, payload.meta.languages, language);
  return { deck: { payload, i18n }, language, tag: languageTag(language), words: wordsFor(i18n, language) };
}
