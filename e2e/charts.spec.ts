import { test, expect, openDeck, currentSlideId } from './support/deck.ts';
import { goToSlide } from './support/walk.ts';
import type { Page } from '@playwright/test';

/** Records every value a chart's state takes, so a test can tell a replay from a chart that never moved. */
async function recordStates(page: Page, slide: string): Promise<void> {
  await page.evaluate((id) => {
    const figure = document.querySelector<HTMLElement>(`section#${id} figure[data-chart]`)!;
    const log: string[] = [];
    (window as unknown as { chartStates: string[] }).chartStates = log;
    new MutationObserver(() => log.push(figure.dataset.chartState!)).observe(figure, {
      attributes: true,
      attributeFilter: ['data-chart-state'],
    });
  }, slide);
}

const states = (page: Page) => page.evaluate(() => (window as unknown as { chartStates: string[] }).chartStates);

async function chartSlides(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set([...document.querySelectorAll('figure[data-chart]')].map((f) => f.closest('section[id]')!.id)),
  ]);
}

async function markSizes(page: Page, slide: string) {
  return page.locator(`section#${slide} figure[data-chart] svg [data-mark]`).evaluateAll((marks) =>
    marks
      .filter((m) => m.tagName !== 'text' && m.tagName !== 'line')
      .map((m) => {
        const box = m.getBoundingClientRect();
        return { width: box.width, height: box.height };
      }),
  );
}

test.describe('charts', () => {
  test('should bring every chart to its finished state with marks of non-zero size', async ({ page, watch }) => {
    // Some thirty chart slides, each played through.
    test.setTimeout(240_000);
    await openDeck(page);
    const slides = await chartSlides(page);
    expect(slides.length).toBeGreaterThanOrEqual(10);
    for (const slide of slides) {
      await goToSlide(page, slide);
      for (const figure of await page.locator(`section#${slide} figure[data-chart]`).all()) {
        await expect(figure).toHaveAttribute('data-chart-state', 'done');
      }
      const sizes = await markSizes(page, slide);
      expect(sizes.length, slide).toBeGreaterThan(0);
      for (const size of sizes) expect(size.width * size.height, slide).toBeGreaterThan(0);
    }
    expect(watch.errors).toEqual([]);
  });

  test('should lay a chart out once it fits its box, not again and again', async ({ page }) => {
    test.setTimeout(240_000);
    await openDeck(page);
    for (const slide of await chartSlides(page)) {
      await goToSlide(page, slide);
      for (const figure of await page.locator(`section#${slide} figure[data-chart]`).all()) {
        await expect(figure).toHaveAttribute('data-chart-state', 'done');
      }
      // Each layout puts a new SVG in the figure: once done and fitted, none for a second.
      const layouts = await page.evaluate(async (id) => {
        let count = 0;
        const observer = new MutationObserver(
          (records) =>
            (count += records.filter((r) => [...r.addedNodes].some((n) => n.nodeName.toLowerCase() === 'svg')).length),
        );
        for (const figure of document.querySelectorAll(`section#${id} figure[data-chart]`))
          observer.observe(figure, { childList: true });
        await new Promise((resolve) => setTimeout(resolve, 1000));
        observer.disconnect();
        return count;
      }, slide);
      expect(layouts, slide).toBe(0);
    }
  });

  test('should finish a chart when its slide is left mid-animation, and replay it on return', async ({ page }) => {
    // From the slide before, whose counting figures have loaded the chart code: the chart starts as its slide comes up.
    await openDeck(page, { slide: 'headline-2022' });
    await recordStates(page, 'indicators-2022');
    await goToSlide(page, 'indicators-2022');
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    await expect(chart).toHaveAttribute('data-chart-state', 'playing');
    // The bars must still be growing when the slide is left.
    const growing = () =>
      chart
        .locator('rect[data-mark]')
        .first()
        .evaluate((bar) => Number(bar.getAttribute('width')));
    const early = await growing();
    await goToSlide(page, 'headline-2022');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    expect(await states(page)).toEqual(['playing', 'done']);
    const full = await growing();
    expect(early).toBeLessThan(full);
    await goToSlide(page, 'indicators-2022');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    expect(await currentSlideId(page)).toBe('indicators-2022');
    expect(await states(page)).toEqual(['playing', 'done', 'playing', 'done']);
  });

  test('should draw every chart complete in print view without any slide change', async ({ page }) => {
    await openDeck(page, { query: 'print-pdf' });
    const figures = page.locator('figure[data-chart]');
    // reveal.js takes the slides out of the page while it lays out the print pages (until its pdf-ready).
    await expect.poll(() => figures.count()).toBeGreaterThanOrEqual(10);
    const count = await figures.count();
    for (let i = 0; i < count; i++) await expect(figures.nth(i)).toHaveAttribute('data-chart-state', 'done');
    const widths = await page
      .locator('figure[data-chart] rect[data-mark]')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths.every((w) => w > 0)).toBe(true);
    await expect(page.locator('[data-countup]').first()).toHaveAttribute('data-count-state', 'done');
  });

  test('should not animate under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // From the slide before, whose counting figures have loaded the chart code: the chart starts as its slide comes up.
    await openDeck(page, { slide: 'headline-2022' });
    await recordStates(page, 'indicators-2022');
    await goToSlide(page, 'indicators-2022');
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    expect(await states(page)).toEqual(['done']);
  });

  test('should count a figure up when its slide comes up', async ({ page }) => {
    await openDeck(page, { slide: 'commitments-2022' });
    const value = page.locator('section#honours-2022 [data-countup]').first();
    const log = await value.evaluateHandle((el) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      return seen;
    });
    await goToSlide(page, 'honours-2022');
    await expect(value).toHaveAttribute('data-count-state', 'done');
    await expect(value).toHaveText('112项');
    const seen = await log.jsonValue();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]).toBe('0项');
  });

  test('should name each chart and give its numbers as a table for screen readers', async ({ page }) => {
    await openDeck(page, { slide: 'indicators-2022', query: 'lang=en' });
    await expect(page.getByRole('img', { name: 'Growth of main indicators and rank in the city' })).toBeVisible();
    const table = page.locator('section#indicators-2022 table');
    await expect(table.getByRole('rowheader', { name: 'GDP growth' })).toBeAttached();
    await expect(table.getByRole('cell', { name: '5.4% (3rd in the city)' })).toBeAttached();
  });
});

