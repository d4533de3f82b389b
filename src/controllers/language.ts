import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { factText, paintText } from '../render/text.ts';
import type { SlidePainter } from './slide-painter.ts';
import { languagesOf, primaryLanguage } from '../i18n/modes.ts';
import { conventionsOf } from '../i18n/engine.ts';

/**
 * Keeps every text of the deck in the current language. It listens to
 * i18next's `languageChanged`, the one event a language switch raises, and
 * repaints text in place, slide by slide through the painter: no slide is
 * rebuilt, so position and fragments stay. With no `deck` (the reading
 * page), the painter alone carries the repaint.
 */
export function languageController(deck: RevealApi | undefined, ctx: DeckContext, painter: SlidePainter) {
  painter.add((slide) => {
    for (const el of slide.querySelectorAll<HTMLElement>('[data-i18n]')) paintText(el, ctx);
    for (const el of slide.querySelectorAll<HTMLElement>('.figure-value[data-fact]')) el.textContent = factText(el.dataset.fact!, ctx);
  });
  const paint = () => {
    const primary = primaryLanguage(ctx.i18n);
    document.documentElement.lang = conventionsOf(primary).tag;
    document.documentElement.dataset.mode = languagesOf(ctx.i18n.language)[1] ? 'bilingual' : 'single';
    document.title = ctx.i18n.t(ctx.payload.deck.title);
  };
  ctx.i18n.on('languageChanged', () => {
    painter.invalidate();
    paint();
    // The notes plugin sends the current slide's notes to the speaker view on
    // reveal.js's own events only; this one makes it send them again, translated.
    if (deck?.isReady()) deck.dispatchEvent({ type: 'resumed' });
  });
  paint();
  return { paint };
}
