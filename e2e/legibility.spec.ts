import { test, expect, openDeck } from './support/deck.ts';
import { walkLegibility } from './support/legibility.ts';

const MODES = ['zh', 'en', 'zh-en'];

test.describe('legibility', () => {
  for (const mode of MODES) {
    test(`should set every slide's text large enough to read from the back of the room, and wrap it as text, in ${mode}`, async ({
      page,
      watch,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openDeck(page, { query: `lang=${mode}&transition=none` });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const walk = await walkLegibility(page);

      test
        .info()
        .annotations.push({ type: `smallest text in ${mode} (px)`, description: JSON.stringify(walk.smallest) });
      expect(walk.slides).toBeGreaterThan(40);
      expect.soft(walk.small.map((f) => `${f.slide}: ${f.what} "${f.text}" ${f.size} px < ${f.min} px`)).toEqual([]);
      expect(
        walk.squeezed.map((s) => `${s.slide}: "${s.text}" wraps ${s.gap} px short of its ${s.width} px block`),
      ).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  }
});
