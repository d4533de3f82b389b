/**
 * What every export that goes through the built deck in Chromium shares
 * (PDF, slide pictures, the long picture): the deck served on loopback, one
 * browser, a page that fails fast on the deck's errors, the waits for
 * reveal.js's print view and for every chart's final state, the check that
 * every glyph is drawn in the deck's own font, and files written whole.
 */
import { existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import type { PreviewServer } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** A step that waits longer than this has hung (a font that never loads, a chart that never finishes). */
export const STEP_TIMEOUT = 60_000;

export const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Files being written: a file exists under its final name only once it is complete, even after Ctrl-C. */
const unfinished = new Set<string>();

/** A name to write `file` under until it is complete. */
export function unfinishedName(file: string): string {
  const tmp = `${file}.${process.pid}.part`;
  unfinished.add(tmp);
  return tmp;
}

/** Gives a file written under its unfinished name its final name. */
export function finish(tmp: string, file: string): void {
  renameSync(tmp, file);
  unfinished.delete(tmp);
}

/** Writes a file whole: under a temporary name first, renamed once written. */
export function writeWhole(file: string, data: Buffer): void {
  const tmp = unfinishedName(file);
  try {
    writeFileSync(tmp, data);
    finish(tmp, file);
  } finally {
    removeUnfinished(tmp);
  }
}

/** Removes a file left unfinished by a failed step. */
export function removeUnfinished(file: string): void {
  if (existsSync(file)) unlinkSync(file);
  unfinished.delete(file);
}

/** Removes the files still being written, so an interrupted export leaves no half-written file. */
export function removeUnfinishedFiles(): void {
  unfinished.forEach(removeUnfinished);
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

/** The built deck served, and a Chromium to open it in, for as long as `work` runs. */
export async function withDeckBrowser<T>(dist: string, work: (browser: Browser, base: string) => Promise<T>) {
  // Loaded here, not with the module: the PowerPoint export needs neither Playwright nor Vite, a second or two of loading.
  const [{ chromium }, { CHROMIUM_ARGS, findChromium }] = await Promise.all([
    import('@playwright/test'),
    import('../e2e/support/browser.ts'),
  ]);
  const executablePath = findChromium();
  const server = await serve(dist);
  let browser: Browser | undefined;
  try {
    const base = server.resolvedUrls?.local[0];
    if (!base) throw new Error('the preview server reported no address');
    try {
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    } catch (error) {
      throw new Error(`Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`);
    }
    return await work(browser, base);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** A page of the deck and a promise that rejects on its first error, so a broken deck fails fast instead of timing out. */
export interface DeckPage {
  page: Page;
  failure: Promise<never>;
  /** Waits for `wait`, failing on the page's first error, or with `what` once it times out. */
  step: (what: string, wait: Promise<unknown>) => Promise<void>;
  close: () => Promise<void>;
}

export async function deckPage(browser: Browser, label: string, options: BrowserContextOptions): Promise<DeckPage> {
  // A service worker would only cache what this one visit loads.
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const failure = new Promise<never>((_, reject) => {
    page.on('pageerror', (error) => reject(new Error(`${label}: page error: ${error.message.split('\n')[0]}`)));
    page.on('console', (message) => {
      if (message.type() === 'error') reject(new Error(`${label}: console error: ${message.text().split('\n')[0]}`));
    });
  });
  failure.catch(() => undefined);
  const step = async (what: string, wait: Promise<unknown>) => {
    try {
      await Promise.race([wait, failure]);
    } catch (error) {
      if ((error as Error).name !== 'TimeoutError') throw error;
      throw new Error(`${label}: ${what} within ${STEP_TIMEOUT / 1000} s`);
    }
  };
  return { page, failure, step, close: () => context.close() };
}

/** Resolves once every chart and counting figure in `scope` stands in its final state. */
export function chartsFinal(page: Page, scope = 'html'): Promise<unknown> {
  return page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll<HTMLElement>(`${selector} :is([data-chart-state], [data-count-state])`)].every(
        (e) => (e.dataset['chartState'] ?? e.dataset['countState']) === 'done',
      ),
    scope,
    { timeout: STEP_TIMEOUT },
  );
}

/**
 * Opens reveal.js's print view (`?print-pdf` and `query`) and resolves when it
 * has laid the deck out as pages, the fonts are in and every chart and
 * counting figure stands in its final state.
 */
export async function openPrintView(deck: DeckPage, base: string, query: Record<string, string>): Promise<void> {
  const { page, step, failure } = deck;
  // reveal.js may announce pdf-ready before any later script could listen, so listen from the start; the event bubbles to the document.
  await page.addInitScript(() =>
    document.addEventListener('pdf-ready', () => (document.documentElement.dataset['pdfReady'] = 'true')),
  );
  await Promise.race([page.goto(`${base}?print-pdf&${new URLSearchParams(query)}`), failure]);
  await step(
    'reveal.js laid out no pages',
    page.waitForFunction(() => document.documentElement.dataset['pdfReady'] === 'true', undefined, {
      timeout: STEP_TIMEOUT,
    }),
  );
  await step('charts or figures did not reach their final state', chartsFinal(page));
  await step('the fonts did not load', fontsLoaded(page));
}

/**
 * Resolves once every face the page's text needs is in: asked for after the last chart is drawn,
 * since a face is only fetched once laid-out text needs it (a chart's names, the deck's second face).
 */
export function fontsLoaded(page: Page): Promise<void> {
  return page.evaluate(async () => {
    void document.body.getBoundingClientRect();
    while (document.fonts.status !== 'loaded') await document.fonts.ready;
  });
}

/**
 * Text under `selector` that Chromium draws, in a font the deck does not ship
 * (a system font standing in for a glyph the deck's font lacks), as
 * `font: text` lines; none when every glyph is the deck's own. A page that
 * redraws part of itself meanwhile (a chart laid out again) is checked again.
 */
export async function foreignFonts(page: Page, selector: string): Promise<string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await probeFonts(page, selector);
    } catch (error) {
      if (attempt >= 3 || !/Could not find node|font check found/.test((error as Error).message)) throw error;
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
  }
}

async function probeFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: 0 });
    // Elements that hold text of their own, marked so the protocol can find them.
    const marked = await page.evaluate((scope) => {
      document.querySelectorAll('[data-font-probe]').forEach((e) => e.removeAttribute('data-font-probe'));
      let n = 0;
      for (const element of document.querySelectorAll(`:is(${scope}), :is(${scope}) *`)) {
        const own = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        );
        // Text a screen reader reads but no one sees (a chart's data table) is not in the picture.
        const seen = element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        if (own && seen && !element.closest('.visually-hidden')) element.setAttribute('data-font-probe', String(n++));
      }
      return n;
    }, selector);
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: doc.nodeId, selector: '[data-font-probe]' });
    if (nodeIds.length !== marked) throw new Error(`the font check found ${nodeIds.length} of ${marked} texts`);
    const found: string[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts.filter((f) => !f.isCustomFont)) {
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        found.push(
          `${font.familyName}: ${outerHTML
            .replace(/<[^>]+>/g, '')
            .trim()
            .slice(0, 40)}`,
        );
      }
    }
    await page.evaluate(() =>
      document.querySelectorAll('[data-font-probe]').forEach((e) => e.removeAttribute('data-font-probe')),
    );
    return found;
  } finally {
    await cdp.detach();
  }
}
