import type { Page } from '@playwright/test';
import { test, expect, openDeck, currentSlideId } from './support/deck.ts';

/** Opens the page with none of the deck's modules: what it shows is what the HTML alone paints. */
async function openWithoutModules(page: Page, query = ''): Promise<void> {
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(`./${query}`);
}

/** The present slide's heading: where it is and what it says. */
async function firstHeading(page: Page) {
  const heading = page.locator('.slides section.present h1').first();
  await expect(heading).toBeVisible();
  const box = (await heading.boundingBox())!;
  return {
    text: await heading.textContent(),
    box: { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) },
  };
}

const CJK = /[\u3400-\u9fff]/;

/** Every layout shift the page recorded from its start, summed as Lighthouse does (input-driven ones aside). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as unknown as { value: number; hadRecentInput: boolean }[];
    observer.disconnect();
    return entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
  });
}

test.describe('first paint', () => {
  test('should paint the first slide from the HTML alone, before any module runs', async ({ page }) => {
    await openWithoutModules(page);
    const { text } = await firstHeading(page);
    expect(text).toBe('政府工作报告');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('should paint English first for ?lang=en, with no Chinese on the slide', async ({ page }) => {
    await openWithoutModules(page, '?lang=en');
    const { text } = await firstHeading(page);
    expect(text).toBe('Report on the Work of the Government');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const shown = await page
      .locator('.slides section.present')
      .evaluate((s) =>
        [...s.querySelectorAll(':not(aside, aside *)')].map((e) => (e.childElementCount ? '' : e.textContent)).join(''),
      );
    expect(shown).not.toMatch(CJK);
  });

  test('should paint the remembered English choice first', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('deck.language', 'en'));
    await openWithoutModules(page);
    expect((await firstHeading(page)).text).toBe('Report on the Work of the Government');
  });

  // A phone gets the reading page, unless the link asks for the slides.
  for (const { query, ...viewport } of [
    { width: 1280, height: 720, query: '' },
    { width: 1000, height: 900, query: '' },
    { width: 412, height: 823, query: 'view=slides' },
  ]) {
    test(`should not move the first slide when the deck starts, at ${viewport.width}×${viewport.height}`, async ({
      page,
      browser,
    }) => {
      const bare = await browser.newPage({ viewport, baseURL: test.info().project.use.baseURL!, locale: 'zh-CN' });
      await openWithoutModules(bare, query ? `?${query}` : '');
      await bare.evaluate(() => document.fonts.ready);
      const before = await firstHeading(bare);
      await bare.close();

      await page.setViewportSize(viewport);
      await openDeck(page, query ? { query } : {});
      await page.evaluate(() => document.fonts.ready);
      expect(await firstHeading(page)).toEqual(before);
      expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
    });
  }

  for (const [name, viewport, query, heading] of [
    ['a phone', { width: 412, height: 823 }, '', '政府工作报告'],
    ['?view=read', { width: 1280, height: 720 }, '?view=read&lang=en', 'Report on the Work of the Government'],
  ] as const) {
    test(`should paint the reading page from the HTML alone where it takes over, and not move it when the page starts: ${name}`, async ({
      browser,
    }) => {
      const bare = await browser.newPage({ viewport, baseURL: test.info().project.use.baseURL!, locale: 'zh-CN' });
      await openWithoutModules(bare, query);
      await expect(bare.locator('html')).toHaveClass(/read-view/);
      await expect(bare.locator('.reveal')).toHaveCount(0);
      await expect(bare.locator('.read section#title h1')).toHaveText(heading);
      await expect(bare.locator('.read-bar button.language-toggle')).toBeVisible();
      if (query.includes('lang=en')) await expect(bare.locator('html')).toHaveAttribute('lang', 'en');
      await bare.evaluate(() => document.fonts.ready);
      const before = await bare.locator('.read section#agenda h2').boundingBox();
      await bare.close();

      const page = await browser.newPage({ viewport, baseURL: test.info().project.use.baseURL!, locale: 'zh-CN' });
      const scripts: string[] = [];
      page.on(
        'request',
        (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)),
      );
      await page.goto(`./${query}`);
      await expect(page.locator('.read[data-ready="true"]')).toBeAttached();
      expect(await page.locator('.read section#agenda h2').boundingBox()).toEqual(before);
      expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
      // The reading page's code has no reveal.js: its chunk is never asked for, where the reading page's is.
      expect(scripts.filter((path) => /\/read-[\w-]+\.js$/.test(path))).toHaveLength(1);
      expect(scripts.filter((path) => /\/slides-[\w-]+\.js$/.test(path))).toEqual([]);
      await page.close();
    });
  }

  test('should show the page once its first screen’s font is in, asking for no other font meanwhile, and move nothing when it comes', async ({
    browser,
  }) => {
    const phone = await browser.newPage({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
      baseURL: test.info().project.use.baseURL!,
      locale: 'zh-CN',
    });
    // The first screen's font is held until the test lets it through; the whole font is only noted.
    let letThrough = () => undefined as void;
    const held = new Promise<void>((resolve) => (letThrough = resolve));
    const fonts: string[] = [];
    await phone.route(/\/deck-sans-[\w-]+\.woff2$/, async (route) => {
      fonts.push(route.request().url().split('/').pop()!);
      if (/-first-/.test(route.request().url())) await held;
      await route.continue();
    });
    // The page's load event waits for its fonts.
    await phone.goto('./', { waitUntil: 'domcontentloaded' });
    const page = phone.locator('.read');
    await expect(page).toBeAttached();
    await expect(phone.locator('html')).toHaveAttribute('data-font', 'first');
    await expect(page).toHaveCSS('visibility', 'hidden');
    // The rest of the deck is placed meanwhile: its text asks for no font but the first screen's, both weights.
    await expect(phone.locator('html')).toHaveAttribute('data-deck-complete', 'true');
    expect(fonts.map((file) => file.replace(/-[\w-]{8}\.woff2$/, '')).sort()).toEqual([
      'deck-sans-400-first',
      'deck-sans-700-first',
    ]);

    letThrough();
    await expect(page).toHaveCSS('visibility', 'visible');
    await expect(phone.locator('html')).not.toHaveAttribute('data-font');
    await expect(phone.locator('.read[data-ready="true"]')).toBeAttached();
    expect(await layoutShift(phone)).toBe(0);
    await phone.close();
  });

  test('should show the page in another font if its first screen’s font never comes', async ({ page }) => {
    await page.route(/-first-[\w-]+\.woff2$/, (route) => route.abort());
    await page.goto('./');
    await expect(page.locator('.reveal')).toHaveCSS('visibility', 'visible');
    await expect(page.locator('.slides section.present h1')).toHaveText('政府工作报告');
  });

  test('should land a phone link on its section in the first paint, with room kept for its chart', async ({
    browser,
  }) => {
    const bare = await browser.newPage({
      viewport: { width: 390, height: 844 },
      baseURL: test.info().project.use.baseURL!,
      locale: 'zh-CN',
    });
    await openWithoutModules(bare, '#/income-2022');
    const section = bare.locator('.read section#income-2022');
    await expect(section).toBeInViewport();
    const top = await section.evaluate((el) =>
      Math.round(el.getBoundingClientRect().top - document.querySelector('.read-bar')!.getBoundingClientRect().bottom),
    );
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    const room = await section.locator('figure[data-chart] .chart-space').boundingBox();
    expect(room!.height).toBeGreaterThan(100);
    await bare.close();
  });

  test('should render the rest of the slides itself when their file cannot be fetched, on a link to one of them', async ({
    page,
    browser,
  }) => {
    await page.route(/\/assets\/deck-[\w-]+\.html$/, (route) => route.abort());
    await openDeck(page, { slide: 'income-2022' });
    await expect(page.locator('section#income-2022')).toBeVisible();
    expect(await currentSlideId(page)).toBe('income-2022');
    expect(await page.locator('.slides section[id]').count()).toBe(
      await page.evaluate(() => new Set([...document.querySelectorAll('.slides section[id]')].map((s) => s.id)).size),
    );

    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      baseURL: test.info().project.use.baseURL!,
      locale: 'zh-CN',
    });
    await phone.route(/\/assets\/deck-[\w-]+\.html$/, (route) => route.abort());
    await phone.goto('./#/income-2022');
    await expect(phone.locator('.read[data-ready="true"]')).toBeAttached();
    await expect(phone.locator('.read section#income-2022')).toBeInViewport();
    await expect(phone.locator('.read section#targets-2023')).toHaveCount(1);
    await phone.close();
  });

  test('should load the language it shows first and the other after, switching to it at once', async ({
    page,
    watch,
  }) => {
    const scripts: string[] = [];
    page.on(
      'request',
      (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)),
    );
    await openDeck(page, { query: 'lang=en' });
    await expect
      .poll(() =>
        scripts
          .filter((path) => /\/(zh|en)-[\w-]+\.js$/.test(path))
          .map((path) => path.split('/').pop()!.split('-')[0]),
      )
      .toEqual(['en', 'zh']);
    await page.keyboard.press('l');
    await expect(page.locator('section#title h1 .second')).toHaveText('Report on the Work of the Government');
    expect(watch.errors).toEqual([]);
  });

  test('should start the deck on the prerendered slides and switch language as before', async ({ page, watch }) => {
    await openDeck(page, { query: 'lang=en' });
    await expect(page.locator('section#title')).toHaveCount(1);
    await expect(page.locator('template')).toHaveCount(0);
    await page.keyboard.press('l');
    await expect(page.locator('section#title h1')).toContainText('政府工作报告');
    await expect(page.locator('section#title h1 .second')).toHaveText('Report on the Work of the Government');
    expect(watch.errors).toEqual([]);
  });

  test('should open the bilingual mode with the second language added to the prerendered first', async ({
    page,
    watch,
  }) => {
    await openDeck(page, { query: 'lang=zh-en' });
    await expect(page.locator('section#title h1 .second')).toHaveText('Report on the Work of the Government');
    expect(watch.errors).toEqual([]);
  });

  test('should load the chart code only when a chart is near', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openDeck(page);
    expect(scripts.filter((s) => /chart-runtime/.test(s))).toEqual([]);
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    await page.evaluate(() => (location.hash = '#/indicators-2022'));
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    await expect(chart.locator('svg')).toBeVisible();
    expect(scripts.filter((s) => /chart-runtime/.test(s))).toHaveLength(1);
  });
});
