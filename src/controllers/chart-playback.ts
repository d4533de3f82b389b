import type { Animated } from '../charts/render.ts';
import type { DeckContext } from '../deck/context.ts';
import type * as ChartRuntime from './chart-runtime.ts';

export type Runtime = typeof ChartRuntime;

/** Where an animated element is, written on it for tests, tools and the live view: idle, playing or done. */
export type PlayState = 'idle' | 'playing' | 'done';

/** An animated element of either view: a chart, or a figure counting up. */
export interface Tracked {
  element: HTMLElement;
  animation: Animated;
  stateAttribute: 'chartState' | 'countState';
}

/**
 * The chart code and D3, one chunk, loaded the first time a view needs them, with every language's text:
 * a chart is laid out to fit its names in every language, so a switch keeps it in place.
 */
export async function loadChartRuntime(ctx: DeckContext): Promise<Runtime> {
  const [runtime] = await Promise.all([import('./chart-runtime.ts'), ctx.languages?.all()]);
  return runtime;
}

/** A figure that counts up, as the views track it. */
export function countUp(element: HTMLElement, ctx: DeckContext, runtime: Runtime): Tracked {
  return { element, animation: runtime.mountCountUp(element, ctx), stateAttribute: 'countState' };
}

/**
 * Plays, finishes and resets animated elements, and keeps each one's state on it. Only the latest
 * thing done to an element counts: a play that ends after the element was finished, reset or played
 * again leaves its state alone.
 */
export function playback() {
  const latest = new WeakMap<Tracked, number>();
  let count = 0;
  const set = (t: Tracked, state: PlayState) => {
    latest.set(t, ++count);
    t.element.dataset[t.stateAttribute] = state;
  };
  return {
    state: (t: Tracked): PlayState | undefined => t.element.dataset[t.stateAttribute] as PlayState | undefined,
    play(t: Tracked): void {
      set(t, 'playing');
      const mine = count;
      void t.animation.play().then(() => {
        if (latest.get(t) === mine) set(t, 'done');
      });
    },
    finish(t: Tracked): void {
      t.animation.finish();
      set(t, 'done');
    },
    reset(t: Tracked): void {
      t.animation.reset();
      set(t, 'idle');
    },
  };
}

export type Playback = ReturnType<typeof playback>;
