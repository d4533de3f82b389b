import type { Report } from './load.ts';
import { flattenKeys, lookup } from './resource.ts';

export interface TranslationState {
  language: string;
  /** Texts of the source language this language has no key for. */
  missing: number;
  /** Texts still word for word the source language's: not translated yet (a draft leaves them so). */
  untranslated: number;
  /** Every text of the source language. */
  total: number;
}

/** Text that reads as words (a Chinese character, or two words of letters), not a name or a figure such as "PM2.5". */
const WORDS = /\p{Script=Han}|\p{L}{2,}[\s\p{P}]+\p{L}{2,}/u;

/** How far each language of the report is from its source language's text. */
export function translationState(report: Pick<Report, 'meta' | 'resources'>): TranslationState[] {
  const [source, ...others] = report.meta.languages;
  const reference = report.resources[source!] ?? {};
  const keys = flattenKeys(reference);
  return others.map((language) => {
    const resource = report.resources[language] ?? {};
    let missing = 0;
    let untranslated = 0;
    for (const key of keys) {
      const text = lookup(resource, key);
      if (text === undefined) missing += 1;
      else if (text === lookup(reference, key) && WORDS.test(text)) untranslated += 1;
    }
    return { language, missing, untranslated, total: keys.length };
  });
}
