import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import type { Plugin } from 'vite';
import type { Payload } from '../deck/payload.ts';
import { createI18n } from '../i18n/create.ts';
import { renderDeck } from '../render/slides.ts';
import { firstPaintScript } from '../deck/first-paint.ts';
import type { FirstPaintOptions } from '../deck/first-paint-options.ts';
import { readingBarContent, readingColumn } from '../read/page.ts';
import { keepChartRoom, phoneChartSize } from '../read/chart-size.ts';

export interface Prerendered {
  /** The `.slides` markup of the deck in each language of the report: its first screen (`head`) and the rest. */
  markup: Record<string, { head: string; rest: string }>;
  /** The reading page's bar (title, language toggle) in each language. */
  readingBar: Record<string, string>;
  /** Every character a first screen shows (the first slide; the reading page's bar and first sections), in any language: what the first paint's font needs. */
  firstSlideText: string;
}

/**
 * The reading page's sections a tall phone's first screen reaches into, with those the browser lays out
 * near it as the page loads (content-visibility: auto renders sections up to about a screen and a half
 * beyond the screen: on a 412×823 phone, the first seven): the first screen's font covers them all, so
 * none sends for the whole font while the page loads. Past the second, they add little to it.
 */
const FIRST_SCREEN_SECTIONS = 7;
/** Between two entries of the rest of the deck (a comment, which the first paint splits it at). */
export const ENTRY_MARK = '<!--entry-->';
/** The deck's entries (slides, or stacks of them) the page itself carries: a first screen's worth on a phone or a laptop. */
const FIRST_SCREEN_ENTRIES = 2;

/**
 * The deck's slides rendered at build time by the browser's own renderer
 * (`src/render/slides.ts`), in a jsdom document standing in for the page's,
 * once per language of the report.
 */
export async function prerenderDeck(payload: Payload): Promise<Prerendered> {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const global = globalThis as { document?: Document };
  const before = global.document;
  global.document = window.document;
  try {
    const languages = payload.meta.languages;
    const markup: Record<string, { head: string; rest: string }> = {};
    const readingBar: Record<string, string> = {};
    let firstSlideText = '';
    for (const language of languages) {
      const i18n = await createI18n(payload.resources, languages, language);
      // Speaker notes are for the presenter, not the first paint: the deck fills them in as it starts.
      const sections = renderDeck({ payload, i18n }, { notes: false });
      const html = sections.map((section) => section.outerHTML);
      // The rest's entries apart by a comment, so the first paint can parse and place a few at a time.
      markup[language] = {
        head: html.slice(0, FIRST_SCREEN_ENTRIES).join(''),
        rest: html.slice(FIRST_SCREEN_ENTRIES).join(ENTRY_MARK),
      };
      const bar = readingBarContent({ payload, i18n });
      readingBar[language] = bar.map((element) => element.outerHTML).join('');
      // What a first screen shows: the first slide, or on the reading page its bar and first sections.
      const column = readingColumn(sections.map((section) => section.cloneNode(true) as HTMLElement));
      firstSlideText += [...bar, ...column.slice(0, FIRST_SCREEN_SECTIONS)]
        .map((element) => element.textContent)
        .join('');
    }
    return { markup, readingBar, firstSlideText };
  } finally {
    global.document = before;
    window.close();
  }
}

/**
 * Puts the prerendered deck into index.html, one inert `<template>` per
 * language, followed by the inline script that moves the chosen language's
 * slides into `.slides` (or builds the reading page from them) and lays them
 * out before the page's modules load (`src/deck/first-paint.ts`): the first
 * screen is painted from the HTML alone. The page carries only a first
 * screen's slides; the rest of each language is a file of its own
 * (`assets/deck-<language>-<hash>.html`, named by the template's `data-rest`),
 * which the first paint fetches once the page is on screen, or at once for a
 * link to a slide further on. A single-file build carries every slide inline.
 */
export function prerenderPlugin(options: {
  prerendered: () => Promise<Prerendered>;
  firstPaint: FirstPaintOptions;
}): Plugin {
  let inlineAll = false;
  const restFiles = new Map<string, { fileName: string; source: string }>();
  return {
    name: 'deck-prerender',
    configResolved(config) {
      inlineAll = config.command === 'serve' || config.plugins.some((plugin) => plugin.name === 'deck-single-file');
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { markup, readingBar } = await options.prerendered();
        const templates = Object.entries(markup).map(([language, { head, rest }]) => {
          if (inlineAll) return `<template data-deck="${language}">${head}${rest}</template>`;
          const fileName = `assets/deck-${language}-${createHash('sha256').update(rest).digest('hex').slice(0, 10)}.html`;
          restFiles.set(language, { fileName, source: rest });
          return `<template data-deck="${language}" data-rest="./${fileName}">${head}</template>`;
        });
        const bars = Object.entries(readingBar).map(
          ([language, bar]) => `<template data-read-bar="${language}">${bar}</template>`,
        );
        const script = `<script>${firstPaintScript(
          { ...options.firstPaint, entryMark: ENTRY_MARK },
          { column: readingColumn, chartSize: phoneChartSize, keepRoom: keepChartRoom },
        )}</script>`;
        const anchor = /<!--\s*prerendered deck\s*-->/;
        if (!anchor.test(html)) throw new Error('index.html has no <!-- prerendered deck --> for the slides');
        return html.replace(anchor, () => `${[...templates, ...bars].join('\n    ')}\n    ${script}`);
      },
    },
    generateBundle() {
      for (const { fileName, source } of restFiles.values()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
