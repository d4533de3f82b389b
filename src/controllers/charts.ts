import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { modesOf } from '../i18n/modes.ts';
import type { SlidePainter } from './slide-painter.ts';
import { isPrintView, revealElementOf } from '../deck/reveal.ts';
import type { Environment } from '../environment.ts';
import { disposer } from '../disposer.ts';
import { countUp, loadChartRuntime, playback, type Runtime, type Tracked } from './chart-playback.ts';
import { slideChart, type SlideChart } from './slide-chart.ts';

/** Nothing moves in print view, under reduced motion, or in the overview. */
export function staticCharts(deck: RevealApi, env: Environment): boolean {
  return isPrintView(deck) || deck.isOverview() || env.prefersReducedMotion();
}

/**
 * Where the chart code is. It loads the first time it is needed: a slide with a chart or a counting
 * figure is present or next to the present one, or every slide is shown at once. reveal.js's print view
 * takes the slides out of the page while it lays out its pages, until `pdf-ready`: there the code waits,
 * loaded, and the charts are found once they are all back in the page.
 */
type Loader =
  | { phase: 'unloaded' }
  | { phase: 'loading'; runtime: Promise<Runtime> }
  | { phase: 'loaded'; runtime: Runtime }
  | { phase: 'tracking'; runtime: Runtime; tracked: (Tracked & Partial<SlideChart>)[] };

/**
 * Plays a slide's charts and counting figures when it becomes current (a
 * figure inside a fragment when its fragment is shown), finishes them when
 * the slide is left (so every slide not being presented shows its final
 * state: overview, print, the speaker view's preview), and relabels charts
 * in place when the language changes.
 */
export function chartsController(deck: RevealApi, ctx: DeckContext, painter: SlidePainter, env: Environment) {
  const root = revealElementOf(deck);
  const life = disposer();
  const player = playback();
  const animated = (slide: Element | undefined) => slide?.querySelector('figure[data-chart], [data-countup]') != null;
  // A counting figure's markup already shows its final value.
  for (const value of root.querySelectorAll<HTMLElement>('[data-countup]')) value.dataset.countState = 'done';

  let loader: Loader = { phase: 'unloaded' };
  const tracked = () => (loader.phase === 'tracking' ? loader.tracked : []);
  const track = (runtime: Runtime) => {
    if (loader.phase === 'tracking' || life.disposed) return;
    const charts = [...root.querySelectorAll<HTMLElement>('figure[data-chart]')].map((figure, index) =>
      slideChart(figure, index, ctx, runtime, life),
    );
    const counts = [...root.querySelectorAll<HTMLElement>('[data-countup]')].map((value) =>
      countUp(value, ctx, runtime),
    );
    loader = { phase: 'tracking', runtime, tracked: [...charts, ...counts] };
  };
  /** Catches up with the deck once the code is in: the present slide, the overview; in print, nothing yet. */
  const arrive = (runtime: Runtime) => {
    if (life.disposed) return;
    if (isPrintView(deck)) {
      loader = { phase: 'loaded', runtime };
      return;
    }
    track(runtime);
    if (deck.isOverview()) return finishAll();
    enter(deck.getCurrentSlide());
    prepareIdle(tracked().filter((t) => t.prepare && player.state(t) !== 'done'));
    prepareSwitch();
  };
  const load = (): Promise<Runtime> => {
    if (loader.phase === 'loading') return loader.runtime;
    if (loader.phase !== 'unloaded') return Promise.resolve(loader.runtime);
    const runtime = loadChartRuntime(ctx).then(
      (loaded) => {
        arrive(loaded);
        return loaded;
      },
      (error: unknown) => {
        // Tried again when next needed: a network that was down may be back.
        loader = { phase: 'unloaded' };
        throw error;
      },
    );
    loader = { phase: 'loading', runtime };
    return runtime;
  };
  const loadIfNear = () => {
    const slides = deck.getSlides();
    const at = slides.indexOf(deck.getCurrentSlide());
    if (slides.slice(Math.max(at - 1, 0), at + 2).some(animated)) life.idle(() => void load());
  };

  const play = (t: Tracked & Partial<SlideChart>) => {
    if (staticCharts(deck, env)) return player.finish(t);
    // Laid out (and fitted to its box) before it counts as playing, so it starts from its first frame.
    t.prepare?.();
    player.play(t);
  };
  const waitsForFragment = (t: Tracked) => {
    const fragment = t.element.closest('.fragment');
    return fragment !== null && !fragment.classList.contains('visible');
  };
  const enter = (slide: Element | undefined) => {
    for (const t of tracked()) {
      if (!slide?.contains(t.element)) {
        if (player.state(t) === 'playing') player.finish(t);
      } else if (waitsForFragment(t)) player.reset(t);
      else play(t);
    }
  };
  const finishAll = () => tracked().forEach(player.finish);
  /**
   * Runs `work` now if the chart code is in; otherwise loads it, and the load catches up
   * with the deck (the present slide, the overview, print). Its figures wait meanwhile.
   */
  const withRuntime = (work: () => void) => {
    if (loader.phase === 'tracking') return work();
    for (const value of deck.getCurrentSlide()?.querySelectorAll<HTMLElement>('[data-countup]') ?? [])
      value.dataset.countState = 'idle';
    void load();
  };

  // After the first slide is up, the other charts are laid out one per idle moment,
  // so moving to a chart slide later costs no layout in the frame it comes up.
  const prepareIdle = (queue: (Tracked & Partial<SlideChart>)[]) =>
    life.idle(() => {
      queue.shift()?.prepare?.();
      if (queue.length) prepareIdle(queue);
    });
  // The present slide's charts laid out in the other modes while the browser is idle, so a switch only relabels.
  const modes = modesOf(ctx.payload.meta.languages);
  const prepareSwitch = () =>
    life.idle(() => {
      const slide = deck.getCurrentSlide();
      const others = modes.filter((mode) => mode !== ctx.i18n.language && (ctx.languages?.has(mode) ?? true));
      for (const t of tracked()) if (slide?.contains(t.element)) t.prepareModes?.(others);
    });

  life.on(deck, 'ready', () => {
    if (isPrintView(deck) || animated(deck.getCurrentSlide())) void load();
    else loadIfNear();
  });
  life.on(deck, 'slidechanged', () => {
    if (animated(deck.getCurrentSlide())) withRuntime(() => enter(deck.getCurrentSlide()));
    else if (loader.phase === 'tracking') enter(deck.getCurrentSlide());
    else loadIfNear();
  });
  life.on(deck, 'fragmentshown', (event: Event & { fragment?: Element }) => {
    for (const t of tracked()) if (event.fragment?.contains(t.element)) play(t);
  });
  life.on(deck, 'slidechanged', prepareSwitch);
  life.on(ctx.i18n, 'languageChanged', prepareSwitch);
  life.on(ctx.i18n.store, 'added', prepareSwitch);
  life.on(deck, 'overviewshown', () => withRuntime(finishAll));
  life.on(deck, 'pdf-ready', () => {
    void load().then((runtime) => {
      track(runtime);
      finishAll();
    });
  });
  life.add(
    painter.add((slide) => {
      for (const t of tracked()) if (slide.contains(t.element)) t.relabel?.(ctx.i18n.language);
    }),
  );
  // What is playing when the deck is taken down ends now, its timers with it.
  life.add(() => tracked().forEach((t) => player.state(t) === 'playing' && player.finish(t)));

  return { finishAll: () => load().then(finishAll), dispose: life.dispose };
}
