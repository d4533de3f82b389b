import { READING_MEDIA, revealConfig, VIEWS } from '../config.ts';
import { LANGUAGE_PARAM, LANGUAGE_STORAGE_KEY } from '../i18n/initial.ts';
import { conventionsOf } from '../i18n/engine.ts';
import { modesOf } from '../i18n/modes.ts';
import type { FirstPaintOptions } from './first-paint.ts';

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
