import i18next from 'i18next';

/**
 * Counts what code adds to a jsdom page and what it takes away: event listeners (on any target),
 * timers, animation frames, idle callbacks, observers, and i18next's listeners; each noted with
 * where it was added. Installed before the code under test is imported: d3-timer keeps the
 * `requestAnimationFrame` it finds when it loads.
 */
export interface Left {
  kind: string;
  what: string;
  /** The first frame of the stack that added it outside this file. */
  by: string;
}

interface Entry extends Left {
  key: unknown;
  at: number;
}

const origin = () =>
  (new Error().stack ?? '')
    .split('\n')
    .slice(1)
    .find((line) => !line.includes('page-tracker'))
    ?.trim()
    .replace(/^at /, '')
    .replace(/\(?(?:file:\/\/)?\/[^\s)]*?\/(src|node_modules)\//, '($1/') ?? '?';

export function trackPage() {
  const live = new Map<unknown, Entry>();
  let added = 0;
  const note = (kind: string, key: unknown, what: string) =>
    live.set(key, { kind, key, what, by: origin(), at: ++added });
  const drop = (key: unknown) => live.delete(key);

  // Event listeners, by target, type, listener and capture; a `once` listener is gone once it has run.
  const listenerKeys = new Map<string, object>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++nextId), nextId);
  const keyOf = (target: object, type: string, listener: object, capture: boolean) => {
    const name = `${idOf(target)} ${type} ${idOf(listener)} ${capture}`;
    let key = listenerKeys.get(name);
    if (!key) listenerKeys.set(name, (key = { name }));
    return key;
  };
  const capture = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
    typeof options === 'boolean' ? options : Boolean(options?.capture);
  const onceWrappers = new WeakMap<object, EventListener>();
  type Add = EventTarget['addEventListener'];
  type Remove = EventTarget['removeEventListener'];
  /** Wraps one pair of methods: EventTarget's, or the copies jsdom's environment puts on the global object. */
  const trackListeners = (holder: { addEventListener: Add; removeEventListener: Remove }) => {
    const { addEventListener, removeEventListener } = holder;
    holder.addEventListener = function (this: EventTarget, type, listener, options) {
      const target = this ?? globalThis;
      if (!listener) return addEventListener.call(target, type, listener, options);
      const key = keyOf(target, type, listener, capture(options));
      const name =
        target === globalThis ? 'window' : ((target as Element).tagName?.toLowerCase() ?? target.constructor.name);
      const label = `${name} ${type}`;
      if (typeof options === 'object' && options.once) {
        const wrapper: EventListener = (event) => {
          drop(key);
          return typeof listener === 'function' ? listener.call(target, event) : listener.handleEvent(event);
        };
        onceWrappers.set(listener, wrapper);
        note('listener', key, label);
        return addEventListener.call(target, type, wrapper, options);
      }
      if (!live.has(key)) note('listener', key, label);
      return addEventListener.call(target, type, listener, options);
    };
    holder.removeEventListener = function (this: EventTarget, type, listener, options) {
      const target = this ?? globalThis;
      if (listener) drop(keyOf(target, type, listener, capture(options)));
      const wrapper = listener && onceWrappers.get(listener);
      if (wrapper) removeEventListener.call(target, type, wrapper, options);
      return removeEventListener.call(target, type, listener, options);
    };
  };
  trackListeners(EventTarget.prototype);
  // A bare `addEventListener(…)` calls the global object's own copy, which is not EventTarget's.
  if (Object.hasOwn(globalThis, 'addEventListener')) trackListeners(globalThis as never);

  // Timers: pending from when they are set until they run or are cleared.
  const g = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
  const timer = (set: string, clear: string, repeats = false) => {
    const setOriginal = g[set]!.bind(globalThis);
    const clearOriginal = g[clear]!.bind(globalThis);
    g[set] = (work: unknown, ...rest: unknown[]) => {
      const key = { set };
      const id = setOriginal(
        (...args: unknown[]) => {
          if (!repeats) drop(key);
          if (typeof work === 'function') (work as (...a: unknown[]) => unknown)(...args);
        },
        ...rest,
      );
      note('timer', key, set);
      ids.set(id, key);
      return id;
    };
    // Node's timers are objects, jsdom's frames numbers: either is a key of its own kind's map.
    const ids = new Map<unknown, object>();
    g[clear] = (id: unknown) => {
      const key = ids.get(id);
      if (key) drop(key);
      return clearOriginal(id);
    };
  };
  const realSetTimeout = setTimeout;
  timer('setTimeout', 'clearTimeout');
  timer('setInterval', 'clearInterval', true);
  timer('requestAnimationFrame', 'cancelAnimationFrame');
  // jsdom has no idle callbacks: the deck's scheduler falls back on setTimeout, counted above.

  // Observers, while they observe anything.
  const observing = (Observer: { prototype: { observe: unknown; disconnect: unknown; unobserve?: unknown } }) => {
    const proto = Observer.prototype as Record<string, (...args: unknown[]) => unknown>;
    const targets = new WeakMap<object, Set<unknown>>();
    const { observe, disconnect, unobserve } = proto;
    proto.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      let set = targets.get(this);
      if (!set) targets.set(this, (set = new Set()));
      set.add(target);
      note('observer', this, this.constructor.name);
      return observe!.call(this, target, ...rest);
    };
    proto.disconnect = function (this: object) {
      targets.get(this)?.clear();
      drop(this);
      return disconnect!.call(this);
    };
    if (unobserve)
      proto.unobserve = function (this: object, target: unknown) {
        const set = targets.get(this);
        set?.delete(target);
        if (!set?.size) drop(this);
        return unobserve.call(this, target);
      };
  };
  // jsdom lays nothing out: boxes never change, and everything observed is at once in view, 360 px wide.
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  class IntersectionObserver {
    private readonly targets = new Set<Element>();
    constructor(private readonly report: (entries: unknown[], observer: unknown) => void) {}
    observe(target: Element) {
      this.targets.add(target);
      queueMicrotask(() => {
        if (this.targets.has(target))
          this.report([{ target, isIntersecting: true, boundingClientRect: { width: 360, height: 200 } }], this);
      });
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
    }
  }
  Object.assign(globalThis, { ResizeObserver, IntersectionObserver });
  for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver]) observing(Observer);

  // i18next's emitters: the instance and its resource store share one prototype.
  const emitter = Object.getPrototypeOf(Object.getPrototypeOf(i18next)) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  const { on, off } = emitter;
  const emitterKey = (self: object, event: string, listener: unknown) =>
    keyOf(self, `i18next ${event}`, listener as object, false);
  emitter.on = function (this: object, events: unknown, listener: unknown) {
    for (const event of String(events).split(' ')) note('i18next', emitterKey(this, event, listener), event);
    return on!.call(this, events, listener);
  };
  emitter.off = function (this: object, event: unknown, listener: unknown) {
    if (listener) drop(emitterKey(this, String(event), listener));
    return off!.call(this, event, listener);
  };

  return {
    /** From now on: what is still there of what was added since, with where it was added. */
    since() {
      const from = added;
      return (): Left[] =>
        [...live.values()].filter((e) => e.at > from).map(({ kind, what, by }) => ({ kind, what, by }));
    },
    /** Resolves after `turns` rounds of the real event loop, letting what was already due run (not counted). */
    turns: async (turns: number) => {
      for (let i = 0; i < turns; i++) await new Promise((resolve) => realSetTimeout(resolve, 20));
    },
  };
}
