import payload from 'virtual:report';
import { loadLanguage } from 'virtual:report/languages';
import type { DeckContext } from '../deck/context.ts';
import type { Environment } from '../environment.ts';
import { createI18n } from '../i18n/create.ts';
import { detector, languageFromQuery } from '../i18n/initial.ts';
import { languagesOf, modesOf } from '../i18n/modes.ts';
import { languageLoader } from '../i18n/lazy.ts';
import { nextTask } from '../idle.ts';

/**
 * The report and the deck's i18next instance, in the mode the page's first
 * paint chose (`data-mode` on the prerendered slides or reading page); with no
 * first paint, in the mode the address, the remembered choice or the browser names.
 * The text of the mode's languages is loaded first; the other languages follow in idle time
 * (`languages.prefetch()`, which the view starts).
 */
export async function deckContext(env: Environment): Promise<DeckContext> {
  const languages = payload.meta.languages;
  const modes = modesOf(languages);
  const chosen =
    document.querySelector<HTMLElement>('.read[data-mode], .reveal .slides[data-mode]')?.dataset.mode ??
    languageFromQuery(env.query, modes);
  const first = chosen
    ? languagesOf(chosen).filter(
        (language): language is string => language !== undefined && languages.includes(language),
      )
    : [];
  const loadedFirst = Object.fromEntries(
    await Promise.all(first.map(async (language) => [language, await loadLanguage(language)] as const)),
  );
  // i18next's start in a task of its own, apart from the modules' evaluation.
  await nextTask();
  const i18n = await createI18n(loadedFirst, languages, chosen, chosen ? undefined : detector(modes));
  const loader = languageLoader(i18n, languages, loadLanguage, first);
  // Detected (no first paint, no address): its languages are loaded before anything is painted.
  await loader.ensure(i18n.language);
  return { payload, i18n, languages: loader };
}
