import type { DeckContext } from '../deck/context.ts';
import type { ChartKind } from '../deck/spec.ts';
import type { SlidePainter } from '../controllers/slide-painter.ts';
import { chartSpec } from '../charts/index.ts';
import { mountChart, type Animated, type ChartView } from '../charts/render.ts';
import { chartTable, paintChartTable } from '../charts/table.ts';
import { mountCountUp } from '../render/countup.ts';
import { phoneChartSize } from './chart-size.ts';

/** A chart of the reading page, laid out for the width of its column and the height of the screen. */
function phoneChart(figure: HTMLElement, id: string, ctx: DeckContext) {
  const kind = figure.dataset.chart as ChartKind;
  const facts = figure.dataset.facts!.split(' ');
  let view: ChartView | undefined;
  let size = { width: 0, height: 0 };
  const spec = () => chartSpec(kind, facts, ctx, ctx.i18n.language, size);
  const mount = () => {
    size = phoneChartSize(kind, facts.length, { width: figure.clientWidth, height: innerHeight });
    const next = spec();
    const drawn = mountChart(next);
    drawn.element.id = id;
    if (view) view.element.replaceWith(drawn.element);
    else figure.prepend(drawn.element);
    figure.querySelector('table.chart-table')?.remove();
    figure.append(chartTable(next));
    view = drawn;
  };
  /**
   * Some names are too long for the room a phone leaves beside the bars
   * (a kind wraps them to two lines at most): such a chart is shown as its
   * table instead, which the page makes visible, rather than cut off at the screen's edge.
   */
  const checkFit = () => {
    const box = view!.element.getBoundingClientRect();
    const fits = [...view!.element.querySelectorAll('text')].every((text) => {
      const r = text.getBoundingClientRect();
      return r.left >= box.left - 1 && r.right <= box.right + 1;
    });
    figure.dataset.fits = String(fits);
  };
  mount();
  void document.fonts.ready.then(checkFit);
  const animation: Animated = { play: (duration) => view!.play(duration), finish: () => view!.finish(), reset: () => view!.reset() };
  return {
    animation,
    /** Lays the chart out again for a new column width, in the same state. */
    relayout(done: boolean) {
      mount();
      if (done) view!.finish();
      else view!.reset();
      checkFit();
    },
    relabel() {
      const next = spec();
      view!.relabel(next);
      paintChartTable(figure, next);
      checkFit();
    },
  };
}

interface Tracked {
  element: HTMLElement;
  animation: Animated;
  stateAttribute: 'chartState' | 'countState';
  relayout?: (done: boolean) => void;
  relabel?: () => void;
}

/**
 * The reading page's charts and counting figures: drawn up front (so the page
 * does not grow as they arrive and a deep link stays put), each played once
 * when it first comes into view, shown final under reduced motion; relabelled
 * in place on a language switch, laid out again when the column's width changes.
 */
export function readingCharts(root: HTMLElement, ctx: DeckContext, painter: SlidePainter) {
  const tracked: Tracked[] = [];
  root.querySelectorAll<HTMLElement>('figure[data-chart]').forEach((figure, index) => {
    const chart = phoneChart(figure, `chart-${figure.closest('section')!.id}-${index}`, ctx);
    tracked.push({ element: figure, stateAttribute: 'chartState', ...chart });
  });
  for (const value of root.querySelectorAll<HTMLElement>('[data-countup]')) {
    tracked.push({ element: value, animation: mountCountUp(value, ctx), stateAttribute: 'countState' });
  }

  const setState = (t: Tracked, state: 'idle' | 'playing' | 'done') => (t.element.dataset[t.stateAttribute] = state);
  const finish = (t: Tracked) => {
    t.animation.finish();
    setState(t, 'done');
  };
  const still = matchMedia('(prefers-reduced-motion: reduce)');
  const byElement = new Map(tracked.map((t) => [t.element, t]));
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const t = byElement.get(entry.target as HTMLElement);
        if (!t || !entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        if (still.matches) {
          finish(t);
          continue;
        }
        setState(t, 'playing');
        void t.animation.play().then(() => setState(t, 'done'));
      }
    },
    // Played when a good part is on screen, not the moment its edge peeks in.
    { threshold: 0.4 },
  );
  for (const t of tracked) {
    if (still.matches) finish(t);
    else {
      t.animation.reset();
      setState(t, 'idle');
      observer.observe(t.element);
    }
  }

  painter.add((part) => {
    for (const t of tracked) if (part.contains(t.element)) t.relabel?.();
  });

  let column = root.clientWidth;
  new ResizeObserver(() => {
    if (root.clientWidth === column) return;
    column = root.clientWidth;
    for (const t of tracked) t.relayout?.(t.element.dataset[t.stateAttribute] !== 'idle');
  }).observe(root);
}
