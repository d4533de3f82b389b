import { test, expect, openDeck } from './support/deck.ts';

// Every slide translated and inside the slide, on every screen: e2e/quality.spec.ts.

test.describe('content', () => {
  test('should give every slide speaker notes in both languages', async ({ page }) => {
    await openDeck(page, { query: 'lang=en' });
    const empty = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides section[id]')]
        .filter((s) => !s.querySelector('aside.notes li')?.textContent?.trim())
        .map((s) => s.id),
    );
    expect(empty).toEqual([]);
  });
});
