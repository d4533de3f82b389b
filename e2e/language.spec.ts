import { test, expect, openDeck, currentSlideId, DECK } from './support/deck.ts';

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
    const bars = () =>
      chart
        .locator('rect[data-mark]')
        .evaluateAll((rects) => rects.map((r) => [r.getAttribute('x'), r.getAttribute('width')]));
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

test.describe('language in the presenter’s views', () => {
  test('should switch in the overview and keep it open', async ({ page }) => {
    await openDeck(page, { query: 'lang=zh', slide: 'indicators-2022' });
    await page.keyboard.press('o');
    await expect(page.locator(DECK)).toHaveClass(/overview/);
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(DECK)).toHaveClass(/overview/);
    await expect(page.locator('section#indicators-2022 h2')).toHaveText('Main Economic Indicators, 2022');
    await page.keyboard.press('o');
    await expect(page.locator(DECK)).not.toHaveClass(/overview/);
    expect(await currentSlideId(page)).toBe('indicators-2022');
  });

  test('should switch the speaker view’s notes with the deck', async ({ page }) => {
    await openDeck(page, { query: 'lang=zh', slide: 'indicators-2022' });
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect(notes).toContainText('地区生产总值完成292.1亿元');
    await page.bringToFront();
    await page.keyboard.press('l');
    await expect(notes).toContainText('GDP reached 29.21 billion yuan');
    const preview = speaker.frameLocator('#current-slide iframe');
    await expect(preview.locator('section#indicators-2022 h2')).toHaveText('Main Economic Indicators, 2022');
  });

  test('should show each text in Chinese with English beneath in bilingual mode', async ({ page }) => {
    await openDeck(page, { query: 'lang=zh-en', slide: 'indicators-2022' });
    const heading = page.locator('section#indicators-2022 h2');
    await expect(heading).toContainText('2022年主要经济指标');
    await expect(heading.locator('[lang="en"]')).toHaveText('Main Economic Indicators, 2022');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const label = page.locator('section#indicators-2022 svg text[data-mark="gdp-growth-2022-label"]');
    await expect(label).toHaveText('地区生产总值增速GDP growth');
    await page.keyboard.press('l');
    await expect(label).toHaveText('地区生产总值增速');
    await expect(heading.locator('[lang]')).toHaveCount(0);
    await expect(heading).toHaveText('2022年主要经济指标');
    await expect(page).toHaveURL(/\?lang=zh#\/indicators-2022$/);
  });
});
