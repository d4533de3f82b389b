import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { factText, paintText, prepareText } from '../render/text.ts';
import type { SlidePainter } from './slide-painter.ts';
import { languagesOf, modesOf, primaryLanguage } from '../i18n/modes.ts';
import { conventionsOf } from '../i18n/engine.ts';
import { disposer } from '../disposer.ts';

/**
 * Keeps every text of the deck in the current language. It listens to
 * i18next's `languageChanged`, the one event a language switch raises, and
 * repaints text in place, slide by slide through the painter: no slide is
 * rebuilt, so position and fragments stay. With no `deck` (the reading
 * page), the painter alone carries the repaint.
 */
export function languageController(deck: RevealApi | undefined, ctx: DeckContext, painter: SlidePainter) {
  const life = disposer();
  /** A slide's texts the room sees (its speaker notes are not). */
  const seen = (slide: HTMLElement) =>
    [...slide.querySelectorAll<HTMLElement>('[data-i18n]')].filter((el) => !el.closest('aside.notes'));
  // Speaker notes are not on the screen the room sees: a slide's notes are repainted in the task after its
  // text, so a switch costs only what is seen, and the speaker view is sent them once they are done.
  let notesPainted: Promise<void> = Promise.resolve();
  life.add(
    painter.add((slide) => {
      for (const el of seen(slide)) paintText(el, ctx);
      for (const el of slide.querySelectorAll<HTMLElement>('.figure-value[data-fact]'))
        el.textContent = factText(el.dataset.fact!, ctx);
      const notes = [...slide.querySelectorAll<HTMLElement>('aside.notes [data-i18n]')];
      if (notes.length)
        notesPainted = new Promise((done) =>
          life.timeout(() => {
            for (const el of notes) paintText(el, ctx);
            done();
          }),
        );
    }),
  );
  // The present slide's text is built in every other mode while the browser is idle, so the
  // next switch, the first included, only swaps nodes that are ready.
  const modes = modesOf(ctx.payload.meta.languages);
  const prepare = (slide: HTMLElement | undefined) =>
    slide &&
    life.idle(() => {
      for (const mode of modes)
        if (mode !== ctx.i18n.language && (ctx.languages?.has(mode) ?? true))
          for (const el of seen(slide)) prepareText(el, ctx, mode);
    });
  const prepareCurrent = () => prepare(deck?.getCurrentSlide());
  // A language that arrives later is prepared for as it comes.
  life.on(ctx.i18n.store, 'added', prepareCurrent);
  if (deck) {
    life.on(deck, 'ready', prepareCurrent);
    life.on(deck, 'slidechanged', prepareCurrent);
  }

  const paint = () => {
    const primary = primaryLanguage(ctx.i18n);
    document.documentElement.lang = conventionsOf(primary).tag;
    document.documentElement.dataset.mode = languagesOf(ctx.i18n.language)[1] ? 'bilingual' : 'single';
    document.title = ctx.i18n.t(ctx.payload.deck.title);
  };
  life.on(ctx.i18n, 'languageChanged', () => {
    painter.invalidate();
    paint();
    prepareCurrent();
    // The notes plugin sends the current slide's notes to the speaker view on
    // reveal.js's own events only; this one makes it send them again, translated.
    if (deck?.isReady())
      void notesPainted.then(() => {
        if (!life.disposed) deck.dispatchEvent({ type: 'resumed' });
      });
  });
  paint();
  return { paint, dispose: life.dispose };
}
