import type { i18n as I18n } from 'i18next';

/**
 * The deck's display modes: each language of the report, and a bilingual
 * mode (`<first>-<second>`, e.g. `fr-de`) that shows the first language with the second beneath it.
 * A mode is what i18next holds as its language; `t()` in the bilingual mode
 * reads the first language, since i18next resolves `fr-de` to `fr`.
 */
export function modesOf(languages: readonly string[]): string[] {
  return languages.length >= 2 ? [...languages, `${languages[0]}-${languages[1]}`] : [...languages];
}

/** The languages a mode shows, first the one that leads. */
export function languagesOf(mode: string): [string, string?] {
  const [first, second] = mode.split('-');
  return [first!, second];
}

/** The language text is formatted in (numbers, units, glossary forms) for the current mode. */
export function primaryLanguage(i18n: I18n): string {
  return languagesOf(i18n.language)[0];
}
