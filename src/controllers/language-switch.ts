import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { LANGUAGE_PARAM, LANGUAGE_STORAGE_KEY } from '../i18n/initial.ts';
import { modesOf } from '../i18n/modes.ts';
import { translatedKeyBinding } from '../deck/reveal.ts';
import type { Environment } from '../environment.ts';
import { disposer } from '../disposer.ts';

/** The mode after the current one, in the order the toggle steps through them. */
function nextMode(ctx: DeckContext): string {
  const modes = modesOf(ctx.payload.meta.languages);
  return modes[(modes.indexOf(ctx.i18n.language) + 1) % modes.length]!;
}

/** Labels the toggle with the mode it switches to, in that mode's own words. */
function labelToggle(button: HTMLButtonElement, ctx: DeckContext): void {
  const target = nextMode(ctx);
  button.textContent = ctx.i18n.t(`ui.language.${target}`);
  button.setAttribute('aria-label', `${ctx.i18n.t('ui.language.switch')}: ${ctx.i18n.t(`ui.language.${target}`)}`);
  button.lang = target.split('-')[0]!;
}

/** The language toggle button, labelled for the current mode (prerendered into the reading page's bar too). */
export function languageToggle(ctx: DeckContext): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'language-toggle';
  labelToggle(button, ctx);
  return button;
}

/**
 * The presenter's control of the language: a toggle button, the `L` key, the
 * address bar (`?lang=`, kept next to the slide hash) and the remembered choice.
 * Switching only changes the language; every other controller follows
 * i18next's `languageChanged`, so the presenter's place is untouched.
 * With no `deck` (the reading page) the button goes into `host`, or is the one
 * already there, and there is no key.
 */
export function languageSwitch(deck: RevealApi | undefined, ctx: DeckContext, env: Environment, host: HTMLElement) {
  const life = disposer();
  const modes = modesOf(ctx.payload.meta.languages);
  const next = () => nextMode(ctx);
  // A language not loaded yet (the first switch before idle time came) is loaded first.
  const switchTo = async (mode: string) => {
    if (ctx.languages && !ctx.languages.has(mode)) await ctx.languages.ensure(mode);
    return ctx.i18n.changeLanguage(mode);
  };

  // The reading page's prerendered bar already holds the toggle.
  const button =
    host.querySelector<HTMLButtonElement>(':scope > button.language-toggle') ??
    host.appendChild(life.element(languageToggle(ctx)));
  const label = () => labelToggle(button, ctx);
  life.listen(button, 'click', () => void switchTo(next()));

  if (deck)
    life.add(
      translatedKeyBinding(
        deck,
        ctx.i18n,
        { keyCode: 76, key: 'L' },
        () => ctx.i18n.t('ui.language.switch'),
        () => void switchTo(next()),
      ),
    );

  /**
   * The address bar and the stored choice follow in the next task: outside the switch the room
   * waits for, and outside the deck's start (storage's first use in a page takes a few milliseconds).
   */
  const remember = (language: string) =>
    life.timeout(() => {
      env.setQueryParam(LANGUAGE_PARAM, language);
      env.store(LANGUAGE_STORAGE_KEY, language);
    });
  life.on(ctx.i18n, 'languageChanged', (language: string) => {
    label();
    remember(language);
  });
  // The speaker view's slide previews are decks of their own ("receivers"):
  // they follow the language the presenter's window stores.
  if (env.query.receiver) {
    life.add(
      env.onStored((key, value) => {
        if (key === LANGUAGE_STORAGE_KEY && modes.includes(value)) void switchTo(value);
      }),
    );
  }
  label();
  remember(ctx.i18n.language);
  return { switchTo, button, dispose: life.dispose };
}
