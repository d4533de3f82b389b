/**
 * The built deck as PDF, one file per language, through reveal.js's print
 * view in Chromium (`npm run export`, scripts/export.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { PreviewServer } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** A step that waits longer than this has hung (a font that never loads, a chart that never finishes). */
const STEP_TIMEOUT = 60_000;

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

export const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Resolves when reveal.js has laid the deck out as pages, the fonts are in and
 * every chart and counting figure stands in its final state; rejects on the
 * first page error, so a broken deck fails fast instead of timing out.
 */
async function printReady(page: Page, label: string, failure: Promise<never>): Promise<void> {
  const step = async (what: string, wait: Promise<unknown>) => {
    try {
      await Promise.race([wait, failure]);
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new Error(`${label}: ${what} within ${STEP_TIMEOUT / 1000} s`);
    }
  };
  await step(
    'reveal.js laid out no pages',
    page.waitForFunction(() => document.documentElement.dataset['pdfReady'] === 'true', undefined, {
      timeout: STEP_TIMEOUT,
    }),
  );
  await step(
    'the fonts did not load',
    page.evaluate(() => document.fonts.ready.then(() => undefined)),
  );
  await step(
    'charts or figures did not reach their final state',
    page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-chart-state], [data-count-state]')].every(
          (e) => (e.dataset['chartState'] ?? e.dataset['countState']) === 'done',
        ),
      undefined,
      { timeout: STEP_TIMEOUT },
    ),
  );
}

/** The page size reveal.js asked for in its `@page` rule, so the PDF has exactly one page per slide. */
async function pageSize(page: Page): Promise<{ width: number; height: number }> {
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

/** Files being written: a PDF exists under its final name only once it is complete, even after Ctrl-C. */
const unfinished = new Set<string>();
function removeUnfinished(file: string) {
  if (existsSync(file)) unlinkSync(file);
  unfinished.delete(file);
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const tmp = join(options.out, `.deck.${language}${notes ? '.notes' : ''}.${process.pid}.pdf.part`);
  unfinished.add(tmp);
  try {
    const page = await context.newPage();
    const failure = new Promise<never>((_, reject) => {
      page.on('pageerror', (error) => reject(new Error(`${label}: page error: ${error.message.split('\n')[0]}`)));
      page.on('console', (message) => {
        if (message.type() === 'error') reject(new Error(`${label}: console error: ${message.text().split('\n')[0]}`));
      });
    });
    failure.catch(() => undefined);
    // reveal.js may announce pdf-ready before any later script could listen, so listen from the start; the event bubbles to the document.
    await page.addInitScript(() =>
      document.addEventListener('pdf-ready', () => (document.documentElement.dataset['pdfReady'] = 'true')),
    );
    // reveal.js reads its settings from the query: margin=0 makes the PDF page the slide's own 1280×720.
    const query = new URLSearchParams({
      lang: language,
      margin: '0',
      ...(notes ? { showNotes: 'separate-page' } : {}),
    });
    await Promise.race([page.goto(`${base}?print-pdf&${query}`), failure]);
    await printReady(page, label, failure);

    const expected = await page.evaluate(
      () =>
        document.querySelectorAll(
          '.reveal .slides .pdf-page, .reveal .slides .speaker-notes-pdf[data-layout="separate-page"]',
        ).length,
    );
    options.log(`${label}: printing ${expected} pages…`);
    const { width, height } = await pageSize(page);
    await Promise.race([
      page.pdf({
        path: tmp,
        width: `${width}px`,
        height: `${height}px`,
        printBackground: true,
        preferCSSPageSize: true,
      }),
      failure,
    ]);

    const pages = countPdfPages(readFileSync(tmp));
    if (pages !== expected)
      throw new Error(`${label}: the PDF has ${pages} pages for ${expected} deck pages (blank or split pages)`);
    const file = join(options.out, `deck.${language}${notes ? '.notes' : ''}.pdf`);
    renameSync(tmp, file);
    const bytes = statSync(file).size;
    const seconds = (performance.now() - started) / 1000;
    options.log(`${label}: ${pages} pages, ${size(bytes)}, ${seconds.toFixed(1)} s`);
    return { file, language, notes, pages, bytes, seconds };
  } finally {
    removeUnfinished(tmp);
    await context.close();
  }
}

/** Serves the built deck on a free loopback port for as long as the export runs. */
async function serve(dist: string): Promise<PreviewServer> {
  const { preview } = await import('vite');
  return preview({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
}

export async function exportPdfs(options: ExportOptions): Promise<ExportedPdf[]> {
  // Loaded here, not with the module: the PowerPoint export shares its options and needs neither Playwright nor Vite, a second or two of loading.
  const [{ chromium }, { CHROMIUM_ARGS, findChromium }] = await Promise.all([
    import('@playwright/test'),
    import('../e2e/support/browser.ts'),
  ]);
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    throw new Error((error as Error).message);
  }
  mkdirSync(options.out, { recursive: true });

  const server = await serve(options.dist);
  let browser: Browser | undefined;
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('the preview server reported no address');
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
      throw new Error(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`);
    }
    const done: ExportedPdf[] = [];
    for (const language of options.languages) {
      done.push(await exportOne(browser, base, language, false, options));
      if (options.notes) done.push(await exportOne(browser, base, language, true, options));
    }
    return done;
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** Removes the PDFs still being written, so an interrupted export leaves no half-written file. */
export function removeUnfinishedPdfs(): void {
  unfinished.forEach(removeUnfinished);
}
