import { test, expect, openDeck, currentSlideId } from './support/deck.ts';

test.describe('language', () => {
  test('should open in the language the link names', async ({ page }) => {
    await openDeck(page, { query: 'lang=en', slide: 'indicators-2022' });
    await expect(page.getByRole('heading', { level: 2, name: 'Main Economic Indicators, 2022' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('should fall back to Chinese quietly for an unknown language', async ({ page, watch }) => {
    await openDeck(page, { query: 'lang=xx<script>', slide: 'indicators-2022' });
    await expect(page.getByRole('heading', { level: 2, name: '2022年主要经济指标' })).toBeVisible();
    expect(watch.errors).toEqual([]);
  });

  test('should switch with the L key on a chart slide, keeping the slide and the chart in place', async ({ page }) => {
    await openDeck(page, { query: 'lang=zh', slide: 'indicators-2022' });
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    const bars = () => chart.locator('rect.mark').evaluateAll((rects) => rects.map((r) => [r.getAttribute('x'), r.getAttribute('width')]));
    const before = await bars();
    await page.keyboard.press('l');
    await expect(page.getByRole('heading', { level: 2, name: 'Main Economic Indicators, 2022' })).toBeVisible();
    expect(await currentSlideId(page)).toBe('indicators-2022');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    expect(await bars()).toEqual(before);
    await expect(chart.locator('text', { hasText: 'GDP growth' })).toBeVisible();
    await expect(page).toHaveURL(/\?lang=en#\/indicators-2022$/);
  });

  test('should switch mid-fragments without losing the fragment step', async ({ page }) => {
    await openDeck(page, { query: 'lang=zh', slide: 'agenda' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const visible = page.locator('section#agenda li.fragment.visible');
    await expect(visible).toHaveCount(2);
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.locator('section#agenda h2')).toHaveText('Outline of the Report');
    await expect(visible).toHaveCount(2);
    expect(await currentSlideId(page)).toBe('agenda');
  });

  test('should remember the last choice for the next visit unless the link says otherwise', async ({ page }) => {
    await openDeck(page, { query: 'lang=en' });
    await openDeck(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await openDeck(page, { query: 'lang=zh' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
