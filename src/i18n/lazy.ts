import type { i18n as I18n } from 'i18next';
import type { Resource } from '../report/schema.ts';
import { mergeResources } from '../report/resource.ts';
import { engineResources } from './engine.ts';
import { languagesOf } from './modes.ts';
import { whenIdle } from '../idle.ts';

/**
 * The report's text arrives one language at a time: the languages the page
 * opens in first, the others in idle time (or on the first switch to them,
 * whichever comes first), each added to i18next as it comes.
 */
export interface LanguageLoader {
  /** Resolves once every language of the mode is in. */
  ensure(mode: string): Promise<void>;
  /** Whether every language of the mode is in already. */
  has(mode: string): boolean;
  /** Resolves once every language is in (what a chart's layout, made to fit every language's names, needs). */
  all(): Promise<void>;
  /** Starts loading every language in idle time; returns what cancels it, if it has not started. */
  prefetch(): () => void;
}

export function languageLoader(
  i18n: I18n,
  languages: readonly string[],
  load: (language: string) => Promise<Resource>,
  loaded: Iterable<string> = [],
): LanguageLoader {
  const done = new Set(loaded);
  const pending = new Map<string, Promise<void>>();
  const one = (language: string): Promise<void> => {
    if (done.has(language) || !languages.includes(language)) return Promise.resolve();
    let loading = pending.get(language);
    if (!loading) {
      loading = load(language).then(
        (report) => {
          i18n.addResourceBundle(
            language,
            'translation',
            mergeResources(engineResources[language] ?? {}, report),
            true,
            true,
          );
          done.add(language);
        },
        (error: unknown) => {
          // Forgotten, so the next switch to it tries again (a network that was down may be back).
          pending.delete(language);
          throw error;
        },
      );
      pending.set(language, loading);
    }
    return loading;
  };
  const parts = (mode: string) => languagesOf(mode).filter((language): language is string => language !== undefined);
  return {
    ensure: async (mode) => void (await Promise.all(parts(mode).map(one))),
    all: async () => void (await Promise.all(languages.map(one))),
    has: (mode) => parts(mode).every((language) => done.has(language) || !languages.includes(language)),
    // A language that fails to load now is loaded again on the switch to it.
    prefetch: () => whenIdle(() => void Promise.all(languages.map((language) => one(language).catch(() => undefined)))),
  };
}
