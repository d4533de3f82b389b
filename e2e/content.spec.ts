import { test, expect, openDeck } from './support/deck.ts';
import { goToSlide, inspectSlide, slideIds, type SlideProblems } from './support/walk.ts';

test.describe('content', () => {
  for (const language of ['zh', 'en', 'zh-en']) {
    test(`should show every slide in ${language} translated, inside the slide, with no console error`, async ({ page, watch }) => {
      test.setTimeout(180_000);
      await openDeck(page, { query: `lang=${language}` });
      const ids = await slideIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(30);
      const problems: SlideProblems[] = [];
      for (const id of ids) {
        await goToSlide(page, id);
        const found = await inspectSlide(page, id);
        if (found.rawKeys.length || found.overflow.length) problems.push(found);
      }
      expect(problems).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    });
  }

  test('should give every slide speaker notes in both languages', async ({ page }) => {
    await openDeck(page, { query: 'lang=en' });
    const empty = await page.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides section[id]')].filter((s) => !s.querySelector('aside.notes li')?.textContent?.trim()).map((s) => s.id),
    );
    expect(empty).toEqual([]);
  });
});
