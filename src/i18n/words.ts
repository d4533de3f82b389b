import type { i18n as I18n, TFunction } from 'i18next';

/** A language's `t` and the texts it has said for a key alone. */
interface Remembering {
  t: TFunction;
  known: Map<string, string>;
}

const cache = new WeakMap<I18n, Map<string, Remembering>>();

/**
 * i18next's `t` fixed to one language, made once per language: a repaint asks
 * for it per figure. A text asked for by its key alone is looked up once and
 * remembered until the instance's resources change: i18next spends tens of
 * microseconds on every call, and formatting a figure asks for the same unit
 * words again and again (a PowerPoint export, some 3,000 times a language).
 */
export function wordsFor(i18n: I18n, language: string): TFunction {
  // Before init there are no resources yet to remember.
  if (!i18n.isInitialized) return i18n.getFixedT(language);
  let byLanguage = cache.get(i18n);
  if (!byLanguage) {
    const made = new Map<string, Remembering>();
    cache.set(i18n, (byLanguage = made));
    const forget = () => made.forEach((words) => words.known.clear());
    i18n.store.on('added', forget);
    i18n.store.on('removed', forget);
  }
  let words = byLanguage.get(language);
  if (!words) byLanguage.set(language, (words = remembering(i18n.getFixedT(language))));
  return words.t;
}

function remembering(fixed: TFunction): Remembering {
  const known = new Map<string, string>();
  const lookUp = fixed as unknown as (key: unknown, ...rest: unknown[]) => string;
  const t = (key: unknown, ...rest: unknown[]) => {
    if (typeof key !== 'string' || rest.some((r) => r !== undefined)) return lookUp(key, ...rest);
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = lookUp(key)));
    return text;
  };
  return { t: t as unknown as TFunction, known };
}
