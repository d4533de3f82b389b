/**
 * The first paint, before any module of the deck has run. The page carries
 * the deck prerendered in each language, in `<template data-deck="<lang>">`;
 * the functions below, inlined into the page as source text right after them
 * (`firstPaintScript`, allowed by its hash in the Content-Security-Policy),
 * pick the mode the deck will open in, move that language's slides into
 * `.slides`, show the slide the address names, and lay the slides out as
 * reveal.js will, so nothing moves when it starts. Each must stay
 * self-contained: no imports, and no helpers but each other, by name; so they
 * are one module, whose functions refer to each other as plain identifiers in any
 * build of it (a function of another module is called through its import).
 *
 * The mode is chosen as the deck's i18n does (`src/i18n/initial.ts`): a valid
 * `?lang=` wins and an invalid one opens the first mode; then the remembered
 * choice; then the browser's languages; then the first mode. The choice is
 * left as `data-mode` on `.slides` (or on the reading page, `.read`) for the deck's code to open in.
 */
import type { FirstPaintOptions, ReadingParts } from './first-paint-options.ts';

/**
 * The mode the deck opens in. A language the deck has no mode for, from the
 * remembered choice or the browser, counts by its bare language (`en-US` is `en`),
 * as i18next's browser detector converts it; a language with no mode at all is passed over.
 */
export function chooseMode(
  search: string,
  stored: string | null,
  browserLanguages: readonly string[],
  options: Pick<FirstPaintOptions, 'modes' | 'param'>,
): string {
  const { modes } = options;
  const supported = (value: string | null | undefined) => {
    if (!value) return undefined;
    const lower = value.trim().toLowerCase();
    const bare = lower.split('-')[0]!;
    return modes.includes(lower) ? lower : modes.includes(bare) ? bare : undefined;
  };
  const params = new URLSearchParams(search);
  const asked = params.get(options.param)?.trim().toLowerCase();
  if (asked !== undefined) return modes.includes(asked) ? asked : modes[0]!;
  return supported(stored) ?? browserLanguages.map(supported).find(Boolean) ?? modes[0]!;
}

/** The remembered choice, or null where storage is unavailable (file://, private mode). */
export function storedChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Whether the page is the reading page (src/read/), as `viewFromQuery` and `isReadingView` of
 * src/config.ts decide: where the link asks for it, or on a screen matching `readingMedia` unless
 * the link names another view. reveal.js's own pages (print view, the speaker view's previews) never are.
 */
export function isReadingPage(
  search: string,
  narrowScreen: boolean,
  options: Pick<FirstPaintOptions, 'viewParam' | 'views'>,
): boolean {
  const params = new URLSearchParams(search);
  if (params.has('print-pdf') || params.has('receiver')) return false;
  const asked = params.get(options.viewParam)?.trim().toLowerCase();
  const view = options.views.find((v) => v === asked);
  // The long picture (`long`) is the reading page too, shot whole.
  return view === 'read' || view === 'long' || (view === undefined && narrowScreen);
}

/** The slide the address names (`#/<id>`), or '' for none or a malformed one, as reveal.js reads it. */
export function slideIdOf(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  } catch {
    return '';
  }
}

export type FrameGate = ReturnType<typeof frameGate>;

/**
 * What the page's frame (the reading page, or reveal.js's) waits for before it is shown: the rest of
 * the deck, for a link to a slide further on; the first screen's font. Hidden meanwhile, it is laid out
 * but not seen, so nothing the reader sees moves when they come.
 */
export function frameGate(frame: HTMLElement) {
  const waits = new Set<string>();
  return {
    hold(what: string) {
      waits.add(what);
      frame.style.visibility = 'hidden';
    },
    release(what: string) {
      if (!waits.delete(what)) return;
      if (!waits.size) frame.style.visibility = '';
    },
  };
}

