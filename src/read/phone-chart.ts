import type { DeckContext } from '../deck/context.ts';
import type { ChartKind } from '../deck/spec.ts';
import type { ChartView } from '../charts/render.ts';
import type { Runtime, Tracked } from '../controllers/chart-playback.ts';
import type { Disposer } from '../disposer.ts';
import { phoneChartSize } from './chart-size.ts';
import { nextTask } from '../idle.ts';

/** A chart of the reading page, as its charts track it. */
export interface PhoneChart extends Tracked {
  /** Lays the chart out again for a new column width, in the same state. */
  relayout(done: boolean): void;
  relabel(): void;
}

/**
 * A chart of the reading page, laid out for the width of its column and the height of the screen.
 * Drawn in two tasks (its layout, then its marks and table) and checked for fit in the frame after:
 * a chart's layout measures every name in every language, which with the drawing made one long task.
 * Its frame is `life`'s.
 */
export async function phoneChart(
  figure: HTMLElement,
  id: string,
  ctx: DeckContext,
  runtime: Runtime,
  width: number,
  life: Disposer,
): Promise<PhoneChart> {
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
  void document.fonts.ready.then(() => life.frame(checkFit));
  // Chart views end their animations on finish: a chart left mid-play leaves no timer behind.
  life.add(() => view?.finish());
  return {
    element: figure,
    stateAttribute: 'chartState',
    animation: {
      play: (duration) => view!.play(duration),
      finish: () => view!.finish(),
      reset: () => view!.reset(),
    },
    relayout(done) {
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
