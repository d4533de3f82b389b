/**
 * The built deck's slides as pictures, one PNG per slide in its final state
 * (`npm run export -- --format png`, scripts/export.ts): reveal.js's print
 * view lays every slide out at once with its charts finished, and each slide
 * is shot at `scale` times its 1280×720 (1920×1080 by default), in the deck's
 * own font, into `<out>/png/<mode>/<nn>-<slide-id>.png`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { revealConfig } from '../src/config.ts';
import { deckPage, foreignFonts, openPrintView, withDeckBrowser, writeWhole } from './export-browser.ts';

/** 1920×1080 from the 1280×720 slide. */
export const DEFAULT_SCALE = 1.5;

export interface PngOptions {
  dist: string;
  out: string;
  /** Display modes: each language, and the bilingual one. */
  modes: string[];
  scale: number;
  /** Slide ids to shoot; every slide when none. */
  slides?: string[];
  log: (line: string) => void;
}

export interface ExportedPngs {
  mode: string;
  dir: string;
  files: string[];
  width: number;
  height: number;
  seconds: number;
}

/** A slide's picture's name: its place in the deck (so the files sort as the deck runs) and its id. */
export const pictureName = (index: number, id: string) => `${String(index + 1).padStart(2, '0')}-${id}.png`;

async function exportMode(browser: Browser, base: string, mode: string, options: PngOptions): Promise<ExportedPngs> {
  const started = performance.now();
  options.log(`${mode}: loading…`);
  const width = Math.round((revealConfig.width! as number) * options.scale);
  const height = Math.round((revealConfig.height! as number) * options.scale);
  const deck = await deckPage(browser, mode, {
    viewport: { width: revealConfig.width as number, height: revealConfig.height as number },
    deviceScaleFactor: options.scale,
    reducedMotion: 'reduce',
  });
  try {
    const { page, step } = deck;
    // Page size = slide size, and no page numbers: a picture is the slide alone.
    await openPrintView(deck, base, { lang: mode, margin: '0', slideNumber: 'false' });
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides .pdf-page > section[id]')].map((s) => s.id),
    );
    const chosen = ids.flatMap((id, index) => (!options.slides || options.slides.includes(id) ? [{ id, index }] : []));
    const foreign = await foreignFonts(page, chosen.map(({ id }) => `section[id="${id}"]`).join(', '));
    if (foreign.length)
      throw new Error(`${mode}: text drawn in a font the deck does not ship: ${foreign.slice(0, 3).join('; ')}`);
    const dir = join(options.out, 'png', mode);
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const { id, index } of chosen) {
      const file = join(dir, pictureName(index, id));
      const shot = page.locator(`section[id="${id}"]`).screenshot({ animations: 'disabled', scale: 'device' });
      await step(`the slide ${id} was not shot`, shot);
      const png = await shot;
      // The size is in the PNG's header: its first chunk (IHDR) holds width and height.
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      if (w !== width || h !== height) throw new Error(`${mode}: ${id} came out ${w}×${h}, not ${width}×${height}`);
      writeWhole(file, png);
      files.push(file);
    }
    const seconds = (performance.now() - started) / 1000;
    options.log(`${mode}: ${files.length} pictures, ${width}×${height}, ${seconds.toFixed(1)} s`);
    return { mode, dir, files, width, height, seconds };
  } finally {
    await deck.close();
  }
}

export async function exportPngs(options: PngOptions): Promise<ExportedPngs[]> {
  return withDeckBrowser(options.dist, async (browser, base) => {
    const done: ExportedPngs[] = [];
    for (const mode of options.modes) done.push(await exportMode(browser, base, mode, options));
    return done;
  });
}
