import type { SlidePainter } from '../controllers/slide-painter.ts';

/**
 * The reading page's painter, in the shape the deck's controllers take: a
 * language switch repaints every part of the page at once, inside
 * `keepPlace`, so the text the reader was on stays where it was on screen
 * however much longer or shorter the other language runs. It adds nothing to the page.
 */
export function readingPainter(parts: () => HTMLElement[], keepPlace: (work: () => void) => void): SlidePainter {
  const painters = new Set<(part: HTMLElement) => void>();
  return {
    add(painter) {
      painters.add(painter);
      return () => painters.delete(painter);
    },
    invalidate() {
      keepPlace(() => {
        for (const part of parts()) for (const painter of painters) painter(part);
      });
    },
    dispose: () => painters.clear(),
  };
}
