import { test, expect, openDeck, currentSlideId } from './support/deck.ts';

test.describe('navigation', () => {
  test('should load with no console error and no request leaving the origin', async ({ page, watch }) => {
    await openDeck(page);
    await expect.poll(() => currentSlideId(page)).toBe('title');
    await page.evaluate(() => document.fonts.ready);
    expect(watch.errors).toEqual([]);
    expect(watch.external).toEqual([]);
  });

  test('should move forward and back with the arrow keys and space', async ({ page }) => {
    await openDeck(page);
    await expect.poll(() => currentSlideId(page)).toBe('title');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(page)).toBe('agenda');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentSlideId(page)).toBe('title');
    await page.keyboard.press('Space');
    await expect.poll(() => currentSlideId(page)).toBe('agenda');
    await expect(page).toHaveURL(/#\/agenda$/);
  });

  test('should open the slide named in the address', async ({ page }) => {
    await openDeck(page, { slide: 'indicators-2022' });
    await expect.poll(() => currentSlideId(page)).toBe('indicators-2022');
    await expect(page.getByRole('heading', { level: 2, name: '2022年主要经济指标' })).toBeVisible();
  });

  test('should open a slide inside a vertical stack by its id', async ({ page }) => {
    await openDeck(page, { slide: 'glossary-2' });
    await expect.poll(() => currentSlideId(page)).toBe('glossary-2');
  });
});
