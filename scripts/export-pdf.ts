/**
 * The built deck as PDF, one file per language, through reveal.js's print
 * view in Chromium (`npm run export`, scripts/export.ts).
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  deckPage,
  finish,
  openPrintView,
  removeUnfinished,
  size,
  unfinishedName,
  withDeckBrowser,
} from './export-browser.ts';

export { size };

export interface ExportOptions {
  /** The built deck (`npm run build`). */
  dist: string;
  out: string;
  /** Languages to export; by default every language of the report. */
  languages: string[];
  /** Also write a copy with each slide's speaker notes on the page after it. */
  notes: boolean;
  log: (line: string) => void;
}

export interface ExportedPdf {
  file: string;
  language: string;
  notes: boolean;
  pages: number;
  bytes: number;
  seconds: number;
}

/** The page size reveal.js asked for in its `@page` rule, so the PDF has exactly one page per slide. */
export async function pageSize(page: Page): Promise<{ width: number; height: number }> {
  const size = await page.evaluate(() => {
    let found = '';
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSPageRule && rule.style.getPropertyValue('size'))
          found = rule.style.getPropertyValue('size');
    }
    return found;
  });
  const match = /^([\d.]+)px ([\d.]+)px$/.exec(size.trim());
  if (!match) throw new Error(`reveal.js set no @page size in px (found "${size}")`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Pages in a PDF written by Chromium, whose page objects are not compressed. */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function exportOne(
  browser: Browser,
  base: string,
  language: string,
  notes: boolean,
  options: ExportOptions,
): Promise<ExportedPdf> {
  const label = notes ? `${language} (notes)` : language;
  const started = performance.now();
  options.log(`${label}: loading…`);
  const deck = await deckPage(browser, label, { viewport: { width: 1280, height: 720 } });
  const file = join(options.out, `deck.${language}${notes ? '.notes' : ''}.pdf`);
  const tmp = unfinishedName(file);
  try {
    const { page, step } = deck;
    // reveal.js reads its settings from the query: margin=0 makes the PDF page the slide's own 1280×720.
    await openPrintView(deck, base, {
      lang: language,
      margin: '0',
      ...(notes ? { showNotes: 'separate-page' } : {}),
    });
    const expected = await page.evaluate(
      () =>
        document.querySelectorAll(
          '.reveal .slides .pdf-page, .reveal .slides .speaker-notes-pdf[data-layout="separate-page"]',
        ).length,
    );
    options.log(`${label}: printing ${expected} pages…`);
    const { width, height } = await pageSize(page);
    await step(
      'the PDF was not printed',
      page.pdf({
        path: tmp,
        width: `${width}px`,
        height: `${height}px`,
        printBackground: true,
        preferCSSPageSize: true,
      }),
    );
    const pages = countPdfPages(readFileSync(tmp));
    if (pages !== expected)
      throw new Error(`${label}: the PDF has ${pages} pages for ${expected} deck pages (blank or split pages)`);
    finish(tmp, file);
    const bytes = statSync(file).size;
    const seconds = (performance.now() - started) / 1000;
    options.log(`${label}: ${pages} pages, ${size(bytes)}, ${seconds.toFixed(1)} s`);
    return { file, language, notes, pages, bytes, seconds };
  } finally {
    removeUnfinished(tmp);
    await deck.close();
  }
}

export async function exportPdfs(options: ExportOptions): Promise<ExportedPdf[]> {
  mkdirSync(options.out, { recursive: true });
  return withDeckBrowser(options.dist, async (browser, base) => {
    const done: ExportedPdf[] = [];
    for (const language of options.languages) {
      done.push(await exportOne(browser, base, language, false, options));
      if (options.notes) done.push(await exportOne(browser, base, language, true, options));
    }
    return done;
  });
}
