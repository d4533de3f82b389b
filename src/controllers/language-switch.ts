import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { LANGUAGE_PARAM, LANGUAGE_STORAGE_KEY } from '../i18n/initial.ts';
import { modesOf } from '../i18n/modes.ts';
import { translatedKeyBinding } from '../deck/reveal.ts';
import type { Environment } from '../environment.ts';

/**
 * The presenter's control of the language: a toggle button, the `L` key, the
 * address bar (`?lang=`, kept next to the slide hash) and the remembered choice.
 * Switching only changes the language; every other controller follows
 * i18next's `languageChanged`, so the presenter's place is untouched.
 * With no `deck` (the reading page) the button goes into `host` and there is no key.
 */
export function languageSwitch(deck: RevealApi | undefined, ctx: DeckContext, env: Environment, host = deck?.getRevealElement() as HTMLElement) {
  const modes = modesOf(ctx.payload.meta.languages);
  const next = () => modes[(modes.indexOf(ctx.i18n.language) + 1) % modes.length]!;
  const switchTo = (language: string) => ctx.i18n.changeLanguage(language);

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'language-toggle';
  const label = () => {
    const target = next();
    button.textContent = ctx.i18n.t(`ui.language.${target}`);
    button.setAttribute('aria-label', `${ctx.i18n.t('ui.language.switch')}: ${ctx.i18n.t(`ui.language.${target}`)}`);
    button.lang = target.split('-')[0]!;
  };
  button.addEventListener('click', () => void switchTo(next()));
  host.append(button);

  if (deck)
    translatedKeyBinding(
      deck,
      { keyCode: 76, key: 'L' },
      () => ctx.i18n.t('ui.language.switch'),
      (listener) => ctx.i18n.on('languageChanged', listener),
      () => void switchTo(next()),
    );

  const remember = (language: string) => {
    env.setQueryParam(LANGUAGE_PARAM, language);
    env.store(LANGUAGE_STORAGE_KEY, language);
  };
  ctx.i18n.on('languageChanged', (language) => {
    label();
    remember(language);
  });
  // The speaker view's slide previews are decks of their own ("receivers"):
  // they follow the language the presenter's window stores.
  if (env.query.receiver) {
    env.onStored((key, value) => {
      if (key === LANGUAGE_STORAGE_KEY && modes.includes(value)) void switchTo(value);
    });
  }
  label();
  remember(ctx.i18n.language);
  return { switchTo, button };
}
