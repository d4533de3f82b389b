import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/deck.ts';
import { glossaryEntry } from './support/glossary.ts';
import { deck } from '../slides/index.ts';
import { slidesOf } from '../src/deck/spec.ts';

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];
const MODES = ['zh', 'en', 'zh-en'];
const SLIDE_IDS = slidesOf(deck).map((slide) => slide.id);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Opens a link as a phone does (no `view` parameter: the width decides) and waits for the reading page. */
async function openReading(page: Page, link: string): Promise<void> {
  await page.goto(`./${link}`);
  await expect(page.locator('.read[data-ready="true"]')).toBeAttached();
}

/** Taps the language control until the page is in `mode`, as a reader would. */
async function switchTo(page: Page, mode: string): Promise<void> {
  const bilingual = mode.includes('-');
  const lang = mode.startsWith('zh') ? 'zh-CN' : 'en';
  const html = page.locator('html');
  const at = () => html.evaluate((el) => `${(el as HTMLElement).lang} ${(el as HTMLElement).dataset.mode}`);
  for (let taps = 0; taps < MODES.length && (await at()) !== `${lang} ${bilingual ? 'bilingual' : 'single'}`; taps++) {
    const before = await at();
    await page.locator('.read-bar .language-toggle').tap();
    await expect.poll(at).not.toBe(before);
  }
  await expect(html).toHaveAttribute('data-mode', bilingual ? 'bilingual' : 'single');
  await expect(html).toHaveAttribute('lang', lang);
}

/** How far the section's top is from the bottom of the sticky bar, in px. */
async function offsetFromBar(page: Page, id: string): Promise<number> {
  return page.evaluate((slide) => {
    const bar = document.querySelector('.read-bar')!.getBoundingClientRect().bottom;
    return Math.round(document.getElementById(slide)!.getBoundingClientRect().top - bar);
  }, id);
}

/** Brings every chart near, so that each is drawn (charts are drawn as they come within a screen of view). */
async function drawEveryChart(page: Page): Promise<void> {
  const figures = page.locator('.read figure[data-chart]');
  for (const figure of await figures.all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-chart-state', 'done');
  }
  await page.evaluate(() => scrollTo(0, 0));
}

/** What the reader would find wrong on the page, measured as rendered, each naming its slide. */
async function readingProblems(page: Page) {
  return page.evaluate(() => {
    const sectionOf = (el: Element) => el.closest('main > section')?.id ?? 'bar';
    const shown = (el: Element) =>
      el.getClientRects().length > 0 && !el.closest('dialog:not([open]), .visually-hidden');
    const headings = [...document.querySelectorAll('main > section')].map((s) => ({
      id: s.id,
      heading: s.querySelector(':scope > h1, :scope > h2')?.textContent?.trim() ?? '',
    }));
    const wide = [...document.querySelectorAll('.read *')]
      .filter(shown)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > document.documentElement.clientWidth + 1 || r.left < -1);
      })
      .map((el) => `${sectionOf(el)}: <${el.tagName.toLowerCase()}> ${(el.textContent ?? '').slice(0, 40)}`);
    // A section paints nothing outside its padding box (content-visibility contains its paint).
    const cut = [...document.querySelectorAll('main > section')].flatMap((section) => {
      const box = section.getBoundingClientRect();
      const style = getComputedStyle(section);
      const left = box.left + parseFloat(style.borderLeftWidth);
      const right = box.right - parseFloat(style.borderRightWidth);
      return [...section.querySelectorAll('*')]
        .filter(shown)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < left - 1 || r.right > right + 1);
        })
        .map((el) => `${section.id}: <${el.tagName.toLowerCase()}> ${(el.textContent ?? '').slice(0, 40)}`);
    });
    const small: string[] = [];
    const running: string[] = [];
    let smallest = Infinity;
    const walker = document.createTreeWalker(document.querySelector('.read')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      const text = (node.textContent ?? '').trim();
      if (!text || !shown(el)) continue;
      // On-screen size: an SVG text is scaled with its chart.
      const svg = el.closest('svg');
      const scale = svg ? (svg.getScreenCTM()?.a ?? 0) : 1;
      if (!scale) continue;
      const size = Math.round(parseFloat(getComputedStyle(el).fontSize) * scale * 10) / 10;
      smallest = Math.min(smallest, size);
      const where = `${sectionOf(el)}: "${text.slice(0, 30)}" at ${size}px`;
      if (size < 12) small.push(where);
      if (el.closest('p.text, ul.points > li, ol.grid > li, dl.glossary-list dd') && size < 16) running.push(where);
    }
    return {
      headings,
      wide,
      cut,
      small,
      running,
      smallest, // A phone widens its layout viewport to fit what overflows: innerWidth would grow with it.
      scrollWidth: document.documentElement.scrollWidth - screen.width,
    };
  });
}

