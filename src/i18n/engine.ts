import type { Resource } from '../report/schema.ts';
import zh from './locales/zh.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

/**
 * The engine's defaults for the languages it ships words for: the one place
 * in the engine that names languages. A report declares its own languages in
 * `data/meta.json` and may reword any of these texts in its `data/locales/`;
 * a language not named here gets its code as its tag and Intl's conventions.
 */
const DEFAULTS: Record<string, { words: Resource; conventions: Partial<LanguageConventions> }> = {
  zh: { words: zh, conventions: { tag: 'zh-CN', grouping: false, marks: { decimal: '.', group: ',' } } },
  en: { words: en, conventions: { marks: { decimal: '.', group: ',' } } },
};

export interface LanguageConventions {
  /** BCP 47 tag for the HTML `lang` attribute and for Intl. */
  tag: string;
  /** Whether numbers group thousands; Chinese figures are written as the report writes them (32175元). */
  grouping: boolean;
  /**
   * The decimal mark and the thousands separator, where the engine knows them:
   * figures are then written without Intl.NumberFormat, whose first use in a
   * page loads the locale's number data (30–40 ms on a laptop, as one task).
   */
  marks?: { decimal: string; group: string };
}

/** The engine's own words (controls, units, chart descriptions), per language; the report brings the rest. */
export const engineResources: Record<string, Resource> = Object.fromEntries(
  Object.entries(DEFAULTS).map(([language, defaults]) => [language, defaults.words]),
);

export function conventionsOf(language: string): LanguageConventions {
  return { tag: language, grouping: true, ...DEFAULTS[language]?.conventions };
}
