import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { currentSlideId } from './deck.ts';

/** Opens a page of a live server in a context of its own and waits until it is ready and live. */
export async function openLive(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error at ${url}: ${error.message}`));
  await page.goto(url);
  // Slides on a laptop, the reading page on a phone: either way the page is ready and live.
  await expect(page.locator('[data-ready="true"][data-live]')).toBeAttached();
  return page;
}

export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Waits for the slide a page shows (a reading page's, the section in its address). */
export const slideOf = (page: Page, timeout?: number) =>
  expect.poll(() => currentSlideId(page), { message: page.url(), timeout });