for (const phone of PHONES) {
  test.describe(`the reading page at ${phone.width}×${phone.height}`, () => {
    test.use({ viewport: phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

    test('should show every slide readable in zh, en and zh-en', async ({ page, watch }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openReading(page, '?lang=zh');
      await expect(page.locator('.reveal'), 'reveal.js is not started').toHaveCount(0);
      const toggle = page.locator('.read-bar .language-toggle');
      const box = (await toggle.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(await page.locator('.notes').count(), 'no speaker notes').toBe(0);
      await drawEveryChart(page);

      for (const mode of MODES) {
        await switchTo(page, mode);
        const found = await readingProblems(page);
        expect(
          found.headings.map((h) => h.id),
          `${mode}: every slide, in order`,
        ).toEqual(SLIDE_IDS);
        expect(
          found.headings.filter((h) => !h.heading).map((h) => h.id),
          `${mode}: every slide has its heading`,
        ).toEqual([]);
        expect(found.scrollWidth, `${mode}: no sideways scroll`).toBeLessThanOrEqual(0);
        expect(found.wide, `${mode}: elements wider than the screen`).toEqual([]);
        expect(found.cut, `${mode}: elements cut off at their section's edge`).toEqual([]);
        expect(found.small, `${mode}: text under 12 px`).toEqual([]);
        expect(found.running, `${mode}: running text under 16 px`).toEqual([]);
      }
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    });

    test('should land a link on its section and keep the reader there across a language switch', async ({
      page,
      watch,
    }) => {
      await openReading(page, '?lang=en#/income-2022');
      await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe('loaded');
      expect(Math.abs(await offsetFromBar(page, 'income-2022'))).toBeLessThanOrEqual(2);
      await expect(page.locator('#income-2022 h2')).toBeInViewport();

      await page.locator('.read-bar .language-toggle').tap();
      await expect(page.locator('html')).toHaveAttribute('data-mode', 'bilingual');
      expect(Math.abs(await offsetFromBar(page, 'income-2022'))).toBeLessThanOrEqual(2);
      await expect(page).toHaveURL(/\?lang=zh-en#\/income-2022$/);
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    });
  });
}

test.describe('the reading page as it is read', () => {
  test.use({ viewport: PHONES[0], isMobile: true, hasTouch: true });

  for (const mode of MODES) {
    test(`should have no serious or critical axe violation in ${mode}`, async ({ page }) => {
      // axe takes tens of seconds over the whole page: one test per mode (they run in parallel), at one phone
      // size (the markup is the same at both); chart marks are left to the chart's name and table.
      test.setTimeout(150_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openReading(page, `?lang=${mode}`);
      const axe = await new AxeBuilder({ page }).include('.read').exclude('svg > *').withTags(WCAG).analyze();
      const serious = axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }

  test('should play each chart once when it comes into view and follow the reader in the address', async ({
    page,
    watch,
  }) => {
    await openReading(page, '?lang=zh#/income-2022');
    await expect(page.locator('#income-2022 figure[data-chart]')).toHaveAttribute('data-chart-state', 'done');
    const later = page.locator('#targets-2023 figure[data-chart]');
    await expect(later).toHaveAttribute('data-chart-state', 'idle');

    await page.evaluate(() => {
      const moves: unknown[] = [];
      document.querySelector('.read')!.addEventListener('readsection', (event) => {
        moves.push((event as CustomEvent).detail);
        document.body.dataset.moves = JSON.stringify(moves);
      });
    });
    // The reader scrolls on by themselves: the address follows and the move is theirs.
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe('#/income-2022');
    const hash = await page.evaluate(() => location.hash);
    expect(SLIDE_IDS.indexOf(hash.slice(2))).toBeGreaterThan(SLIDE_IDS.indexOf('income-2022'));
    expect(await page.evaluate(() => JSON.parse(document.body.dataset.moves || '[]').at(-1))).toEqual({
      id: hash.slice(2),
      byReader: true,
    });

    // A link within the page moves it there; the chart plays once, and stays done.
    await page.evaluate(() => (location.hash = '#/targets-2023'));
    await expect.poll(() => offsetFromBar(page, 'targets-2023')).toBeLessThanOrEqual(2);
    await expect(later).toHaveAttribute('data-chart-state', 'done');
    await expect(page.locator('#income-2022 figure[data-chart]')).toHaveAttribute('data-chart-state', 'done');
    expect(watch.errors).toEqual([]);
  });

  test('should open a figure’s source and a term’s explanation as sheets that fit the screen', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openReading(page, '?lang=zh#/honours-2022');
    const fits = async (dialog: ReturnType<Page['locator']>) => {
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONES[0]!.width);
      expect(box.y + box.height).toBeLessThanOrEqual(PHONES[0]!.height + 1);
    };
    await page.locator('#honours-2022 .figure-value').first().tap();
    const source = page.getByRole('dialog', { name: '数据出处' });
    await expect(source).toBeVisible();
    await expect(source.locator('mark')).not.toBeEmpty();
    await fits(source);
    await source.getByRole('button').tap();
    await expect(source).toBeHidden();

    const term = page.locator('main .term').first();
    await term.scrollIntoViewIfNeeded();
    const explained = glossaryEntry('zh', (await term.getAttribute('data-term'))!);
    await term.tap();
    const sheet = page.getByRole('dialog', { name: explained.term, exact: true });
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('p')).toHaveText(explained.explanation);
    await fits(sheet);
    await sheet.getByRole('button').tap();
    await expect(sheet).toBeHidden();
  });

  test('should open the reading page on a laptop when the link asks for it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./?view=read&lang=en#/indicators-2022');
    await expect(page.locator('.read[data-ready="true"]')).toBeAttached();
    expect(Math.abs(await offsetFromBar(page, 'indicators-2022'))).toBeLessThanOrEqual(2);
  });
});
