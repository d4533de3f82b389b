import type { DeckContext } from '../deck/context.ts';
import type { ChartSize } from '../charts/index.ts';
import type { ChartView } from '../charts/render.ts';
import type { Disposer } from '../disposer.ts';
import type { Runtime, Tracked } from './chart-playback.ts';

/** A chart on a slide, as the charts controller tracks it. */
export interface SlideChart extends Tracked {
  /** Lays it out (and fits it to its box) ahead of need, when the browser is idle. */
  prepare(): void;
  /** Relabels it in a display mode (a language, or the bilingual mode). */
  relabel(mode: string): void;
  /** Lays it out in these modes ahead of a switch to one of them, when the browser is idle. */
  prepareModes(modes: string[]): void;
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
 * slide text takes another height). Its observer and timers are `life`'s.
 */
export function slideChart(
  figure: HTMLElement,
  index: number,
  ctx: DeckContext,
  runtime: Runtime,
  life: Disposer,
): SlideChart {
  const { CHART_SIZE, chartSpec, isChartKind, mountChart, chartTable, paintChartTable } = runtime;
  const kind = figure.dataset.chart ?? '';
  if (!isChartKind(kind)) throw new Error(`no chart kind "${kind}"`);
  const facts = figure.dataset.facts!.split(' ');
  let view: ChartView | undefined;
  // Laid-out specs by mode and size: a switch to a mode prepared in idle time relabels without laying out.
  const specs = new Map<string, ReturnType<typeof chartSpec>>();
  const specFor = (mode: string, size: ChartSize) => {
    const key = `${mode} ${size.width}×${size.height}`;
    let spec = specs.get(key);
    if (!spec) specs.set(key, (spec = chartSpec(kind, facts, ctx, mode, size)));
    return spec;
  };
  const draw = (size: ChartSize): ChartView => {
    const spec = specFor(ctx.i18n.language, size);
    const next = mountChart(spec);
    next.element.id = `chart-${figure.closest('section')?.id ?? 'deck'}-${index}`;
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
  /**
   * The SVG's box is what the figure leaves after its caption; the SVG itself is replaced on each layout.
   * Laying out replaces the SVG, which may change the figure's own box and call this again: going back
   * at once to the box it was just laid out at means the layout and the box are chasing each other,
   * and the chart stays as it is rather than redraw on every frame.
   */
  const watchBox = () => {
    let before: ChartSize | undefined;
    const resized = life.observer(
      new ResizeObserver(() => {
        const current = view!;
        const box = boxOf(current.element);
        if (!box || sameSize(box, current.spec) || (before && sameSize(box, before))) return;
        before = { width: current.spec.width, height: current.spec.height };
        // Only a bounce within a frame or two counts: a language switched back later fits its box again.
        life.frame(() => life.frame(() => (before = undefined)));
        // Fitted in a task of its own: a language switch that changes the box shows its text in the frame
        // it was asked for, and the chart takes its new box in the next.
        life.timeout(() => {
          if (view === current) fitted(current);
        });
      }),
    );
    for (const box of [figure, figure.querySelector('figcaption')]) if (box) resized.observe(box);
  };
  const mount = (): ChartView => {
    if (view) return fitted(view, true);
    const first = draw(CHART_SIZE);
    watchBox();
    return fitted(first, true);
  };
  // Chart views end their animations on finish: a chart left mid-play leaves no timer behind.
  life.add(() => view?.finish());
  return {
    element: figure,
    stateAttribute: 'chartState',
    animation: {
      play: async (duration) => {
        await mount().play(duration);
        if (refitAfterPlay && !life.disposed) fitted(view!, true);
      },
      finish: () => mount().finish(),
      reset: () => mount().reset(),
    },
    prepare: () => void mount(),
    relabel: (mode) => {
      if (!view) return;
      const next = specFor(mode, view.spec);
      view.relabel(next);
      paintChartTable(figure, next);
    },
    prepareModes: (modes) => {
      if (view) for (const mode of modes) specFor(mode, view.spec);
    },
  };
}
