import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { factText, paintText } from '../render/text.ts';

import { languagesOf, primaryLanguage } from '../i18n/modes.ts';

/** The `lang` attribute for each deck language. */
const HTML_LANG: Record<string, string> = { zh: 'zh-CN', en: 'en' };

/**
 * Keeps every text of the deck in the current language. It listens to
 * i18next's `languageChanged`, the one event a language switch raises, and
 * repaints text in place: no slide is rebuilt, so position and fragments stay.
 */
export function languageController(deck: RevealApi, ctx: DeckContext) {
  const root = deck.getRevealElement() as HTMLElement;
  const paint = () => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) paintText(el, ctx);
    for (const el of root.querySelectorAll<HTMLElement>('.figure-value[data-fact]')) el.textContent = factText(el.dataset.fact!, ctx);
    const primary = primaryLanguage(ctx.i18n);
    document.documentElement.lang = HTML_LANG[primary] ?? primary;
    document.documentElement.dataset.mode = languagesOf(ctx.i18n.language)[1] ? 'bilingual' : 'single';
    document.title = ctx.i18n.t(ctx.payload.deck.title);
  };
  ctx.i18n.on('languageChanged', () => {
    paint();
    // The notes plugin sends the current slide's notes to the speaker view on
    // reveal.js's own events only; this one makes it send them again, translated.
    if (deck.isReady()) deck.dispatchEvent({ type: 'resumed' });
  });
  paint();
  return { paint };
}
