import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { modesOf } from '../i18n/modes.ts';
import type { ChartSize } from '../charts/index.ts';
import type { Animated, ChartView } from '../charts/render.ts';
import type { SlidePainter } from './slide-painter.ts';
import type * as ChartRuntime from './chart-runtime.ts';
import { isPrintView } from '../deck/reveal.ts';
import { whenIdle } from '../idle.ts';
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
function lazyChart(figure: HTMLElement, index: number, ctx: DeckContext, runtime: Runtime): Tracked {
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
    // Laying out replaces the SVG, which may change the figure's own box and call this again: going back
    // at once to the box it was just laid out at means the layout and the box are chasing each other,
    // and the chart stays as it is rather than redraw on every frame.
    let before: ChartSize | undefined;
    const resized = new ResizeObserver(() => {
      const current = view!;
      const box = boxOf(current.element);
      if (!box || sameSize(box, current.spec) || (before && sameSize(box, before))) return;
      before = { width: current.spec.width, height: current.spec.height };
      // Only a bounce within a frame or two counts: a language switched back later fits its box again.
      requestAnimationFrame(() => requestAnimationFrame(() => (before = undefined)));
      // Fitted in a task of its own: a language switch that changes the box shows its text in the frame
      // it was asked for, and the chart takes its new box in the next.
      setTimeout(() => {
        if (view === current) fitted(current);
      }, 0);
    });
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
      const next = specFor(mode, view.spec);
      view.relabel(next);
      paintChartTable(figure, next);
    },
    prepareModes: (modes) => {
      if (view) for (const mode of modes) specFor(mode, view.spec);
    },
  };
}

type Runtime = typeof ChartRuntime;

/** An animated element and the attribute that tells tests and tools where it is: idle, playing or done. */
interface Tracked {
  element: HTMLElement;
  animation: Animated;
  stateAttribute: 'chartState' | 'countState';
  /** Relabels in a display mode (a language, or the bilingual mode). */
  relabel?: (mode: string) => void;
  /** Does the costly part ahead of need, when the browser is idle. */
  prepare?: () => void;
  /** Lays the chart out in these modes ahead of a switch to one of them, when the browser is idle. */
  prepareModes?: (modes: string[]) => void;
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
  const animated = (slide: Element | undefined) => slide?.querySelector('figure[data-chart], [data-countup]') != null;
  // A counting figure's markup already shows its final value.
  for (const value of root.querySelectorAll<HTMLElement>('[data-countup]')) value.dataset.countState = 'done';

  // The chart code and D3 load the first time they are needed: a slide with a chart or a
  // counting figure is present or next to the present one, or every slide is shown at once.
  let runtime: Promise<Runtime> | undefined;
  let loaded = false;
  // reveal.js's print view takes the slides out of the page while it lays out its pages, until `pdf-ready`:
  // charts are found (once) only when they are all in the page.
  let pdfReady = false;
  let found = false;
  const track = (modules: Runtime) => {
    if (found) return;
    found = true;
    root
      .querySelectorAll<HTMLElement>('figure[data-chart]')
      .forEach((figure, index) => tracked.push(lazyChart(figure, index, ctx, modules)));
    for (const value of root.querySelectorAll<HTMLElement>('[data-countup]')) {
      tracked.push({ element: value, animation: modules.mountCountUp(value, ctx), stateAttribute: 'countState' });
    }
  };
  const load = () =>
    // A chart is laid out to fit its names in every language (so a switch keeps it in place): they all load with it.
    (runtime ??= Promise.all([import('./chart-runtime.ts'), ctx.languages?.all()]).then(([modules]) => {
      loaded = true;
      if (isPrintView(deck)) {
        if (pdfReady) {
          track(modules);
          finishAll();
        }
        return modules;
      }
      track(modules);
      if (deck.isOverview()) {
        finishAll();
        return modules;
      }
      enter(deck.getCurrentSlide());
      prepareIdle(tracked.filter((t) => t.prepare && t.element.dataset.chartState !== 'done'));
      prepareSwitch();
      return modules;
    }));
  const loadIfNear = () => {
    const slides = deck.getSlides();
    const at = slides.indexOf(deck.getCurrentSlide());
    if (slides.slice(Math.max(at - 1, 0), at + 2).some(animated)) whenIdle(() => void load());
  };

  let generation = 0;
  const setState = (t: Tracked, state: 'idle' | 'playing' | 'done') => (t.element.dataset[t.stateAttribute] = state);
  const finish = (t: Tracked) => {
    t.animation.finish();
    setState(t, 'done');
  };
  const play = (t: Tracked, run: number) => {
    if (staticCharts(deck, env)) return finish(t);
    // Laid out (and fitted to its box) before it counts as playing, so it starts from its first frame.
    t.prepare?.();
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
  function finishAll() {
    tracked.forEach(finish);
  }
  /**
   * Runs `work` now if the chart code is in; otherwise loads it, and the load catches up
   * with the deck (the present slide, the overview, print). Its figures wait meanwhile.
   */
  const withRuntime = (work: () => void) => {
    if (loaded) return work();
    const slide = deck.getCurrentSlide();
    for (const value of slide?.querySelectorAll<HTMLElement>('[data-countup]') ?? []) value.dataset.countState = 'idle';
    void load();
  };

  // After the first slide is up, the other charts are laid out one per idle moment,
  // so moving to a chart slide later costs no layout in the frame it comes up.
  const prepareIdle = (queue: Tracked[]) =>
    whenIdle(() => {
      queue.shift()?.prepare?.();
      if (queue.length) prepareIdle(queue);
    });
  deck.on('ready', () => {
    if (isPrintView(deck)) return void load();
    if (animated(deck.getCurrentSlide())) void load();
    else loadIfNear();
  });
  deck.on('slidechanged', () => {
    if (animated(deck.getCurrentSlide())) withRuntime(() => enter(deck.getCurrentSlide()));
    else if (loaded) enter(deck.getCurrentSlide());
    else loadIfNear();
  });
  deck.on('fragmentshown', (event) => {
    const fragment = (event as Event & { fragment: Element }).fragment;
    for (const t of tracked) if (fragment.contains(t.element)) play(t, generation);
  });
  // The present slide's charts laid out in the other modes while the browser is idle, so a switch only relabels.
  const modes = modesOf(ctx.payload.meta.languages);
  const prepareSwitch = () =>
    whenIdle(() => {
      const slide = deck.getCurrentSlide();
      const others = modes.filter((mode) => mode !== ctx.i18n.language && (ctx.languages?.has(mode) ?? true));
      for (const t of tracked) if (slide?.contains(t.element)) t.prepareModes?.(others);
    });
  deck.on('slidechanged', prepareSwitch);
  ctx.i18n.on('languageChanged', prepareSwitch);
  ctx.i18n.store.on('added', prepareSwitch);
  deck.on('overviewshown', () => withRuntime(finishAll));
  deck.on('pdf-ready', () => {
    pdfReady = true;
    void load().then((modules) => {
      track(modules);
      finishAll();
    });
  });
  painter.add((slide) => {
    for (const t of tracked) if (slide.contains(t.element)) t.relabel?.(ctx.i18n.language);
  });

  return { finishAll: () => load().then(finishAll) };
}
