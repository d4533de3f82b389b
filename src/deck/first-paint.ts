/**
 * The first paint, before any module of the deck has run. The page carries
 * the deck prerendered in each language, in `<template data-deck="<lang>">`;
 * this function, inlined into the page as source text right after them (and
 * allowed by its hash in the Content-Security-Policy), picks the mode the
 * deck will open in, moves that language's slides into `.slides`, shows the
 * slide the address names, and lays the slides out as reveal.js will, so
 * nothing moves when it starts. It must stay self-contained: no imports, no
 * helpers from outside its body.
 *
 * The mode is chosen as the deck's i18n does (`src/i18n/initial.ts`): a valid
 * `?lang=` wins and an invalid one opens the first mode; then the remembered
 * choice; then the browser's languages; then the first mode. The choice is
 * left as `data-mode` on `.slides` (or on the reading page, `.read`) for the deck's code to open in.
 */
export function paintFirstSlide(
  options: {
    modes: string[];
    param: string;
    storageKey: string;
    htmlLang: Record<string, string>;
    width: number;
    height: number;
    margin: number;
    minScale: number;
    maxScale: number;
    /** `?view=` names the view; `read` is the reading page, as is any screen matching `readingMedia` unless the link names a view. */
    viewParam: string;
    views: string[];
    readingMedia: string;
    /** What stands between two entries of the rest of the deck's markup. */
    entryMark?: string;
    /** The font family holding a first screen's characters (src/theme/deck.scss): the page is shown once it is in. */
    firstFont?: string;
    /** How long the page waits for that font at most, in milliseconds, before it is shown in another. */
    fontWaitMs?: number;
  },
  /** `readingColumn` of src/read/page.ts: the slides as the reading page's sections. */
  column: (entries: Element[]) => HTMLElement[],
  /** `phoneChartSize` of src/read/chart-size.ts: the room a chart takes on the reading page. */
  chartSize: (
    kind: never,
    facts: number,
    box: { width: number; height: number },
  ) => { width: number; height: number; scale: number },
  /** `keepChartRoom` of src/read/chart-size.ts: that room kept in the page. */
  keepRoom: (figure: HTMLElement, box: { width: number; height: number }, size: never) => void,
): void {
  const { modes } = options;
  const supported = (value: string | null | undefined) => {
    if (!value) return undefined;
    const lower = value.trim().toLowerCase();
    return modes.includes(lower) ? lower : modes.includes(lower.split('-')[0]!) ? lower.split('-')[0] : undefined;
  };
  const params = new URLSearchParams(location.search);
  let mode = params.has(options.param)
    ? modes.includes(params.get(options.param)!.trim().toLowerCase())
      ? params.get(options.param)!.trim().toLowerCase()
      : modes[0]
    : undefined;
  if (!mode) {
    try {
      const stored = localStorage.getItem(options.storageKey);
      mode = stored && modes.includes(stored) ? stored : undefined;
    } catch {
      // Storage may be unavailable (file://, private mode): the browser's languages decide.
    }
  }
  mode ??= navigator.languages.map(supported).find(Boolean) ?? supported(navigator.language) ?? modes[0]!;
  const language = mode.split('-')[0]!;

  const slides = document.querySelector<HTMLElement>('.reveal .slides');
  const templates = [...document.querySelectorAll<HTMLTemplateElement>('template[data-deck]')];
  const chosen = templates.find((t) => t.dataset.deck === language) ?? templates[0];
  if (!slides || !chosen) return;

  // The slide the address names (`#/<id>`), else the first, as reveal.js and the reading page read it.
  let id = '';
  try {
    id = decodeURIComponent(location.hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  } catch {
    // A malformed address opens the first slide, as reveal.js does.
  }

  // The page carries a first screen's slides; the rest of the language is a file of its own (`data-rest`),
  // fetched once the page is on screen (at once for a link to a slide further on) and placed by `place`.
  // `data-deck-complete` on <html> says where it is (pending, true, failed), with a `deckcomplete` event
  // when it changes from pending: the deck's modules wait for it, and render the rest themselves on failure.
  const rest = chosen.dataset.rest;
  const html = document.documentElement;
  /**
   * What the page's frame (the reading page, or reveal.js's) waits for before it is shown: the rest of the
   * deck, for a link to a slide further on; the first screen's font. Hidden meanwhile, it is laid out
   * but not seen, so nothing the reader sees moves when they come.
   */
  const waits = new Set<string>();
  let held: HTMLElement | undefined;
  const holdFrame = (frame: HTMLElement, what: string) => {
    held = frame;
    waits.add(what);
    frame.style.visibility = 'hidden';
  };
  const release = (what: string) => {
    waits.delete(what);
    if (held && !waits.size) held.style.visibility = '';
  };
  /**
   * The first screen's font, both weights: text set in another font first would move when it came.
   * Until it is in, it is the only face the page names (`data-font` on <html>, src/theme/deck.scss): text
   * laid out meanwhile, while the frame is hidden, would otherwise send for the whole font at once.
   */
  const awaitFont = (frame: HTMLElement) => {
    const family = options.firstFont;
    if (!family || !document.fonts) return;
    holdFrame(frame, 'font');
    html.dataset.font = 'first';
    let shown = false;
    const show = () => {
      if (shown) return;
      shown = true;
      delete html.dataset.font;
      release('font');
    };
    Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 1em "${family}"`))).then(show, show);
    setTimeout(show, options.fontWaitMs ?? 3000);
  };
  /**
   * Fetches the rest and places it: with a `budget`, an entry at a time (parsing included) for up to that
   * many milliseconds a task, so no one task holds the page long; without one, all at once.
   */
  const fetchRest = (place: (fragment: DocumentFragment) => void, budget?: number) => {
    if (!rest) return;
    const done = (state: string) => {
      html.dataset.deckComplete = state;
      // Shown even without the rest: the deck's modules render it themselves then.
      release('rest');
      dispatchEvent(new Event('deckcomplete'));
    };
    fetch(rest)
      .then((response) => {
        if (!response.ok) throw new Error(`${rest}: ${response.status}`);
        return response.text();
      })
      .then(
        (markup) =>
          new Promise<void>((resolve, reject) => {
            const entries = options.entryMark ? markup.split(options.entryMark) : [markup];
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
        () => done('true'),
        () => done('failed'),
      );
  };
  if (rest) html.dataset.deckComplete = 'pending';
  /** Off screen, the rest is placed in tasks of about this many milliseconds (a phone's CPU takes several times longer). */
  const PLACING_BUDGET_MS = 5;
  // Once the first screen is painted (the next frame; or soon, where no frame comes, in a tab opened behind).
  const afterPaint = (work: () => void) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      work();
    };
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, 1000);
  };
  /** Whether the address names a slide the page does not carry yet: then nothing is shown until it comes. */
  const waitsForRest = () => Boolean(rest && id && !document.getElementById(id));

  // The reading page (src/read/, as `viewFromQuery` and `isReadingView` in src/config.ts decide) takes the place
  // of reveal.js's frame and never starts reveal.js: built here from the same slides, it is painted at once too.
  const printOrPreview = params.has('print-pdf') || params.has('receiver');
  const viewAsked = params.get(options.viewParam)?.trim().toLowerCase();
  const view = printOrPreview ? 'slides' : options.views.find((v) => v === viewAsked);
  if (view === 'read' || view === 'long' || (view === undefined && matchMedia(options.readingMedia).matches)) {
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
    for (const t of document.querySelectorAll('template[data-deck], template[data-read-bar]')) t.remove();
    html.classList.remove('reveal-full-page');
    document.body.classList.remove('reveal-viewport');
    html.classList.add('read-view');
    html.lang = options.htmlLang[language] ?? language;
    /**
     * Sections into the column; with `withRoom`, each chart's room kept before it is drawn, so nothing below
     * it moves when it is (widths read first, then written: one layout). Sections placed off screen leave it
     * to the page's code, which keeps it as a chart comes near (they are not laid out until then).
     */
    const place = (fragment: DocumentFragment, withRoom = true) => {
      const added = column([...fragment.children]);
      main.append(...added);
      if (!withRoom) return;
      const figures = added.flatMap((section) => [...section.querySelectorAll<HTMLElement>('figure[data-chart]')]);
      const widths = figures.map((figure) => figure.clientWidth);
      figures.forEach((figure, i) => keepRoom(figure, { width: widths[i]!, height: innerHeight }, chartSize as never));
    };
    // A linked section is put under the bar and held there for the first frames, while the sections
    // around it are laid out for the first time (their room is only estimated until then), unless the reader moves first.
    let moved = false;
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'])
      addEventListener(type, () => (moved = true), { once: true, passive: true });
    const land = () => {
      const target = id ? document.getElementById(id) : null;
      if (!target || !main.contains(target)) return;
      const hold = (frames: number) => {
        if (moved) return;
        const off = target.getBoundingClientRect().top - bar.getBoundingClientRect().bottom;
        if (Math.abs(off) > 1) scrollBy(0, off);
        if (frames > 0) requestAnimationFrame(() => hold(frames - 1));
      };
      hold(30);
    };
    awaitFont(page);
    place(chosen.content);
    if (waitsForRest()) {
      holdFrame(page, 'rest');
      fetchRest((fragment) => {
        place(fragment);
        land();
        release('rest');
      });
    } else {
      land();
      afterPaint(() => fetchRest((fragment) => place(fragment, false), PLACING_BUDGET_MS));
    }
    return;
  }
  slides.append(chosen.content);
  slides.dataset.mode = mode;
  slides.dataset.prerendered = chosen.dataset.deck;
  for (const t of document.querySelectorAll('template[data-deck], template[data-read-bar]')) t.remove();
  html.lang = options.htmlLang[language] ?? language;

  // reveal.js's print view lays out every slide itself, from slides it has not marked.
  if (/[?&]print-pdf\b/.test(location.search)) return fetchRest((fragment) => slides.append(fragment));

  const root = slides.closest<HTMLElement>('.reveal')!;
  const layOut = () => {
    // reveal.js marks the slide the address names the same way.
    const named = id ? document.getElementById(id) : null;
    let present = named && slides.contains(named) && named.matches('section') ? named : slides.querySelector('section');
    if (present?.dataset.stack !== undefined) present = present.querySelector('section');
    for (let s: Element | null = present; s && s !== slides; s = s.parentElement) s.classList.add('present');
    // Only the present slide is laid out, as reveal.js will hide every other one: the theme
    // shows any slide without an inline `display: none`.
    for (const section of slides.querySelectorAll<HTMLElement>('section'))
      section.style.display = section.classList.contains('present') ? 'block' : 'none';

    // reveal.js's layout: the slide scaled to fit the viewport with a margin, centred. On a
    // phone, reveal.js's scrolling view shows the first page at this same place and scale.
    const width = root.offsetWidth;
    const height = root.offsetHeight;
    let scale = Math.min(
      (width - width * options.margin) / options.width,
      (height - height * options.margin) / options.height,
    );
    scale = Math.round(Math.min(Math.max(scale, options.minScale), options.maxScale) * 100) / 100;
    Object.assign(slides.style, { width: `${options.width}px`, height: `${options.height}px` });
    if (scale !== 1)
      Object.assign(slides.style, {
        left: '50%',
        top: '50%',
        bottom: 'auto',
        right: 'auto',
        transform: `translate(-50%, -50%) scale(${scale})`,
      });
  };
  awaitFont(root);
  if (waitsForRest()) {
    holdFrame(root, 'rest');
    fetchRest((fragment) => {
      slides.append(fragment);
      layOut();
      release('rest');
    });
  } else {
    layOut();
    afterPaint(() =>
      fetchRest((fragment) => {
        const added = [...fragment.querySelectorAll<HTMLElement>('section')];
        for (const section of added) section.style.display = 'none';
        slides.append(fragment);
      }, PLACING_BUDGET_MS),
    );
  }
}
