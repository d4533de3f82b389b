import type { DeckContext } from '../deck/context.ts';
import type { SlidePainter } from '../controllers/slide-painter.ts';
import type { Environment } from '../environment.ts';
import { keepChartRoom, phoneChartSize } from './chart-size.ts';
import { nextTask } from '../idle.ts';
import { disposer } from '../disposer.ts';
import { countUp, loadChartRuntime, playback, type Runtime, type Tracked } from '../controllers/chart-playback.ts';
import { phoneChart, type PhoneChart } from './phone-chart.ts';

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
  const life = disposer();
  const player = playback();
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-chart]')];
  const counts = [...root.querySelectorAll<HTMLElement>('[data-countup]')];
  const tracked = new Map<HTMLElement, Tracked & Partial<PhoneChart>>();

  const played = life.observer(
    new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const t = tracked.get(entry.target as HTMLElement);
          if (!t || !entry.isIntersecting) continue;
          played.unobserve(entry.target);
          player.play(t);
        }
      },
      // Played when a good part is on screen, not the moment its edge peeks in.
      { threshold: 0.4 },
    ),
  );

  /** The column's width, kept by the ResizeObserver below. */
  let column = root.clientWidth;
  let runtime: Promise<Runtime> | undefined;
  /** Draws a chart or counting figure, `width` wide as measured while the column was `measuredIn` wide. */
  const draw = async (element: HTMLElement, width: number, measuredIn: number) => {
    const modules = await (runtime ??= loadChartRuntime(ctx));
    // Each in a task of its own: the charts and figures near the screen all wait for the same code.
    await nextTask();
    if (tracked.has(element) || life.disposed) return;
    const t = element.matches('figure[data-chart]')
      ? await phoneChart(
          element,
          `chart-${element.closest('section')?.id ?? 'page'}-${figures.indexOf(element)}`,
          ctx,
          modules,
          column === measuredIn ? width : element.clientWidth,
          life,
        )
      : countUp(element, ctx, modules);
    if (life.disposed) return;
    tracked.set(element, t);
    if (env.prefersReducedMotion()) return player.finish(t);
    player.reset(t);
    played.observe(element);
  };
  const near = life.observer(
    new IntersectionObserver(
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
    ),
  );
  for (const element of [...figures, ...counts]) near.observe(element);

  life.add(
    painter.add((part) => {
      for (const t of tracked.values()) if (part.contains(t.element)) t.relabel?.();
    }),
  );

  life
    .observer(
      new ResizeObserver(() => {
        if (root.clientWidth === column) return;
        column = root.clientWidth;
        for (const t of tracked.values()) t.relayout?.(player.state(t) !== 'idle');
      }),
    )
    .observe(root);
  // What is playing when the page is taken down ends now, its timers with it.
  life.add(() => tracked.forEach((t) => player.state(t) === 'playing' && player.finish(t)));
  return { dispose: life.dispose };
}
