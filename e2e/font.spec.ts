import { test, expect, openDeck } from './support/deck.ts';

test.describe('font', () => {
  test('should draw Chinese glyphs from the deck’s own font, not a system font', async ({ page }) => {
    await openDeck(page, { slide: 'indicators-2022' });
    await page.evaluate(() => document.fonts.ready);
    const heading = page.getByRole('heading', { level: 2, name: '2022年主要经济指标' });
    await expect(heading).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    for (const selector of ['section#indicators-2022 h2', 'section#indicators-2022 .kicker']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.length, `${selector} uses one font`).toBe(1);
      expect(fonts[0]!.isCustomFont, `${selector} is set in the deck's web font`).toBe(true);
      expect(fonts[0]!.familyName).toMatch(/Noto Sans SC/);
      const text = (await page.locator(selector).textContent())!.replace(/\s/g, '');
      expect(fonts[0]!.glyphCount).toBe([...text].length);
    }
  });

  test('should load no font file from another host', async ({ page, watch }) => {
    await openDeck(page);
    await page.evaluate(() => document.fonts.ready);
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
    expect(faces.length).toBeGreaterThan(0);
    expect(watch.external).toEqual([]);
  });
});
