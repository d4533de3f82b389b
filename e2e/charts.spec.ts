import { test, expect, openDeck } from './support/deck.ts';

test.describe('charts', () => {
  test('should draw the 2022 indicators chart to its finished state', async ({ page }) => {
    await openDeck(page, { slide: 'indicators-2022' });
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    const bars = chart.locator('rect.mark');
    expect(await bars.count()).toBe(9);
    for (const box of await bars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON()))) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
    }
    await expect(page.getByRole('img', { name: '主要指标增速及全市位次' })).toBeVisible();
  });
});
