import type { i18n as I18n, TFunction } from 'i18next';

const cache = new WeakMap<I18n, Map<string, TFunction>>();

/** i18next's `t` fixed to one language, made once per language: a repaint asks for it per figure. */
export function wordsFor(i18n: I18n, language: string): TFunction {
  let byLanguage = cache.get(i18n);
  if (!byLanguage) cache.set(i18n, (byLanguage = new Map()));
  let t = byLanguage.get(language);
  if (!t) byLanguage.set(language, (t = i18n.getFixedT(language)));
  return t;
}
