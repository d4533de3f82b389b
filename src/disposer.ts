import { whenIdle } from './idle.ts';

/** Something that adds listeners, timers or observers to the page, and takes them all away again. */
export interface Disposable {
  dispose(): void;
}

/** An emitter with `on` and `off`: reveal.js's deck, i18next and its resource store. */
interface Emitter<F> {
  on(event: string, listener: F): unknown;
  off(event: string, listener: F): unknown;
}

export type Disposer = ReturnType<typeof disposer>;

/**
 * What a controller adds to the page, noted as it is added, so that one
 * `dispose()` removes every listener, timer, observer and element of it,
 * last added first (reveal.js's controllers `bind` and `unbind` the same way).
 * Work scheduled after `dispose` is not scheduled at all.
 */
export function disposer() {
  const undo: (() => void)[] = [];
  let disposed = false;
  /** Starts a timer; what cancels it runs on dispose unless the timer has fired (`settled`) by then. */
  const pending = (start: (settled: () => void) => () => void) => {
    if (disposed) return;
    const timer = { cancel: () => undefined as void };
    timer.cancel = start(() => {
      const at = undo.indexOf(timer.cancel);
      if (at >= 0) undo.splice(at, 1);
    });
    undo.push(timer.cancel);
  };
  const add = (teardown: () => void) => {
    if (disposed) teardown();
    else undo.push(teardown);
  };
  return {
    get disposed() {
      return disposed;
    },
    /** Runs `teardown` on dispose (or at once, if already disposed). */
    add,
    listen<E extends Event>(
      target: EventTarget,
      type: string,
      listener: (event: E) => void,
      options?: AddEventListenerOptions,
    ): void {
      if (disposed) return;
      const handler = listener as EventListener;
      target.addEventListener(type, handler, options);
      undo.push(() => target.removeEventListener(type, handler, options));
    },
    on<F>(emitter: Emitter<F>, event: string, listener: F): void {
      if (disposed) return;
      emitter.on(event, listener);
      undo.push(() => emitter.off(event, listener));
    },
    timeout(work: () => void, ms = 0): void {
      pending((settled) => {
        const id = setTimeout(() => {
          settled();
          work();
        }, ms);
        return () => clearTimeout(id);
      });
    },
    frame(work: () => void): void {
      pending((settled) => {
        const id = requestAnimationFrame(() => {
          settled();
          work();
        });
        return () => cancelAnimationFrame(id);
      });
    },
    idle(work: () => void): void {
      pending((settled) =>
        whenIdle(() => {
          settled();
          work();
        }),
      );
    },
    /** An observer, disconnected on dispose. */
    observer<O extends { disconnect(): void }>(observer: O): O {
      add(() => observer.disconnect());
      return observer;
    },
    /** An element this controller puts in the page, taken out on dispose. */
    element<T extends Element>(element: T): T {
      add(() => element.remove());
      return element;
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      while (undo.length) undo.pop()!();
    },
  };
}
