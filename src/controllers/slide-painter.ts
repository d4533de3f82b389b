import type { RevealApi } from 'reveal.js';
import { isPrintView } from '../deck/reveal.ts';
import { whenIdle } from '../idle.ts';

export type SlidePainter = ReturnType<typeof slidePainter>;

/**
 * Work every slide needs redone when something deck-wide changes (the
 * language): the current slide at once, so a switch costs one slide's work;
 * any other slide just before it is shown, or when the browser is idle. The
 * overview, the print view and the browser's print dialog get every slide done first.
 */
export function slidePainter(deck: RevealApi) {
  const root = deck.getRevealElement() as HTMLElement;
  const painters: ((slide: HTMLElement) => void)[] = [];
  const dirty = new Set<HTMLElement>();
  let draining = false;

  const paint = (slide: HTMLElement | undefined) => {
    if (!slide || !dirty.delete(slide)) return;
    for (const painter of painters) painter(slide);
  };
  const paintAll = () => [...dirty].forEach(paint);
  const drain = () => {
    const until = performance.now() + 8;
    while (dirty.size && performance.now() < until) paint(dirty.values().next().value);
    if (dirty.size) whenIdle(drain);
    else {
      draining = false;
      root.dataset.painted = 'true';
    }
  };

  deck.on('slidechanged', () => paint(deck.getCurrentSlide()));
  deck.on('overviewshown', paintAll);
  addEventListener('beforeprint', paintAll);

  return {
    /** Adds work to do on a slide; it runs on the slides marked by `invalidate`. */
    add(painter: (slide: HTMLElement) => void) {
      painters.push(painter);
    },
    /** Marks every slide for repainting and repaints the current one now. */
    invalidate() {
      for (const slide of root.querySelectorAll<HTMLElement>('.slides section[id]')) dirty.add(slide);
      root.dataset.painted = 'false';
      const current = deck.isReady() ? deck.getCurrentSlide() : undefined;
      if (!current || deck.isOverview() || isPrintView(deck)) paintAll();
      else paint(current);
      if (dirty.size && !draining) {
        draining = true;
        whenIdle(drain);
      } else if (!dirty.size) root.dataset.painted = 'true';
    },
  };
}
