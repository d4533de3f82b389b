import type { DeckContext } from '../deck/context.ts';
import type { ChartKind } from '../deck/spec.ts';
import type { SlidePainter } from '../controllers/slide-painter.ts';
import type { Animated, ChartView } from '../charts/render.ts';
import type * as ChartRuntime from '../controllers/chart-runtime.ts';
import type { Environment } from '../environment.ts';
import { keepChartRoom, phoneChartSize } from './chart-size.ts';
import { nextTask } from '../idle.ts';

type Runtime = typeof ChartRuntime;

/**
 * A chart of the reading page, laid out for the width of its column and the height of the screen.
 * Drawn in two tasks (its layout, then its marks and table) and checked for fit in the frame after:
 * a chart's layout measures every name in every language, which with the drawing made one long task.
 */
async function phoneChart(figure: HTMLElement, id: string, ctx: DeckContext, runtime: Runtime, width: number) {
  const kind = figure.dataset.chart as ChartKind;
  const facts = figure.dataset.facts!.split(' ');
  let view: ChartView | undefined;
  let size = { width: 0, height: 0 };
  const spec = () => runtime.chartSpec(kind, facts, ctx, ctx.i18n.language, size);
  const layOut = (column = figure.clientWidth) => {
    size = phoneChartSize(kind, facts.length, { width: column, height: innerHeight });
    return spec();
  };
  const place = (next: ReturnType<typeof spec>) => {
    const drawn = runtime.mountChart(next);
    drawn.element.id = id;
    const space = figure.querySelector(':scope > .chart-space');
    if (view) view.element.replaceWith(drawn.element);
    else if (space) space.replaceWith(drawn.element);
    else figure.prepend(drawn.element);
    figure.querySelector('table.chart-table')?.remove();
    figure.append(runtime.chartTable(next));
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
  // At the width the page measured as the chart came near: reading it here would lay the page out again.
  const language = ctx.i18n.language;
  const laidOut = layOut(width);
  await nextTask();
  // Laid out again should the language have changed in between (the chart is not tracked yet).
  place(ctx.i18n.language === language ? laidOut : layOut(width));
  void document.fonts.ready.then(() => requestAnimationFrame(checkFit));
  const animation: Animated = {
    play: (duration) => view!.play(duration),
    finish: () => view!.finish(),
    reset: () => view!.reset(),
  };
  return {
    animation,
    /** Lays the chart out again for a new column width, in the same state. */
    relayout(done: boolean) {
      place(layOut());
      if (done) view!.finish();
      else view!.reset();
      checkFit();
    },
    relabel() {
      const next = spec();
      view!.relabel(next);
      runtime.paintChartTable(figure, next);
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

/** How far ahead of the screen a chart is drawn (and the chart code loaded), so it is ready when scrolled to: half a screen, so that none below the first screen and a half is drawn as the page loads. */
const DRAW_AHEAD = '50% 0px';

/**
 * The reading page's charts and counting figures. Each chart's room is kept
 * (by the first paint, or here once it comes within half a screen of view), so
 * nothing on screen moves when it is drawn; the chart code and D3 load, and a
 * chart or figure is drawn, when it comes within half a screen of view; each is played once when it comes
 * into view, shown final under reduced motion, relabelled in place on a
 * language switch, laid out again when the column's width changes.
 */
export function readingCharts(
  root: HTMLElement,
  ctx: DeckContext,
  painter: SlidePainter,
  env: Pick<Environment, 'prefersReducedMotion'>,
) {
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-chart]')];
  const counts = [...root.querySelectorAll<HTMLElement>('[data-countup]')];
  const tracked = new Map<HTMLElement, Tracked>();

  const setState = (t: Tracked, state: 'idle' | 'playing' | 'done') => (t.element.dataset[t.stateAttribute] = state);
  const finish = (t: Tracked) => {
    t.animation.finish();
    setState(t, 'done');
  };
  const player = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const t = tracked.get(entry.target as HTMLElement);
        if (!t || !entry.isIntersecting) continue;
        player.unobserve(entry.target);
        setState(t, 'playing');
        void t.animation.play().then(() => setState(t, 'done'));
      }
    },
    // Played when a good part is on screen, not the moment its edge peeks in.
    { threshold: 0.4 },
  );

  /** The column's width, kept by the ResizeObserver below. */
  let column = root.clientWidth;
  let runtime: Promise<Runtime> | undefined;
  /** Draws a chart or counting figure, `width` wide as measured while the column was `measuredIn` wide. */
  const draw = async (element: HTMLElement, width: number, measuredIn: number) => {
    // Laid out to fit its names in every language, as on the slides: they all load with the chart code.
    const modules = await (runtime ??= Promise.all([
      import('../controllers/chart-runtime.ts'),
      ctx.languages?.all(),
    ]).then(([loaded]) => loaded));
    // Each in a task of its own: the charts and figures near the screen all wait for the same code.
    await nextTask();
    if (tracked.has(element)) return;
    const t: Tracked = element.matches('figure[data-chart]')
      ? {
          element,
          stateAttribute: 'chartState',
          ...(await phoneChart(
            element,
            `chart-${element.closest('section')!.id}-${figures.indexOf(element)}`,
            ctx,
            modules,
            column === measuredIn ? width : element.clientWidth,
          )),
        }
      : { element, stateAttribute: 'countState', animation: modules.mountCountUp(element, ctx) };
    tracked.set(element, t);
    if (env.prefersReducedMotion()) return finish(t);
    t.animation.reset();
    setState(t, 'idle');
    player.observe(element);
  };
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        // Its room first (half a screen ahead of view), then the chart, once its code is in.
        // Its width as the observer measured it (the figure has no border): reading it would lay the page out again.
        const width = entry.boundingClientRect.width;
        if (entry.target.matches('figure[data-chart]'))
          keepChartRoom(entry.target as HTMLElement, { width, height: innerHeight }, phoneChartSize);
        void draw(entry.target as HTMLElement, width, column);
      }
    },
    { rootMargin: DRAW_AHEAD },
  );
  for (const element of [...figures, ...counts]) near.observe(element);

  painter.add((part) => {
    for (const t of tracked.values()) if (part.contains(t.element)) t.relabel?.();
  });

  new ResizeObserver(() => {
    if (root.clientWidth === column) return;
    column = root.clientWidth;
    for (const t of tracked.values()) t.relayout?.(t.element.dataset[t.stateAttribute] !== 'idle');
  }).observe(root);
}
