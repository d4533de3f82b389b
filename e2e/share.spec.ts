import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openDeck, currentSlideId } from './support/deck.ts';
import { chartMarks, markShares, pngSize, readPng } from './support/pixels.ts';

/**
 * Stands in for the browser's print dialog: records what the page showed when it was asked to
 * print (kept in the tab across the return to the slide), then closes as a dialog does.
 */
async function watchPrinting(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {
      const charts = [...document.querySelectorAll<HTMLElement>('[data-chart-state]')];
      sessionStorage.setItem(
        'printed',
        JSON.stringify({
          pages: document.querySelectorAll('.reveal .slides .pdf-page').length,
          charts: charts.length,
          final: charts.every((chart) => chart.dataset['chartState'] === 'done'),
          fonts: document.fonts.status,
          address: location.search,
        }),
      );
      dispatchEvent(new Event('afterprint'));
    };
  });
}

/** What the page recorded as it printed; nothing yet, or while the tab is between pages. */
const printed = (page: Page) =>
  page
    .evaluate(() => JSON.parse(sessionStorage.getItem('printed') ?? 'null') as Record<string, unknown> | null)
    .catch(() => null);

test.describe('sharing from the deck', () => {
  test('should save the slide on screen as a 1920×1080 picture with its chart final (D)', async ({ page }) => {
    await openDeck(page, { query: 'lang=zh', slide: 'indicators-2022' });
    // Pressed while the chart still grows: the picture has it final.
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('d')]);
    expect(download.suggestedFilename()).toBe('05-indicators-2022.zh.png');
    const png = readFileSync((await download.path())!);
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    const marks = await chartMarks(page, 'section#indicators-2022');
    expect(marks.length).toBeGreaterThan(5);
    expect(markShares(readPng(png), marks).filter((share) => share < 0.9)).toEqual([]);
  });

  test('should offer printing and the slide’s picture in the share menu, and list their keys', async ({ page }) => {
    await openDeck(page, { query: 'lang=en', slide: 'targets-2023' });
    await page.getByRole('button', { name: 'Share and save' }).click();
    const menu = page.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText(['Print or save as PDFE', 'Save this slide as a pictureD']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('menuitem', { name: /Save this slide as a picture/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^\d\d-targets-2023\.en\.png$/);
    await expect(menu).toBeHidden();
    // Escape closes the menu, and stays in it: reveal.js does not open its overview.
    await page.getByRole('button', { name: 'Share and save' }).click();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);

    await page.keyboard.press('Shift+?');
    const help = page.locator('.r-overlay-help');
    await expect(help).toContainText('Print every slide, or save them as PDF');
    await expect(help).toContainText('Save this slide as a picture (PNG)');
  });

  test('should open the print dialog once every chart is final, then come back to the slide (E)', async ({ page }) => {
    await watchPrinting(page);
    await openDeck(page, { query: 'lang=zh-en', slide: 'structure-2022' });
    await page.keyboard.press('e');
    await expect.poll(() => printed(page).then((p) => p !== null), { timeout: 30_000 }).toBe(true);
    await expect(page).toHaveURL(/\?lang=zh-en#\/structure-2022$/);
    await expect(page.locator('[data-ready="true"]')).toBeAttached();
    expect(await currentSlideId(page)).toBe('structure-2022');
    const at = (await printed(page))!;
    expect(at['address']).toMatch(/^\?print-pdf=?&lang=zh-en&margin=0$/);
    expect(at['pages']).toBeGreaterThan(10);
    expect(at['charts']).toBeGreaterThan(5);
    expect(at).toMatchObject({ final: true, fonts: 'loaded' });
  });

  test('should print from the reading page’s own visible button', async ({ page }) => {
    await watchPrinting(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?lang=zh#/targets-2023');
    await expect(page.locator('.read[data-ready="true"]')).toBeAttached();
    const button = page.getByRole('button', { name: '打印或存为 PDF' });
    await expect(button).toBeVisible();
    await expect(button).toHaveText('存为 PDF');
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await button.click();
    await expect.poll(() => printed(page).then((p) => p !== null), { timeout: 30_000 }).toBe(true);
    await expect(page.locator('.read[data-ready="true"]')).toBeAttached();
    await expect(page).toHaveURL(/#\/targets-2023$/);
    expect(await printed(page)).toMatchObject({
      final: true,
      address: expect.stringMatching(/^\?print-pdf=?&lang=zh&margin=0$/),
    });
  });
});
