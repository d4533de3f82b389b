import { test, expect, openDeck, currentSlideId, printedCharts } from './support/deck.ts';
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
  test('should play every chart to its finished state, marks of non-zero size, and lay it out once', async ({
    page,
    watch,
  }) => {
    // The page's clock is the test's: each chart is played through by moving time on, not by waiting for it.
    await page.clock.install();
    await openDeck(page);
    const slides = await chartSlides(page);
    expect(slides.length).toBeGreaterThanOrEqual(24);
    // Each layout puts a new SVG in its figure: counted for every figure of the deck, from here on.
    await page.evaluate(() => {
      const layouts = new Map<Element, number>();
      (window as unknown as { layouts: Map<Element, number> }).layouts = layouts;
      const observer = new MutationObserver((records) => {
        for (const r of records)
          if ([...r.addedNodes].some((n) => n.nodeName.toLowerCase() === 'svg'))
            layouts.set(r.target as Element, (layouts.get(r.target as Element) ?? 0) + 1);
      });
      for (const figure of document.querySelectorAll('figure[data-chart]'))
        observer.observe(figure, { childList: true });
    });
    const layoutsOn = (slide: string) =>
      page.evaluate(
        (id) =>
          [...document.querySelectorAll(`section#${id} figure[data-chart]`)].map(
            (f) => (window as unknown as { layouts: Map<Element, number> }).layouts.get(f) ?? 0,
          ),
        slide,
      );
    for (const slide of slides) {
      await goToSlide(page, slide);
      const figures = await page.locator(`section#${slide} figure[data-chart]`).all();
      await expect
        .poll(
          async () => {
            await page.clock.runFor(250);
            return Promise.all(figures.map((f) => f.getAttribute('data-chart-state')));
          },
          { message: `charts on ${slide} finish`, intervals: [0] },
        )
        .toEqual(figures.map(() => 'done'));
      const sizes = await markSizes(page, slide);
      expect(sizes.length, slide).toBeGreaterThan(0);
      for (const size of sizes) expect(size.width * size.height, slide).toBeGreaterThan(0);
      // Done and fitted, a chart is not laid out again: not in the next three seconds of its timers and frames.
      const settled = await layoutsOn(slide);
      await page.clock.runFor(3000);
      expect(await layoutsOn(slide), `layouts on ${slide}`).toEqual(settled);
    }
    expect(watch.errors).toEqual([]);
  });

  test('should finish a chart when its slide is left mid-animation, and replay it on return', async ({ page }) => {
    // The page's clock is the test's: time stands still mid-animation however busy the machine is.
    await page.clock.install();
    // From the slide before, whose counting figures have loaded the chart code: the chart starts as its slide comes up.
    await openDeck(page, { slide: 'headline-2022' });
    await recordStates(page, 'indicators-2022');
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await goToSlide(page, 'indicators-2022');
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    const bar = chart.locator('rect[data-mark]').first();
    const width = () => bar.evaluate((rect) => Number(rect.getAttribute('width')));
    // Time moves a frame at a time, only as the test moves it, until the bars have begun to grow.
    await expect
      .poll(
        async () => {
          await page.clock.runFor(16);
          return width();
        },
        { intervals: [10] },
      )
      .toBeGreaterThan(0);
    await expect(chart).toHaveAttribute('data-chart-state', 'playing');
    const early = await width();
    await goToSlide(page, 'headline-2022');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    expect(await states(page)).toEqual(['playing', 'done']);
    const full = await width();
    expect(early).toBeLessThan(full);
    await page.clock.resume();
    await goToSlide(page, 'indicators-2022');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    expect(await currentSlideId(page)).toBe('indicators-2022');
    expect(await states(page)).toEqual(['playing', 'done', 'playing', 'done']);
  });

  test('should draw every chart complete in print view without any slide change', async ({ page }) => {
    await openDeck(page, { query: 'print-pdf' });
    const count = await printedCharts(page);
    expect(count).toBeGreaterThanOrEqual(24);
    const figures = page.locator('.pdf-page figure[data-chart]');
    // Each chart drawn whole: marks in it, every bar grown to its width and every dot to its radius.
    const drawn = await figures.evaluateAll((all) =>
      all.map((figure) => {
        const shapes = [...figure.querySelectorAll('svg rect[data-mark], svg circle[data-mark]')];
        const size = (s: Element) => Number(s.getAttribute(s.tagName === 'rect' ? 'width' : 'r'));
        return { shapes: shapes.length, empty: shapes.filter((s) => !(size(s) > 0)).length };
      }),
    );
    expect(drawn).toHaveLength(count);
    expect(drawn.filter((chart) => chart.shapes === 0 || chart.empty > 0)).toEqual([]);
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
