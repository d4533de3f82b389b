import { disposer } from '../disposer.ts';

/**
 * Where the reader is on the reading page, and the interface a live follower
 * drives it by.
 *
 *   const view = await startReading(host, ctx, env);
 *   view.goTo('income-2022');        // scrolls that slide's section to the top; false for an unknown id
 *   view.goTo('income-2022', { smooth: true });
 *   view.current();                  // 'income-2022': the section being read
 *   const stop = view.onReaderMove((id) => …); // the reader scrolled to another section by themselves
 *
 * The same moves are also a DOM event on the page element, `readsection`,
 * with `detail: { id, byReader }` (`byReader` false when `goTo` or a link
 * moved the page). Language is the deck's i18next instance: `ctx.i18n.changeLanguage(mode)`
 * switches it, keeping the reader's place.
 */
export interface ReadingView {
  goTo(id: string, options?: { smooth?: boolean }): boolean;
  current(): string;
  onReaderMove(listener: (id: string) => void): () => void;
}

export const SECTION_EVENT = 'readsection';

/** The slide id a `#/slide-id` address names (reveal.js's form), or undefined. */
export function slideIdFromHash(hash: string): string | undefined {
  const raw = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  try {
    return decodeURIComponent(raw) || undefined;
  } catch {
    // A malformed escape (`%E0%A4%A`) names no slide: the page opens at the top.
    return undefined;
  }
}

/**
 * Tracks the section under the reading line (just below the sticky bar),
 * writes it into the address (replaced, not pushed: Back leaves the page),
 * lands a `#/slide-id` link on its section and holds it there while fonts and
 * charts settle, until the reader moves the page.
 */
export function sectionTracker(page: HTMLElement, sections: HTMLElement[], bar: HTMLElement) {
  const life = disposer();
  const byId = new Map(sections.map((s) => [s.id, s]));
  const listeners = new Set<(id: string) => void>();
  let current = sections[0]?.id ?? '';
  /** The section to keep at the top until the reader scrolls: a deep link or a follower's `goTo`. */
  let holding: string | undefined;
  let byReader = false;

  const top = () => bar.getBoundingClientRect().bottom;
  const scrollToSection = (section: HTMLElement, smooth = false) =>
    window.scrollTo({
      top: section.getBoundingClientRect().top + scrollY - top(),
      behavior: smooth ? 'smooth' : 'instant',
    });

  const sectionAtLine = (): string => {
    const line = top() + 0.25 * (innerHeight - top());
    const atBottom = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    let found = sections[0];
    if (scrollY < 1) return found?.id ?? '';
    for (const section of sections) {
      const box = section.getBoundingClientRect();
      if (box.top <= line || (atBottom && box.top < innerHeight)) found = section;
      else break;
    }
    return found?.id ?? '';
  };

  const update = () => {
    const id = sectionAtLine();
    if (id === current) return;
    current = id;
    const url = new URL(location.href);
    url.hash = `#/${id}`;
    history.replaceState(history.state, '', url);
    page.dispatchEvent(new CustomEvent(SECTION_EVENT, { detail: { id, byReader } }));
    if (byReader) for (const listener of listeners) listener(id);
  };
  let queued = false;
  life.listen(
    window,
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      life.frame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );

  // Only the reader's own input lets go of a held section and makes a move theirs.
  const released = () => {
    holding = undefined;
    byReader = true;
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
    life.listen(window, type, released, { passive: true });
  const hold = () => {
    const section = holding && byId.get(holding);
    if (section) scrollToSection(section);
  };
  life.observer(new ResizeObserver(hold)).observe(page);
  void document.fonts.ready.then(() => life.disposed || hold());

  const goTo = (id: string, options: { smooth?: boolean } = {}): boolean => {
    const section = byId.get(id);
    if (!section) return false;
    byReader = false;
    holding = options.smooth ? undefined : id;
    scrollToSection(section, options.smooth);
    return true;
  };
  life.listen(window, 'hashchange', () => {
    const id = slideIdFromHash(location.hash);
    if (id && id !== current) goTo(id);
  });

  /**
   * Runs `work` (a repaint) without moving what the reader is looking at: the
   * first block under the bar keeps its place on screen.
   */
  const keepPlace = (work: () => void) => {
    const line = top();
    const anchor = [...(byId.get(current)?.querySelectorAll<HTMLElement>('h1, h2, p, li, dt, dd, figure') ?? [])].find(
      (el) => el.getBoundingClientRect().bottom > line,
    );
    const before = anchor?.getBoundingClientRect().top;
    work();
    if (holding) return hold();
    if (anchor && before !== undefined)
      window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
  };

  const view: ReadingView = {
    goTo,
    current: () => current,
    onReaderMove(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    view,
    keepPlace,
    dispose: life.dispose,
    /** Opens the page at the section the address names, or at the top for none or an unknown one. */
    land() {
      const id = slideIdFromHash(location.hash);
      if (id && goTo(id)) current = id;
      else update();
    },
  };
}
