/**
 * The browser beyond the deck's own DOM: the address, storage and media
 * queries. Controllers get it passed in, so a test can hand them its own.
 */
export interface Environment {
  /** The address's query string, read once as the deck opens. */
  readonly query: DeckQuery;
  /** Sets one query parameter in the address bar, keeping the slide hash and adding no history entry. */
  setQueryParam(name: string, value: string): void;
  /** Remembers a value for the next visit; silently does nothing where storage is unavailable (private mode, file://). */
  store(key: string, value: string): void;
  /** Called when another window of the deck stores a value; returns what stops it. */
  onStored(listener: (key: string, value: string) => void): () => void;
  /** The reader asked the system for less motion. */
  prefersReducedMotion(): boolean;
  /** Whether the screen matches a media query now. */
  matchesMedia(query: string): boolean;
}

/** The query parameters the deck understands, trimmed and lower-cased; unknown ones are ignored. */
export interface DeckQuery {
  /** `?lang=`: present (perhaps empty) or absent. */
  lang?: string;
  /** `?view=` */
  view?: string;
  /** reveal.js's speaker view opens its slide previews with `?receiver`. */
  receiver: boolean;
  /** reveal.js's print view, `?print-pdf`. */
  printPdf: boolean;
}

export function parseQuery(search: string): DeckQuery {
  const params = new URLSearchParams(search);
  const read = (name: string) => params.get(name)?.trim().toLowerCase();
  const lang = read('lang');
  const view = read('view');
  return {
    ...(lang !== undefined ? { lang } : {}),
    ...(view !== undefined ? { view } : {}),
    receiver: params.has('receiver'),
    printPdf: params.has('print-pdf'),
  };
}

export function browserEnvironment(win: Window = window): Environment {
  return {
    query: parseQuery(win.location.search),
    setQueryParam(name, value) {
      const url = new URL(win.location.href);
      url.searchParams.set(name, value);
      win.history.replaceState(win.history.state, '', url);
    },
    store(key, value) {
      try {
        win.localStorage.setItem(key, value);
      } catch {
        // The address still carries what matters most (the language).
      }
    },
    onStored(listener) {
      const stored = (event: StorageEvent) => {
        if (event.key && event.newValue !== null) listener(event.key, event.newValue);
      };
      win.addEventListener('storage', stored);
      return () => win.removeEventListener('storage', stored);
    },
    prefersReducedMotion: () => win.matchMedia('(prefers-reduced-motion: reduce)').matches,
    matchesMedia: (query) => win.matchMedia(query).matches,
  };
}
