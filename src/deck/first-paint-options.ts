import { READING_MEDIA, revealConfig, VIEWS } from '../config.ts';
import { LANGUAGE_PARAM, LANGUAGE_STORAGE_KEY } from '../i18n/initial.ts';
import { conventionsOf } from '../i18n/engine.ts';
import { modesOf } from '../i18n/modes.ts';

export interface FirstPaintOptions {
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
  /** Off screen, the rest of the deck is placed in tasks of about this many milliseconds. */
  placingBudgetMs: number;
}

/** What the reading page takes from src/read/: its sections, and a chart's room kept before it is drawn. */
export interface ReadingParts {
  /** `readingColumn` of src/read/page.ts: the slides as the reading page's sections. */
  column: (entries: Element[]) => HTMLElement[];
  /** `phoneChartSize` of src/read/chart-size.ts: the room a chart takes on the reading page. */
  chartSize: (
    kind: never,
    facts: number,
    box: { width: number; height: number },
  ) => { width: number; height: number; scale: number };
  /** `keepChartRoom` of src/read/chart-size.ts: that room kept in the page. */
  keepRoom: (figure: HTMLElement, box: { width: number; height: number }, size: never) => void;
}

/** What the first paint needs to choose and lay out as the deck will: its modes, the language parameter and storage, reveal.js's layout settings. */
export function firstPaintOptions(languages: string[]): FirstPaintOptions {
  return {
    modes: modesOf(languages),
    param: LANGUAGE_PARAM,
    storageKey: LANGUAGE_STORAGE_KEY,
    htmlLang: Object.fromEntries(languages.map((language) => [language, conventionsOf(language).tag])),
    width: Number(revealConfig.width),
    height: Number(revealConfig.height),
    margin: revealConfig.margin ?? 0.04,
    // reveal.js's defaults, which the deck does not change.
    minScale: revealConfig.minScale ?? 0.2,
    maxScale: revealConfig.maxScale ?? 2,
    viewParam: 'view',
    views: [...VIEWS],
    readingMedia: READING_MEDIA,
    // The face src/theme/deck.scss names first in --deck-font, cut to a first screen's characters.
    firstFont: 'Deck Sans First',
    // As long as a browser hides text for a font-display: block face.
    fontWaitMs: 3000,
    // A phone's CPU takes several times longer than a laptop's.
    placingBudgetMs: 5,
  };
}
