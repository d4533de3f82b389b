/**
 * Pages for the measures that drive Chromium. In-page code is passed as
 * strings: tsx's transform may add helpers (`__name`) to functions, which
 * would not exist in the page.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';

/** Anything a page asks of another host: the deck must need none (reported, not blocked: routing would disable the cache). */
export const external = new Set<string>();

export async function withPage<T>(
  browser: Browser,
  use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url)) external.add(url);
    });
    return await use(page, context);
  } finally {
    await context.close();
  }
}

/** Waits (bounded) until reveal.js is initialised, the fonts are in and two frames have run. */
export const SETTLED = `(async () => {
  const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
  const start = performance.now();
  while (!document.querySelector('.reveal[data-ready="true"]')) {
    if (performance.now() - start > 30000) throw new Error('.reveal never became ready');
    await raf();
  }
  await raf(); await raf();
  await document.fonts.ready;
  await raf(); await raf();
  return true;
})()`;

export const SLIDE_IDS = `[...document.querySelectorAll('.reveal .slides section[id]')].map((s) => s.id)`;

/**
 * Polls a condition in the page until it holds (bounded). Not
 * page.waitForFunction: a string predicate is eval'd in the page, which the
 * deck's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
export async function waitInPage(page: Page, condition: string, timeoutMs: number): Promise<void> {
  await page.evaluate(`(async () => {
    const start = performance.now();
    while (!(${condition})) {
      if (performance.now() - start > ${timeoutMs}) throw new Error(${JSON.stringify(`not true after ${timeoutMs} ms: ${condition}`)});
      await new Promise((r) => setTimeout(r, 16));
    }
    return true;
  })()`);
}

/** Lets a page reach a quiet state between steps of a measure (not a wait for a condition: there is none to wait on). */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
