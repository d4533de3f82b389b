import { test, expect, openDeck } from './support/deck.ts';

test.describe('font', () => {
  // A first slide's heading, and a late one's, whose characters mostly come from the whole font
  // (the first screen's font holds the rest): every glyph is the deck's own.
  for (const slide of ['indicators-2022', 'targets-2023']) {
    test(`should draw Chinese glyphs from the deck’s own font, not a system font: ${slide}`, async ({ page }) => {
      await openDeck(page, { slide });
      const heading = page.locator(`section#${slide} h2`);
      await expect(heading).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      for (const selector of [`section#${slide} h2`, `section#${slide} .kicker`]) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const font of fonts) {
          expect(font.isCustomFont, `${selector}: ${font.familyName} is the deck's web font`).toBe(true);
          expect(font.familyName).toMatch(/Noto Sans SC/);
        }
        const text = (await page.locator(selector).textContent())!.replace(/\s/g, '');
        expect(fonts.reduce((sum, font) => sum + font.glyphCount, 0)).toBe([...text].length);
      }
    });
  }

  test('should load no font file from another host', async ({ page, watch }) => {
    await openDeck(page);
    await page.evaluate(() => document.fonts.ready);
    const faces = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
    );
    expect(faces.length).toBeGreaterThan(0);
    expect(watch.external).toEqual([]);
  });
});
