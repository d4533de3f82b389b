import payload from 'virtual:report';
import type { DeckContext } from '../deck/context.ts';
import type { Environment } from '../environment.ts';
import { createI18n } from '../i18n/create.ts';
import { detector, languageFromQuery } from '../i18n/initial.ts';
import { modesOf } from '../i18n/modes.ts';

/**
 * The report and the deck's i18next instance, in the mode the page's first
 * paint chose (`data-mode` on the prerendered slides or reading page); with no
 * first paint, in the mode the address, the remembered choice or the browser names.
 */
export async function deckContext(env: Environment): Promise<DeckContext> {
  const languages = payload.meta.languages;
  const modes = modesOf(languages);
  const chosen = document.querySelector<HTMLElement>('.read[data-mode], .reveal .slides[data-mode]')?.dataset.mode;
  const i18n = await createI18n(payload.resources, languages, chosen ?? languageFromQuery(env.query, modes), chosen ? undefined : detector(modes));
  return { payload, i18n };
}
