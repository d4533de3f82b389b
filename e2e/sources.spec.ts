import { test, expect, openDeck, DECK } from './support/deck.ts';
import { glossaryEntry } from './support/glossary.ts';

test.describe('sources of figures', () => {
  test('should show the report sentence that states a clicked figure, and close with Escape', async ({ page }) => {
    await openDeck(page, { slide: 'work-industry-2022', query: 'lang=en' });
    const figure = page.locator('section#work-industry-2022 [data-countup][data-fact="dz-enterprises-2022"]');
    await expect(figure).toHaveAttribute('data-count-state', 'done');
    const figureText = (await figure.textContent())!;
    await figure.click();
    const dialog = page.getByRole('dialog', { name: 'Source of this figure' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(figureText);
    await expect(dialog.locator('mark')).toContainText('141');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator(DECK)).not.toHaveClass(/overview/);
  });

  test('should list the sources of every figure on the slide with the I key', async ({ page }) => {
    await openDeck(page, { slide: 'work-industry-2022' });
    await page.keyboard.press('i');
    const dialog = page.getByRole('dialog', { name: '数据出处' });
    await expect(dialog).toBeVisible();
    const ids = await page
      .locator('section#work-industry-2022 > :not(aside) [data-fact]')
      .evaluateAll((figures) => new Set(figures.map((f) => (f as HTMLElement).dataset.fact)).size);
    expect(ids).toBeGreaterThan(1);
    await expect(dialog.locator('mark')).toHaveCount(ids);
    await expect(dialog.locator('mark').first()).toHaveText(/\d/);
  });

  test('should open a figure in running text from the keyboard', async ({ page }) => {
    await openDeck(page, { slide: 'task-industry-2023-grain' });
    // The chart's caption names the target: a figure in running text that no step hides.
    const inText = page.locator('section#task-industry-2023-grain figcaption [data-fact]:not([data-countup])').first();
    await expect(inText).toBeVisible();
    const figure = (await inText.textContent())!;
    await inText.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(figure);
    await expect(dialog.locator('mark')).toHaveCount(1);
    await expect(dialog.locator('mark')).toContainText(/\d/);
  });
});

test.describe('glossary', () => {
  test('should explain a marked term when it is focused, in the current language', async ({ page }) => {
    await openDeck(page, { slide: 'approach-2023', query: 'lang=en' });
    const term = page.locator('section#approach-2023 > :not(aside) [data-term]').first();
    // The term sits in a list that builds up: show its fragment one step at a time.
    const fragments = page.locator('section#approach-2023 [data-fragment-index]');
    const shown = fragments.filter({ visible: true });
    for (let step = 1; step <= (await fragments.count()) && !(await term.isVisible()); step++) {
      await page.keyboard.press('ArrowRight');
      await expect(shown).toHaveCount(step);
    }
    await term.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(term).toHaveAttribute('aria-describedby', 'glossary-tip');
    const id = (await term.getAttribute('data-term'))!;
    const inEnglish = glossaryEntry('en', id);
    await expect(tip).toHaveText(inEnglish.term + inEnglish.explanation);
    await page.keyboard.press('l');
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await term.focus();
    const inChinese = glossaryEntry('zh', id);
    await expect(tip).toHaveText(inChinese.term + inChinese.explanation);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('should mark terms from the glossary data in both languages', async ({ page }) => {
    for (const language of ['zh', 'en']) {
      await openDeck(page, { query: `lang=${language}` });
      const marked = await page
        .locator('section [data-term]')
        .evaluateAll((terms) => new Set(terms.map((t) => (t as HTMLElement).dataset.term)).size);
      expect(marked, language).toBeGreaterThanOrEqual(10);
    }
  });

  test('should list all glossary terms on the glossary slides', async ({ page }) => {
    await openDeck(page, { slide: 'glossary-1' });
    await expect(page.locator('section[id^="glossary-"] dl dt')).toHaveCount(37);
  });
});
