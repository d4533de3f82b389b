import { test as base, expect, type Page } from '@playwright/test';

/** What a page did that a deck must never do: console errors and requests to other hosts. */
export interface Watch {
  errors: string[];
  external: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { errors: [], external: [] };
    const origin = new URL(baseURL!).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') watch.errors.push(message.text());
    });
    page.on('pageerror', (error) => watch.errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.external.push(url);
    });
    await use(watch);
  },
});

export { expect };

/** The deck's root, marked once every controller is wired: what tests wait on and read reveal.js's state from. */
export const DECK = '[data-ready="true"]';

/** Opens the deck (optionally at a slide and with URL parameters) and waits until reveal.js is ready. */
export async function openDeck(page: Page, options: { slide?: string; query?: string } = {}): Promise<void> {
  const query = options.query ? `?${options.query}` : '';
  const hash = options.slide ? `#/${options.slide}` : '';
  await page.goto(`./${query}${hash}`);
  await expect(page.locator(DECK)).toBeAttached();
}

export async function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const present = [...document.querySelectorAll('.reveal .slides section.present')].filter(
      (s) => !s.querySelector('section'),
    );
    // The reading page has no present slide: the section being read is the one in the address.
    if (document.querySelector('.read')) return decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    return present.at(-1)?.id ?? '';
  });
}

/**
 * Waits until reveal.js's print view has laid every slide out on its page (it moves the slides into
 * `.pdf-page`s after the deck is up) and every chart in it is final; gives the number of charts.
 */
export async function printedCharts(page: Page): Promise<number> {
  const laidOut = () =>
    page.evaluate(() => {
      const all = document.querySelectorAll('.reveal figure[data-chart]').length;
      const paged = document.querySelectorAll('.reveal .pdf-page figure[data-chart]').length;
      return all > 0 && paged === all ? all : 0;
    });
  await expect.poll(laidOut, { message: 'every slide on its print page' }).toBeGreaterThan(0);
  const figures = page.locator('.pdf-page figure[data-chart]');
  const count = await figures.count();
  for (let i = 0; i < count; i++) await expect(figures.nth(i)).toHaveAttribute('data-chart-state', 'done');
  return count;
}
