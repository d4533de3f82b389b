import AxeBuilder from '@axe-core/playwright';
import { test, expect, openDeck, printedCharts } from './support/deck.ts';
import { goToSlide, inspectSlide, slideIds, type SlideProblems } from './support/walk.ts';

const SCREENS = [
  { name: 'full HD', width: 1920, height: 1080 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'projector', width: 1024, height: 768 },
];
const MODES = ['zh', 'en', 'zh-en'];

test.describe('the whole deck on every screen', () => {
  for (const screen of SCREENS) {
    for (const mode of MODES) {
      test(`should fit every slide and chart label at ${screen.width}×${screen.height} in ${mode}`, async ({
        page,
        watch,
      }) => {
        test.setTimeout(240_000);
        // Charts draw their final state at once: the walk checks layout, the charts spec checks motion.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.setViewportSize(screen);
        await openDeck(page, { query: `lang=${mode}` });
        const problems: SlideProblems[] = [];
        for (const id of await slideIds(page)) {
          await goToSlide(page, id);
          for (const figure of await page.locator(`section[id="${id}"] figure[data-chart]`).all()) {
            await expect(figure).toHaveAttribute('data-chart-state', 'done');
          }
          const found = await inspectSlide(page, id);
          if (found.rawKeys.length || found.overflow.length || found.overlaps.length) problems.push(found);
        }
        expect(problems).toEqual([]);
        expect(watch.errors).toEqual([]);
        expect(watch.external).toEqual([]);
      });
    }
  }
});

test.describe('accessibility', () => {
  const serious = (violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]) =>
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.nodes.length}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

  for (const mode of ['zh', 'en', 'zh-en']) {
    test(`should have no serious or critical axe violation on any slide in ${mode}`, async ({ page }) => {
      // The print view lays every slide out at once, fragments shown and charts drawn: one analysis covers the deck.
      await openDeck(page, { query: `print-pdf&lang=${mode}` });
      expect(await printedCharts(page)).toBeGreaterThanOrEqual(24);
      const result = await new AxeBuilder({ page }).include('.reveal .slides').withTags(WCAG).analyze();
      expect(serious(result.violations)).toEqual([]);
    });
  }

  test('should have no serious or critical axe violation in the presenting view and its dialogs', async ({ page }) => {
    await openDeck(page, { query: 'transition=none', slide: 'work-industry-2022' });
    expect(serious((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations)).toEqual([]);
    await page.keyboard.press('i');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(serious((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations)).toEqual([]);
  });

  test('should reach the language switch and the figures by keyboard, with a visible focus', async ({ page }) => {
    await openDeck(page, { slide: 'work-industry-2022' });
    const figure = page.locator('section#work-industry-2022 [data-countup]').first();
    await figure.focus();
    const outline = await figure.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    const toggle = page.getByRole('button', { name: /Language/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
