import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pageSize } from '../scripts/export-pdf.ts';
import { fontsLoaded } from '../scripts/export-browser.ts';
import { test, expect, openDeck } from './support/deck.ts';
import { goToSlide } from './support/walk.ts';
import { chartMarks, markShares, pdfPagePicture, pdfPages, pdfTextPages, plain, type Mark } from './support/pixels.ts';

/** What a slide shows, as the print view lays it out: what its printed page must hold. */
interface PrintedSlide {
  id: string;
  heading: string;
  figures: string[];
  points: string[];
}

/** reveal.js's print view as a person opens it from a link, settled: its pages laid out, every chart final. */
async function openPrintView(page: Page, query: string, hash = ''): Promise<PrintedSlide[]> {
  // Nothing moves in print: no chart ever plays there, it is drawn final.
  await page.addInitScript(() => {
    new MutationObserver((changes) => {
      for (const change of changes)
        if ((change.target as HTMLElement).dataset['chartState'] === 'playing')
          document.documentElement.dataset['played'] = 'true';
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-chart-state'] });
  });
  await page.goto(`./?print-pdf&${query}${hash}`);
  await expect(page.locator('.reveal .slides .pdf-page').first()).toBeAttached();
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-chart-state], [data-count-state]')].every(
      (e) => (e.dataset['chartState'] ?? e.dataset['countState']) === 'done',
    ),
  );
  await fontsLoaded(page);
  await expect(page.locator('html'), 'a chart played in the print view').not.toHaveAttribute('data-played', 'true');
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page > section[id]')].map((s) => ({
      id: s.id,
      heading: s.querySelector('h1, h2')?.textContent ?? '',
      figures: [...s.querySelectorAll('[data-fact]')]
        .filter((f) => !f.closest('aside, table'))
        .map((f) => f.textContent ?? ''),
      points: [...s.querySelectorAll('.slide-body :is(ul.points, ol.grid) > li')].map((li) => li.textContent ?? ''),
    })),
  );
}

/** Slides whose pages are read word for word: every few slides, and every slide with a chart, so each layout is met. */
const sampled = (slides: PrintedSlide[], charted: string[]) =>
  slides.filter((slide, i) => i % 6 === 0 || charted.includes(slide.id));

/** What a printed page lacks of its slide: its heading, figures and points. */
function missingText(text: string, slide: PrintedSlide): string[] {
  const page = plain(text);
  return [slide.heading, ...slide.figures, ...slide.points]
    .filter((part) => part && !page.includes(plain(part)))
    .map((part) => `${slide.id}: ${part.slice(0, 30)}`);
}

/** Where the chart's bars are on the screen, as fractions of the slide, once the chart has finished. */
async function screenMarks(page: Page, language: string, slide: string): Promise<Mark[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, { query: `lang=${language}`, slide });
  await goToSlide(page, slide);
  await expect(page.locator(`section#${slide} figure[data-chart]`).first()).toHaveAttribute('data-chart-state', 'done');
  return chartMarks(page, `section#${slide}`);
}

const CHART_SLIDE = 'indicators-2022';

test.describe('printing from the browser', () => {
  let out = '';
  test.beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'deck-print-'));
  });
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  for (const language of ['zh', 'en', 'zh-en']) {
    test(`should print every slide whole in ${language}, at reveal.js's margins, at margin=0 and on A4`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const marks = await screenMarks(page, language, CHART_SLIDE);
      expect(marks.length, 'the chart draws bars').toBeGreaterThan(3);

      // Printed as reveal.js tells its users to: the print view, then the browser's printing at the page size it asks for.
      const printings = [
        { name: 'default margins', query: `lang=${language}`, paper: undefined },
        { name: 'A4', query: `lang=${language}`, paper: 'A4' },
        { name: 'margin=0', query: `lang=${language}&margin=0`, paper: undefined },
      ];
      let slides: PrintedSlide[] = [];
      let loaded = '';
      const failures: string[] = [];
      for (const printing of printings) {
        if (loaded !== printing.query) {
          // A link to a slide prints the whole deck all the same.
          slides = await openPrintView(page, printing.query, language === 'zh-en' ? `#/${CHART_SLIDE}` : '');
          loaded = printing.query;
        }
        const file = join(out, `${language}-${printing.name}.pdf`);
        const size = await pageSize(page);
        await page.pdf(
          printing.paper
            ? { path: file, format: printing.paper }
            : { path: file, width: `${size.width}px`, height: `${size.height}px` },
        );

        expect(slides.length).toBeGreaterThan(10);
        expect(pdfPages(file), `${printing.name}: one page per slide`).toBe(slides.length);
        const text = pdfTextPages(file);
        const charted = slides.filter((s) => s.id === CHART_SLIDE).map((s) => s.id);
        const checked = sampled(slides, charted);
        expect(checked.flatMap((s) => [...s.figures, ...s.points]).length).toBeGreaterThan(20);
        failures.push(
          ...checked.flatMap((slide) =>
            missingText(text[slides.indexOf(slide)]!, slide).map((m) => `${printing.name}: ${m}`),
          ),
        );

        // The chart's page: its bars where the screen draws them, in their colours, full grown. The paper
        // holds reveal.js's page shrunk to fit and centred, and the page holds the slide at its centre.
        const index = slides.findIndex((s) => s.id === CHART_SLIDE);
        const picture = pdfPagePicture(file, index + 1);
        const scale = Math.min(picture.width / size.width, picture.height / size.height);
        const frame = {
          left: (picture.width - 1280 * scale) / 2,
          top: (picture.height - 720 * scale) / 2,
          width: 1280 * scale,
          height: 720 * scale,
        };
        const shares = markShares(picture, marks, frame);
        const faint = shares.filter((share) => share < 0.85);
        if (faint.length)
          failures.push(`${printing.name}: ${faint.length} of ${marks.length} bars not painted in their colour`);
      }
      expect(failures, 'what the printed pages lack').toEqual([]);
    });
  }
});
