import { test, expect, DECK } from './support/deck.ts';
import { goToSlide } from './support/walk.ts';

test.describe('a part of the deck that fails to load', () => {
  test('should tell the reader in the deck’s language and reload the deck when asked', async ({ page }) => {
    // The slides' code, as a network gone mid-load would leave it.
    let failing = true;
    await page.route(/\/assets\/slides-[\w-]+\.js$/, (route) => (failing ? route.abort() : route.continue()));
    await page.goto('./#/agenda');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('演示文稿的一部分未能加载');
    await expect(page.locator(DECK)).toHaveCount(0);

    failing = false;
    await alert.getByRole('button', { name: '重新加载' }).click();
    await expect(page.locator(DECK)).toBeAttached();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('should say it in English on the English reading page', async ({ page }) => {
    await page.route(/\/assets\/read-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('./?view=read&lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Part of the presentation could not be loaded');
    await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  test('should say it when the chart code fails as a slide with a chart comes up', async ({ page }) => {
    await page.route(/\/assets\/chart-runtime-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('./?lang=en#/title');
    await expect(page.locator(DECK)).toBeAttached();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await goToSlide(page, 'indicators-2022');
    await expect(page.getByRole('alert')).toContainText('Part of the presentation could not be loaded');
  });
});