/** The smallest size text may be drawn at on a 1280×720 slide, as the back of the room sees it. */
const LEGIBLE_PX = 18;

test.describe('chart legibility', () => {
  for (const lang of ['zh', 'en', 'zh-en']) {
    test(`should draw no chart text under ${LEGIBLE_PX} px on a 1280×720 slide in ${lang}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openDeck(page, { query: `lang=${lang}` });
      const slides = await chartSlides(page);
      expect(slides.length).toBeGreaterThanOrEqual(10);
      const found = await page.evaluate(async (ids) => {
        const present = (id: string) =>
          new Promise<void>((resolve) => {
            const check = () => {
              const figures = [...document.querySelectorAll<HTMLElement>(`section#${id} figure[data-chart]`)];
              const ready =
                document.getElementById(id)!.classList.contains('present') &&
                figures.every((f) => f.dataset.chartState === 'done');
              if (ready) resolve();
              else requestAnimationFrame(check);
            };
            check();
          });
        const results: { slide: string; text: string; px: number }[] = [];
        for (const id of ids) {
          location.hash = `#/${id}`;
          await present(id);
          // reveal.js scales the whole slide to the window: sizes are read in the slide's own pixels.
          const slides = document.querySelector<HTMLElement>('.reveal .slides')!;
          const scale = slides.getBoundingClientRect().width / slides.offsetWidth;
          for (const figure of document.querySelectorAll(`section#${id} figure[data-chart]`)) {
            // An SVG text holds its words in tspans; an HTML element is counted for the words set in it directly.
            const texts = [
              ...figure.querySelectorAll<SVGTextElement | HTMLElement>('svg text, figcaption, figcaption *'),
            ].filter((node) =>
              node instanceof SVGTextElement
                ? Boolean(node.textContent?.trim())
                : [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
            );
            for (const node of texts) {
              const screen = node instanceof SVGTextElement ? (node.getScreenCTM()?.a ?? 0) : scale;
              const px = (parseFloat(getComputedStyle(node).fontSize) * screen) / scale;
              results.push({ slide: id, text: node.textContent!.trim().slice(0, 60), px: Math.round(px * 10) / 10 });
            }
          }
        }
        return results;
      }, slides);
      expect(found.length).toBeGreaterThan(0);
      const small = found.filter((f) => f.px < LEGIBLE_PX).map((f) => `${f.slide}: "${f.text}" at ${f.px} px`);
      expect(small, `chart text under ${LEGIBLE_PX} px`).toEqual([]);
    });
  }
});