/**
 * The first screen's font, both weights: text set in another font first would move when it came.
 * Until it is in, it is the only face the page names (`data-font` on <html>, src/theme/deck.scss): text
 * laid out meanwhile, while the frame is hidden, would otherwise send for the whole font at once.
 */
export function awaitFirstFont(gate: FrameGate, options: Pick<FirstPaintOptions, 'firstFont' | 'fontWaitMs'>): void {
  const family = options.firstFont;
  if (!family || !document.fonts) return;
  const html = document.documentElement;
  gate.hold('font');
  html.dataset.font = 'first';
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    delete html.dataset.font;
    gate.release('font');
  };
  Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 1em "${family}"`))).then(show, show);
  setTimeout(show, options.fontWaitMs ?? 3000);
}

/**
 * Fetches the rest of the deck (`url`) and places it: with a `budget`, an entry at a time (parsing
 * included) for up to that many milliseconds a task, so no one task holds the page long; without one,
 * all at once. `data-deck-complete` on <html> then says how it went (true, failed), with a
 * `deckcomplete` event: the deck's modules wait for it, and render the rest themselves on failure.
 */
export function fetchRest(
  url: string,
  entryMark: string | undefined,
  place: (fragment: DocumentFragment) => void,
  done: () => void,
  budget?: number,
): void {
  const finish = (state: string) => {
    document.documentElement.dataset.deckComplete = state;
    done();
    dispatchEvent(new Event('deckcomplete'));
  };
  fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.text();
    })
    .then(
      (markup) =>
        new Promise<void>((resolve, reject) => {
          const entries = entryMark ? markup.split(entryMark) : [markup];
          const next = () => {
            try {
              const start = performance.now();
              do {
                const parsed = document.createElement('template');
                parsed.innerHTML = budget === undefined ? entries.splice(0).join('') : entries.shift()!;
                place(parsed.content);
              } while (entries.length && performance.now() - start < budget!);
              if (entries.length) setTimeout(next, 0);
              else resolve();
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          };
          next();
        }),
    )
    .then(
      () => finish('true'),
      () => finish('failed'),
    );
}

/** Runs `work` once the first screen is painted: the next frame; or soon, where no frame comes (a tab opened behind). */
export function afterPaint(work: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 1000);
}

/** reveal.js's scale for a slide of `options`' size in a viewport of `width` × `height`: to fit with a margin, within its bounds, to 1/100. */
export function revealScale(
  width: number,
  height: number,
  options: Pick<FirstPaintOptions, 'width' | 'height' | 'margin' | 'minScale' | 'maxScale'>,
): number {
  const scale = Math.min(
    (width - width * options.margin) / options.width,
    (height - height * options.margin) / options.height,
  );
  return Math.round(Math.min(Math.max(scale, options.minScale), options.maxScale) * 100) / 100;
}

/**
 * Shows the slide `id` names (else the first) as reveal.js will: marked present, the only one laid out
 * (the theme shows any slide without an inline `display: none`), scaled to fit the viewport with a
 * margin and centred. On a phone, reveal.js's scrolling view shows the first page at this same place and scale.
 */
export function layOutSlides(
  root: HTMLElement,
  slides: HTMLElement,
  id: string,
  options: Pick<FirstPaintOptions, 'width' | 'height' | 'margin' | 'minScale' | 'maxScale'>,
): void {
  const named = id ? document.getElementById(id) : null;
  let present = named && slides.contains(named) && named.matches('section') ? named : slides.querySelector('section');
  if (present?.dataset.stack !== undefined) present = present.querySelector('section');
  for (let s: Element | null = present; s && s !== slides; s = s.parentElement) s.classList.add('present');
  for (const section of slides.querySelectorAll<HTMLElement>('section'))
    section.style.display = section.classList.contains('present') ? 'block' : 'none';

  const scale = revealScale(root.offsetWidth, root.offsetHeight, options);
  Object.assign(slides.style, { width: `${options.width}px`, height: `${options.height}px` });
  if (scale !== 1)
    Object.assign(slides.style, {
      left: '50%',
      top: '50%',
      bottom: 'auto',
      right: 'auto',
      transform: `translate(-50%, -50%) scale(${scale})`,
    });
}

/**
 * The rest of the deck, in either view. For a link to a slide the page does not carry, at once: the
 * frame held until it is placed (`placeNow`), then shown (`show`). Otherwise the page is shown as it is,
 * and the rest placed off screen once the first screen is painted (`placeLater`, an entry at a time).
 */
export function placeRest(
  rest: string | undefined,
  id: string,
  gate: FrameGate,
  options: Pick<FirstPaintOptions, 'entryMark' | 'placingBudgetMs'>,
  view: {
    show: () => void;
    placeNow: (fragment: DocumentFragment) => void;
    placeLater: (fragment: DocumentFragment) => void;
  },
): void {
  if (!rest) return view.show();
  if (id && !document.getElementById(id)) {
    gate.hold('rest');
    fetchRest(
      rest,
      options.entryMark,
      (fragment) => {
        view.placeNow(fragment);
        view.show();
      },
      () => gate.release('rest'),
    );
    return;
  }
  view.show();
  afterPaint(() => fetchRest(rest, options.entryMark, view.placeLater, () => undefined, options.placingBudgetMs));
}

/**
 * The slides: the chosen language's moved into `.slides` and laid out as reveal.js will; the rest
 * fetched once the first screen is painted, or at once, with nothing shown until it comes, for a link
 * to a slide the page does not carry. reveal.js's print view lays out every slide itself, from slides it has not marked.
 */
export function paintSlides(
  slides: HTMLElement,
  chosen: HTMLTemplateElement,
  mode: string,
  id: string,
  options: FirstPaintOptions,
): void {
  slides.append(chosen.content);
  slides.dataset.mode = mode;
  slides.dataset.prerendered = chosen.dataset.deck;
  const rest = chosen.dataset.rest;
  if (/[?&]print-pdf\b/.test(location.search)) {
    if (rest)
      fetchRest(
        rest,
        options.entryMark,
        (fragment) => slides.append(fragment),
        () => undefined,
      );
    return;
  }
  const root = slides.closest<HTMLElement>('.reveal')!;
  const gate = frameGate(root);
  awaitFirstFont(gate, options);
  placeRest(rest, id, gate, options, {
    show: () => layOutSlides(root, slides, id, options),
    placeNow: (fragment) => slides.append(fragment),
    placeLater: (fragment) => {
      for (const section of fragment.querySelectorAll<HTMLElement>('section')) section.style.display = 'none';
      slides.append(fragment);
    },
  });
}

/**
 * A linked section put under the bar and held there for the first frames, while the sections around
 * it are laid out for the first time (their room is only estimated until then), unless the reader moves first.
 */
export function holdSection(target: HTMLElement, bar: HTMLElement, frames = 30): void {
  let moved = false;
  const stop = () => {
    moved = true;
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) removeEventListener(type, stop);
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
    addEventListener(type, stop, { once: true, passive: true });
  const hold = (left: number) => {
    if (moved) return;
    const off = target.getBoundingClientRect().top - bar.getBoundingClientRect().bottom;
    if (Math.abs(off) > 1) scrollBy(0, off);
    if (left > 0) requestAnimationFrame(() => hold(left - 1));
    else stop();
  };
  hold(frames);
}

/**
 * The reading page (src/read/), which takes the place of reveal.js's frame and never starts reveal.js:
 * built here from the same slides, its sections in one column, each chart's room kept before it is
 * drawn (widths read first, then written: one layout), so nothing below it moves when it is. Sections
 * placed off screen leave that to the page's code, which keeps it as a chart comes near.
 */
export function paintReadingPage(
  slides: HTMLElement,
  chosen: HTMLTemplateElement,
  mode: string,
  id: string,
  options: FirstPaintOptions,
  parts: ReadingParts,
): void {
  const page = document.createElement('div');
  page.className = 'read';
  page.dataset.mode = mode;
  page.dataset.prerendered = chosen.dataset.deck;
  const bar = document.createElement('header');
  bar.className = 'read-bar';
  const barContent = document.querySelector<HTMLTemplateElement>(`template[data-read-bar="${chosen.dataset.deck}"]`);
  if (barContent) bar.append(barContent.content);
  const main = document.createElement('main');
  main.className = 'read-main';
  page.append(bar, main);
  slides.closest('.reveal')!.replaceWith(page);
  const html = document.documentElement;
  html.classList.remove('reveal-full-page');
  document.body.classList.remove('reveal-viewport');
  html.classList.add('read-view');

  const place = (fragment: DocumentFragment, withRoom = true) => {
    const added = parts.column([...fragment.children]);
    main.append(...added);
    if (!withRoom) return;
    const figures = added.flatMap((section) => [...section.querySelectorAll<HTMLElement>('figure[data-chart]')]);
    const widths = figures.map((figure) => figure.clientWidth);
    figures.forEach((figure, i) =>
      parts.keepRoom(figure, { width: widths[i]!, height: innerHeight }, parts.chartSize as never),
    );
  };
  const land = () => {
    const target = id ? document.getElementById(id) : null;
    if (target && main.contains(target)) holdSection(target, bar);
  };
  const gate = frameGate(page);
  awaitFirstFont(gate, options);
  place(chosen.content);
  placeRest(chosen.dataset.rest, id, gate, options, {
    show: land,
    placeNow: (fragment) => place(fragment),
    placeLater: (fragment) => place(fragment, false),
  });
}

/**
 * Picks the mode and the view, and paints the chosen language's slides as reveal.js will, or the reading
 * page built from them. `data-deck-complete` on <html> says where the rest of the deck is (pending, true,
 * failed): pending from here while the page carries only a first screen's slides.
 */
export function paintFirstSlide(options: FirstPaintOptions, parts: ReadingParts): void {
  const browserLanguages = [...(navigator.languages ?? []), navigator.language];
  const mode = chooseMode(location.search, storedChoice(options.storageKey), browserLanguages, options);
  const language = mode.split('-')[0]!;
  const slides = document.querySelector<HTMLElement>('.reveal .slides');
  const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-deck]')];
  const chosen = templates.find((t) => t.dataset.deck === language) ?? templates[0];
  if (!slides || !chosen) return;
  const html = document.documentElement;
  html.lang = options.htmlLang[language] ?? language;
  if (chosen.dataset.rest) html.dataset.deckComplete = 'pending';
  const id = slideIdOf(location.hash);
  if (isReadingPage(location.search, matchMedia(options.readingMedia).matches, options))
    paintReadingPage(slides, chosen, mode, id, options, parts);
  else paintSlides(slides, chosen, mode, id, options);
  for (const t of document.querySelectorAll('template[data-deck], template[data-read-bar]')) t.remove();
}

/** The functions `paintFirstSlide` calls, declared by the inline script under their own names. */
const HELPERS = [
  chooseMode,
  storedChoice,
  isReadingPage,
  slideIdOf,
  frameGate,
  awaitFirstFont,
  fetchRest,
  afterPaint,
  revealScale,
  layOutSlides,
  placeRest,
  paintSlides,
  holdSection,
  paintReadingPage,
];

/** The inline script: the helpers as source text, then the first paint called with the deck's options and the reading page's parts. */
export function firstPaintScript(options: FirstPaintOptions, parts: ReadingParts): string {
  const reading = `{ column: ${parts.column}, chartSize: ${parts.chartSize}, keepRoom: ${parts.keepRoom} }`;
  // Built under tsx (the single-file build), a function's source calls esbuild's `__name` helper, which the page lacks.
  return `(() => { const __name = (f) => f; ${HELPERS.map(String).join('\n')}\n(${paintFirstSlide})(${JSON.stringify(options)}, ${reading}); })();`;
}
