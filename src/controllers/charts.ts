import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { CHART_SIZE, chartSpec, isChartKind, type ChartSize } from '../charts/index.ts';
import { mountChart, type Animated, type ChartView } from '../charts/render.ts';
import { chartTable, paintChartTable } from '../charts/table.ts';
import { mountCountUp } from '../render/countup.ts';
import type { SlidePainter } from './slide-painter.ts';
import { isPrintView } from '../deck/reveal.ts';
import { whenIdle } from '../deck/idle.ts';
import type { Environment } from '../environment.ts';

/** Nothing moves in print view, under reduced motion, or in the overview. */
export function staticCharts(deck: RevealApi, env: Environment): boolean {
  return isPrintView(deck) || deck.isOverview() || env.prefersReducedMotion();
}

/** The box the SVG gets on the slide, in slide pixels (reveal.js scales the slide, not its layout); none while hidden. */
function boxOf(svg: SVGSVGElement): ChartSize | undefined {
  const { clientWidth: width, clientHeight: height } = svg;
  return width > 0 && height > 0 ? { width, height } : undefined;
}

const sameSize = (a: ChartSize, b: ChartSize) => Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1;

/**
 * A chart drawn the first time it is needed (its slide comes up, the overview,
 * print), so opening the deck does not lay out every chart of the report. It
 * is laid out at the size of its box on the slide, so its text sizes are the
 * sizes the room sees, and again whenever that box changes (a language whose
 * slide text takes another height).
 */
function lazyChart(figure: HTMLElement, index: number, ctx: DeckContext): Tracked {
  const kind = figure.dataset.chart ?? '';
  if (!isChartKind(kind)) throw new Error(`no chart kind "${kind}"`);
  const facts = figure.dataset.facts!.split(' ');
  let view: ChartView | undefined;
  const draw = (size: ChartSize): ChartView => {
    const spec = chartSpec(kind, facts, ctx, ctx.i18n.language, size);
    const next = mountChart(spec);
    next.element.id = `chart-${figure.closest('section')!.id}-${index}`;
    if (view) {
      view.finish();
      view.element.replaceWith(next.element);
      paintChartTable(figure, spec);
    } else {
      figure.prepend(next.element);
      figure.append(chartTable(spec));
    }
    return (view = next);
  };
  // A box that changes while the chart plays (the slide settling as it comes up) is fitted once the play
  // is over: redrawing mid-animation would cut it short and show the room a finished chart.
  let refitAfterPlay = false;
  const fitted = (current: ChartView, settled = figure.dataset.chartState !== 'playing'): ChartView => {
    const box = boxOf(current.element);
    if (!box || sameSize(box, current.spec)) return current;
    if (!settled) {
      refitAfterPlay = true;
      return current;
    }
    refitAfterPlay = false;
    const next = draw(box);
    if (figure.dataset.chartState === 'idle') next.reset();
    else next.finish();
    return next;
  };
  const mount = (): ChartView => {
    if (view) return fitted(view, true);
    const first = draw(CHART_SIZE);
    // The SVG's box is what the figure leaves after its caption; the SVG itself is replaced on each layout.
    const resized = new ResizeObserver(() => void fitted(view!));
    for (const box of [figure, figure.querySelector('figcaption')]) if (box) resized.observe(box);
    return fitted(first, true);
  };
  const play = async (duration?: number) => {
    await mount().play(duration);
    if (refitAfterPlay) fitted(view!, true);
  };
  return {
    element: figure,
    stateAttribute: 'chartState',
    animation: { play, finish: () => mount().finish(), reset: () => mount().reset() },
    prepare: () => void mount(),
    relabel: (mode) => {
      if (!view) return;
      const next = chartSpec(kind, facts, ctx, mode, view.spec);
      view.relabel(next);
      paintChartTable(figure, next);
    },
  };
}

/** An animated element and the attribute that tells tests and tools where it is: idle, playing or done. */
interface Tracked {
  element: HTMLElement;
  animation: Animated;
  stateAttribute: 'chartState' | 'countState';
  /** Relabels in a display mode (a language, or the bilingual mode). */
  relabel?: (mode: string) => void;
  /** Does the costly part ahead of need, when the browser is idle. */
  prepare?: () => void;
}

/**
 * Plays a slide's charts and counting figures when it becomes current (a
 * figure inside a fragment when its fragment is shown), finishes them when
 * the slide is left (so every slide not being presented shows its final
 * state: overview, print, the speaker view's preview), and relabels charts
 * in place when the language changes.
 */
export function chartsController(deck: RevealApi, ctx: DeckContext, painter: SlidePainter, env: Environment) {
  const root = deck.getRevealElement() as HTMLElement;
  const tracked: Tracked[] = [];

  root.querySelectorAll<HTMLElement>('figure[data-chart]').forEach((figure, index) => tracked.push(lazyChart(figure, index, ctx)));
  for (const value of root.querySelectorAll<HTMLElement>('[data-countup]')) {
    value.dataset.countState = 'done';
    tracked.push({ element: value, animation: mountCountUp(value, ctx), stateAttribute: 'countState' });
  }

  let generation = 0;
  const setState = (t: Tracked, state: 'idle' | 'playing' | 'done') => (t.element.dataset[t.stateAttribute] = state);
  const finish = (t: Tracked) => {
    t.animation.finish();
    setState(t, 'done');
  };
  const play = (t: Tracked, run: number) => {
    if (staticCharts(deck, env)) return finish(t);
    setState(t, 'playing');
    void t.animation.play().then(() => {
      if (run === generation && t.element.dataset[t.stateAttribute] === 'playing') setState(t, 'done');
    });
  };
  const waitsForFragment = (t: Tracked) => {
    const fragment = t.element.closest('.fragment');
    return fragment !== null && !fragment.classList.contains('visible');
  };

  const enter = (slide: Element | undefined) => {
    const run = ++generation;
    for (const t of tracked) {
      if (!slide?.contains(t.element)) {
        if (t.element.dataset[t.stateAttribute] === 'playing') finish(t);
      } else if (waitsForFragment(t)) {
        t.animation.reset();
        setState(t, 'idle');
      } else {
        play(t, run);
      }
    }
  };
  const finishAll = () => tracked.forEach(finish);

  // After the first slide is up, the other charts are laid out one per idle moment,
  // so moving to a chart slide later costs no layout in the frame it comes up.
  const prepareIdle = (queue: Tracked[]) =>
    whenIdle(() => {
      queue.shift()?.prepare?.();
      if (queue.length) prepareIdle(queue);
    });
  deck.on('ready', () => {
    if (isPrintView(deck)) return finishAll();
    enter(deck.getCurrentSlide());
    prepareIdle(tracked.filter((t) => t.prepare));
  });
  deck.on('slidechanged', () => enter(deck.getCurrentSlide()));
  deck.on('fragmentshown', (event) => {
    const fragment = (event as Event & { fragment: Element }).fragment;
    for (const t of tracked) if (fragment.contains(t.element)) play(t, generation);
  });
  deck.on('overviewshown', finishAll);
  deck.on('pdf-ready', finishAll);
  painter.add((slide) => {
    for (const t of tracked) if (slide.contains(t.element)) t.relabel?.(ctx.i18n.language);
  });

  return { finishAll };
}
