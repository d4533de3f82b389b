import type { RevealApi } from 'reveal.js';
import { isPrintView, revealElementOf } from '../deck/reveal.ts';
import { disposer } from '../disposer.ts';

/** Work a deck-wide change (the language) needs redone on each slide, done when the slide needs it. */
export interface SlidePainter {
  /** Adds work to do on a slide; it runs on the slides marked by `invalidate`. Returns what takes it off. */
  add(painter: (slide: HTMLElement) => void): () => void;
  /** Marks every slide for repainting and repaints the current one now. */
  invalidate(): void;
  dispose(): void;
}

/**
 * Work every slide needs redone when something deck-wide changes (the
 * language): the current slide at once, so a switch costs one slide's work;
 * any other slide just before it is shown, or when the browser is idle. The
 * overview, the print view and the browser's print dialog get every slide done first.
 */
export function slidePainter(deck: RevealApi): SlidePainter {
  const root = revealElementOf(deck);
  const painters = new Set<(slide: HTMLElement) => void>();
  const dirty = new Set<HTMLElement>();
  const life = disposer();
  let draining = false;

  const paint = (slide: HTMLElement | undefined) => {
    if (!slide || !dirty.delete(slide)) return;
    for (const painter of painters) painter(slide);
  };
  const paintAll = () => [...dirty].forEach(paint);
  const drain = () => {
    const until = performance.now() + 8;
    while (dirty.size && performance.now() < until) paint(dirty.values().next().value);
    if (dirty.size) life.idle(drain);
    else {
      draining = false;
      root.dataset.painted = 'true';
    }
  };

  life.on(deck, 'slidechanged', () => paint(deck.getCurrentSlide()));
  life.on(deck, 'overviewshown', paintAll);
  life.listen(window, 'beforeprint', paintAll);

  return {
    add(painter) {
      painters.add(painter);
      return () => painters.delete(painter);
    },
    invalidate() {
      for (const slide of root.querySelectorAll<HTMLElement>('.slides section[id]')) dirty.add(slide);
      root.dataset.painted = 'false';
      const current = deck.isReady() ? deck.getCurrentSlide() : undefined;
      if (!current || deck.isOverview() || isPrintView(deck)) paintAll();
      else paint(current);
      if (dirty.size && !draining) {
        draining = true;
        life.idle(drain);
      } else if (!dirty.size) root.dataset.painted = 'true';
    },
    dispose: life.dispose,
  };
}
