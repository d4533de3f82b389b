import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import type { ChartKind } from '../deck/spec.ts';
import { chartSpec } from '../charts/index.ts';
import { mountChart, type ChartView } from '../charts/render.ts';
import { chartTable, paintChartTable } from '../charts/table.ts';

interface Mounted {
  figure: HTMLElement;
  view: ChartView;
  kind: ChartKind;
  facts: string[];
}

/** reveal.js 6 names it `isPrintView`; its bundled types still say `isPrintingPDF`. */
export function isPrintView(deck: RevealApi): boolean {
  const api = deck as RevealApi & { isPrintView?: () => boolean };
  return api.isPrintView ? api.isPrintView() : deck.isPrintingPDF();
}

/** Charts appear at once where nothing should move: print view, reduced motion, export. */
export function staticCharts(deck: RevealApi): boolean {
  return isPrintView(deck) || matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Draws every chart, plays a slide's charts when it becomes current, stops
 * them when it is left, and relabels them when the language changes. The
 * figure's `data-chart-state` (idle / playing / done) tells when a chart has finished.
 */
export function chartsController(deck: RevealApi, ctx: DeckContext) {
  const mounted: Mounted[] = [];
  for (const figure of deck.getRevealElement()!.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    const kind = figure.dataset.chart as ChartKind;
    const facts = figure.dataset.facts!.split(' ');
    const spec = chartSpec(kind, facts, ctx);
    const view = mountChart(spec);
    const id = `chart-${figure.closest('section')!.id}-${mounted.length}`;
    view.element.id = id;
    figure.prepend(view.element);
    figure.append(chartTable(spec));
    mounted.push({ figure, view, kind, facts });
  }

  const setState = (m: Mounted, state: 'idle' | 'playing' | 'done') => (m.figure.dataset.chartState = state);
  const on = (slide: Element | undefined) => mounted.filter((m) => slide?.contains(m.figure));

  let generation = 0;
  const enter = (slide: Element | undefined) => {
    const run = ++generation;
    for (const m of mounted) {
      if (slide?.contains(m.figure)) continue;
      m.view.reset();
      setState(m, 'idle');
    }
    for (const m of on(slide)) {
      if (staticCharts(deck)) {
        m.view.finish();
        setState(m, 'done');
        continue;
      }
      setState(m, 'playing');
      void m.view.play().then(() => {
        if (run === generation) setState(m, 'done');
      });
    }
  };

  const finishAll = () => {
    for (const m of mounted) {
      m.view.finish();
      setState(m, 'done');
    }
  };

  deck.on('ready', () => (isPrintView(deck) ? finishAll() : enter(deck.getCurrentSlide())));
  deck.on('slidechanged', () => enter(deck.getCurrentSlide()));
  deck.on('pdf-ready', finishAll);

  ctx.i18n.on('languageChanged', (language) => {
    for (const m of mounted) {
      const spec = chartSpec(m.kind, m.facts, ctx, language);
      m.view.relabel(spec);
      paintChartTable(m.figure, spec);
    }
  });

  return { charts: () => mounted.map((m) => m.figure) };
}
