import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { factText, paintText, prepareText } from '../render/text.ts';
import { whenIdle } from '../idle.ts';
import type { SlidePainter } from './slide-painter.ts';
import { languagesOf, modesOf, primaryLanguage } from '../i18n/modes.ts';
import { conventionsOf } from '../i18n/engine.ts';

/**
 * Keeps every text of the deck in the current language. It listens to
 * i18next's `languageChanged`, the one event a language switch raises, and
 * repaints text in place, slide by slide through the painter: no slide is
 * rebuilt, so position and fragments stay. With no `deck` (the reading
 * page), the painter alone carries the repaint.
 */
export function languageController(deck: RevealApi | undefined, ctx: DeckContext, painter: SlidePainter) {
  /** A slide's texts the room sees (its speaker notes are not). */
  const seen = (slide: HTMLElement) =>
    [...slide.querySelectorAll<HTMLElement>('[data-i18n]')].filter((el) => !el.closest('aside.notes'));
  // Speaker notes are not on the screen the room sees: a slide's notes are repainted in the task after its
  // text, so a switch costs only what is seen, and the speaker view is sent them once they are done.
  let notesPainted: Promise<void> = Promise.resolve();
  painter.add((slide) => {
    for (const el of seen(slide)) paintText(el, ctx);
    for (const el of slide.querySelectorAll<HTMLElement>('.figure-value[data-fact]'))
      el.textContent = factText(el.dataset.fact!, ctx);
    const notes = [...slide.querySelectorAll<HTMLElement>('aside.notes [data-i18n]')];
    if (notes.length)
      notesPainted = new Promise((done) =>
        setTimeout(() => {
          for (const el of notes) paintText(el, ctx);
          done();
        }, 0),
      );
  });
  // The present slide's text is built in every other mode while the browser is idle, so the
  // next switch, the first included, only swaps nodes that are ready.
  const modes = modesOf(ctx.payload.meta.languages);
  const prepare = (slide: HTMLElement | undefined) =>
    slide &&
    whenIdle(() => {
      for (const mode of modes)
        if (mode !== ctx.i18n.language && (ctx.languages?.has(mode) ?? true))
          for (const el of seen(slide)) prepareText(el, ctx, mode);
    });
  // A language that arrives later is prepared for as it comes.
  ctx.i18n.store.on('added', () => prepare(deck?.getCurrentSlide()));
  deck?.on('ready', () => prepare(deck.getCurrentSlide()));
  deck?.on('slidechanged', () => prepare(deck.getCurrentSlide()));

  const paint = () => {
    const primary = primaryLanguage(ctx.i18n);
    document.documentElement.lang = conventionsOf(primary).tag;
    document.documentElement.dataset.mode = languagesOf(ctx.i18n.language)[1] ? 'bilingual' : 'single';
    document.title = ctx.i18n.t(ctx.payload.deck.title);
  };
  ctx.i18n.on('languageChanged', () => {
    painter.invalidate();
    paint();
    prepare(deck?.getCurrentSlide());
    // The notes plugin sends the current slide's notes to the speaker view on
    // reveal.js's own events only; this one makes it send them again, translated.
    if (deck?.isReady()) void notesPainted.then(() => deck.dispatchEvent({ type: 'resumed' }));
  });
  paint();
  return { paint };
}
