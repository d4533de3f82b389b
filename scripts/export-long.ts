/**
 * The long picture (一图读懂, `npm run export -- --format long`,
 * scripts/export.ts): the reading page's column as `?view=long` builds it
 * (the composition's chosen slides under a header, over a footer with the
 * deck's link), 750 CSS px wide at 2× pixels, every chart final, as
 * `<out>/long.<mode>.png` (numbered parts `long.<mode>.<n>.png` when taller
 * than `MAX_PART_PIXELS`, cut between sections) and `<out>/long.<mode>.pdf`,
 * one page per part.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { LINK_PARAM } from '../src/config.ts';
import {
  chartsFinal,
  deckPage,
  finish,
  fontsLoaded,
  foreignFonts,
  removeUnfinished,
  STEP_TIMEOUT,
  unfinishedName,
  withDeckBrowser,
  writeWhole,
} from './export-browser.ts';

/** The column's width in CSS pixels, as the long pictures of government reports are laid out. */
export const LONG_WIDTH = 750;
export const LONG_SCALE = 2;
/** The tallest picture a chat app shows whole: a longer column is cut into parts no taller than this. */
export const MAX_PART_PIXELS = 20_000;
/** The screen the column is laid out on: a phone's, so charts take a phone's proportions. */
const SCREEN_HEIGHT = 1334;

export interface LongOptions {
  dist: string;
  out: string;
  modes: string[];
  /** The deck's public address, for the footer's link and QR code. */
  url?: string;
  log: (line: string) => void;
}

export interface ExportedLong {
  mode: string;
  pictures: string[];
  pdf: string;
  /** Heights of the parts, in pixels. */
  heights: number[];
  seconds: number;
}

/**
 * Where to cut a column `total` high into parts of at most `max`, given where
 * its blocks start: at the last block start that fits, or mid-block where a
 * block alone is taller than a part. Returns each part as [top, bottom).
 */
export function cutParts(starts: number[], total: number, max: number): [number, number][] {
  const parts: [number, number][] = [];
  let top = 0;
  while (total - top > max) {
    const fits = starts.filter((start) => start > top && start - top <= max);
    const bottom = fits.length ? fits.at(-1)! : top + max;
    parts.push([top, bottom]);
    top = bottom;
  }
  parts.push([top, total]);
  return parts;
}

/** Brings each chart near the screen in turn, so the page draws it, and waits until all are final. */
async function drawEveryChart(page: Page): Promise<void> {
  const figures = page.locator('.read-main figure[data-chart], .read-main [data-countup]');
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
  await chartsFinal(page, '.read-main');
  // Once the font is in, each chart says whether its names fit beside its bars, or it shows as its table instead.
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLElement>('.read-main figure[data-chart]')].every((f) => f.dataset['fits']),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  await page.evaluate(() => scrollTo(0, 0));
}

async function exportMode(browser: Browser, base: string, mode: string, options: LongOptions): Promise<ExportedLong> {
  const started = performance.now();
  options.log(`long ${mode}: loading…`);
  const deck = await deckPage(browser, `long ${mode}`, {
    viewport: { width: LONG_WIDTH, height: SCREEN_HEIGHT },
    deviceScaleFactor: LONG_SCALE,
    reducedMotion: 'reduce',
  });
  const pdf = join(options.out, `long.${mode}.pdf`);
  const tmp = unfinishedName(pdf);
  try {
    const { page, step, failure } = deck;
    const query = new URLSearchParams({
      view: 'long',
      lang: mode,
      ...(options.url ? { [LINK_PARAM]: options.url } : {}),
    });
    await Promise.race([page.goto(`${base}?${query}`), failure]);
    await step(
      'the long picture was not built',
      page.waitForSelector('.read[data-ready="true"][data-long="ready"]', { state: 'attached', timeout: STEP_TIMEOUT }),
    );
    await step('charts or figures did not reach their final state', drawEveryChart(page));
    await step('the fonts did not load', fontsLoaded(page));
    const foreign = await foreignFonts(page, '.read-main');
    if (foreign.length)
      throw new Error(`long ${mode}: text drawn in a font the deck does not ship: ${foreign.slice(0, 3).join('; ')}`);

    const { starts, total } = await page.evaluate(() => ({
      starts: [...document.querySelectorAll('.read-main > *')].map((e) => e.getBoundingClientRect().top + scrollY),
      total: document.documentElement.scrollHeight,
    }));
    const parts = cutParts(
      starts.map((s) => Math.round(s)),
      total,
      MAX_PART_PIXELS / LONG_SCALE,
    );
    const pictures: string[] = [];
    for (const [i, [top, bottom]] of parts.entries()) {
      const file = join(options.out, parts.length === 1 ? `long.${mode}.png` : `long.${mode}.${i + 1}.png`);
      const shot = page.screenshot({
        fullPage: true,
        clip: { x: 0, y: top, width: LONG_WIDTH, height: bottom - top },
        animations: 'disabled',
      });
      await step(`part ${i + 1} was not shot`, shot);
      writeWhole(file, await shot);
      pictures.push(file);
    }

    // The PDF: the same column, a page per part, each cut where the picture is.
    await page.evaluate(
      (cuts) => {
        for (const element of document.querySelectorAll<HTMLElement>('.read-main > *')) {
          const top = Math.round(element.getBoundingClientRect().top + scrollY);
          if (cuts.includes(top)) element.style.breakBefore = 'page';
        }
      },
      parts.slice(1).map(([top]) => top),
    );
    const tallest = Math.max(...parts.map(([top, bottom]) => bottom - top));
    await step(
      'the PDF was not printed',
      page.pdf({ path: tmp, width: `${LONG_WIDTH}px`, height: `${tallest + 1}px`, printBackground: true }),
    );
    finish(tmp, pdf);

    const heights = parts.map(([top, bottom]) => (bottom - top) * LONG_SCALE);
    const seconds = (performance.now() - started) / 1000;
    options.log(
      `long ${mode}: ${LONG_WIDTH * LONG_SCALE}×${heights.join(' + ')} px, ${Math.round(statSync(pdf).size / 1024)} KB PDF, ${seconds.toFixed(1)} s`,
    );
    return { mode, pictures, pdf, heights, seconds };
  } finally {
    removeUnfinished(tmp);
    await deck.close();
  }
}

export async function exportLong(options: LongOptions): Promise<ExportedLong[]> {
  mkdirSync(options.out, { recursive: true });
  return withDeckBrowser(options.dist, async (browser, base) => {
    const done: ExportedLong[] = [];
    for (const mode of options.modes) done.push(await exportMode(browser, base, mode, options));
    return done;
  });
}
