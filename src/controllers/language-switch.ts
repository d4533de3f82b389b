import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { LANGUAGE_PARAM, LANGUAGE_STORAGE_KEY } from '../i18n/initial.ts';
import { modesOf } from '../i18n/modes.ts';
import { translatedKeyBinding } from '../deck/reveal.ts';

/**
 * The presenter's control of the language: a toggle button, the `L` key, the
 * address bar (`?lang=`, kept next to the slide hash) and the remembered choice.
 * Switching only changes the language; every other controller follows
 * i18next's `languageChanged`, so the presenter's place is untouched.
 * With no `deck` (the reading page) the button goes into `host` and there is no key.
 */
export function languageSwitch(deck: RevealApi | undefined, ctx: DeckContext, host = deck?.getRevealElement() as HTMLElement) {
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

  if (deck) translatedKeyBinding(
    deck,
    { keyCode: 76, key: 'L' },
    () => ctx.i18n.t('ui.language.switch'),
    (listener) => ctx.i18n.on('languageChanged', listener),
    () => void switchTo(next()),
  );

  const remember = (language: string) => {
    const url = new URL(location.href);
    url.searchParams.set(LANGUAGE_PARAM, language);
    history.replaceState(history.state, '', url);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Storage may be unavailable (private mode, file://): the link still carries the language.
    }
  };
  ctx.i18n.on('languageChanged', (language) => {
    label();
    remember(language);
  });
  // The speaker view's slide previews are decks of their own ("receivers"):
  // they follow the language the presenter's window stores.
  if (/[?&]receiver\b/.test(location.search)) {
    addEventListener('storage', (event) => {
      if (event.key === LANGUAGE_STORAGE_KEY && event.newValue && modes.includes(event.newValue)) void switchTo(event.newValue);
    });
  }
  label();
  remember(ctx.i18n.language);
  return { switchTo, button };
}
