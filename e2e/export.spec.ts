import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openDeck } from './support/deck.ts';
import { goToSlide } from './support/walk.ts';
import { root, run } from './support/commands.ts';
import { pdfPages, pdfPageSize, pdfTextPages, plain, poppler } from './support/pixels.ts';

interface Gray {
  width: number;
  height: number;
  at: (x: number, y: number) => number;
}

/** A binary PGM (P5) as pdftoppm -gray writes it: header fields separated by whitespace, comments after #. */
function parsePgm(data: Buffer): Gray {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[i]!))) i += 1;
    if (data[i] === 0x23) {
      while (data[i] !== 0x0a) i += 1;
      continue;
    }
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[i]!))) field += String.fromCharCode(data[i++]!);
    fields.push(field);
  }
  const [magic, width, height, max] = [fields[0], Number(fields[1]), Number(fields[2]), Number(fields[3])];
  if (magic !== 'P5' || max > 255) throw new Error(`not an 8-bit binary PGM: ${fields.join(' ')}`);
  const pixels = data.subarray(i + 1);
  return { width, height, at: (x, y) => pixels[y * width + x]! };
}

const RESOLUTION = 36;
function renderPage(file: string, page: number): Gray {
  return parsePgm(
    poppler('pdftoppm', ['-gray', '-r', String(RESOLUTION), '-f', String(page), '-l', String(page), file]),
  );
}

/** The page's background: its most common shade. */
function background(image: Gray): number {
  const counts = new Array<number>(256).fill(0);
  for (let y = 0; y < image.height; y += 1) for (let x = 0; x < image.width; x += 1) counts[image.at(x, y)]! += 1;
  return counts.indexOf(Math.max(...counts));
}

/** A box as fractions of the slide, so it maps onto a page image of any resolution. */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The share of pixels inside the boxes that differ from the background. */
function paintedShare(image: Gray, boxes: Box[]): number {
  const bg = background(image);
  let painted = 0;
  let total = 0;
  for (const box of boxes) {
    const x0 = Math.ceil(box.left * image.width);
    const x1 = Math.floor((box.left + box.width) * image.width);
    const y0 = Math.ceil(box.top * image.height);
    const y1 = Math.floor((box.top + box.height) * image.height);
    for (let y = y0; y < y1; y += 1)
      for (let x = x0; x < x1; x += 1) {
        total += 1;
        if (Math.abs(image.at(x, y) - bg) > 8) painted += 1;
      }
  }
  return total ? painted / total : 0;
}

interface DeckSlide {
  id: string;
  heading: string;
  /** The figures the slide shows, as the screen writes them. */
  figures: string[];
  notes: string[];
}

/** The deck as the screen shows it, every figure in its final state (nothing counts up under reduced motion). */
async function deckSlides(page: Page, language: string): Promise<DeckSlide[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDeck(page, { query: `lang=${language}` });
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].map((s) => ({
      id: s.id,
      heading: s.querySelector('h1, h2')?.textContent ?? '',
      figures: [...s.querySelectorAll('[data-fact]')]
        .filter((f) => !f.closest('aside, table'))
        .map((f) => f.textContent ?? ''),
      notes: [...s.querySelectorAll('aside.notes li')].map((li) => li.textContent ?? ''),
    })),
  );
}

/** Where a slide's chart shapes (bars, dots) sit on the screen, as fractions of the slide. */
async function chartShapes(page: Page, id: string): Promise<Box[]> {
  await goToSlide(page, id);
  const figures = page.locator(`section#${id} figure[data-chart]`);
  for (const figure of await figures.all()) await expect(figure).toHaveAttribute('data-chart-state', 'done');
  return page.evaluate((slideId) => {
    const slide = document.getElementById(slideId)!.getBoundingClientRect();
    return [...document.querySelectorAll(`section#${slideId} figure[data-chart] :is(rect, circle)[data-mark]`)]
      .map((shape) => shape.getBoundingClientRect())
      .filter((r) => r.width >= 6 && r.height >= 6)
      .map((r) => ({
        left: (r.left - slide.left) / slide.width,
        top: (r.top - slide.top) / slide.height,
        width: r.width / slide.width,
        height: r.height / slide.height,
      }));
  }, id);
}

test.describe.serial('PDF export', () => {
  let out = '';
  let log = '';
  const file = (language: string, notes = false) => join(out, `deck.${language}${notes ? '.notes' : ''}.pdf`);
  const languages = (JSON.parse(readFileSync(join(root, 'data/meta.json'), 'utf8')) as { languages: string[] })
    .languages;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    out = mkdtempSync(join(tmpdir(), 'deck-export-'));
    const result = await run('npx', ['tsx', 'scripts/export.ts', '--out', out, '--notes', '--dist', 'dist']);
    log = result.stdout + result.stderr;
    expect(result.code, log).toBe(0);
  });

  test.afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('should write a PDF and a notes PDF per language, and nothing half-written', async () => {
    expect(readdirSync(out).sort()).toEqual(languages.flatMap((l) => [`deck.${l}.notes.pdf`, `deck.${l}.pdf`]).sort());
    for (const language of languages)
      expect(log).toMatch(new RegExp(`^${language}: \\d+ pages, [\\d.]+ [KM]B, [\\d.]+ s$`, 'm'));
  });

  for (const language of languages) {
    test(`should print the ${language} deck one slide per 1280×720 page, in order, with its notes after each slide`, async ({
      page,
    }) => {
      const slides = await deckSlides(page, language);
      expect(pdfPages(file(language))).toBe(slides.length);
      // 1280×720 CSS pixels are 960×540 points.
      expect(pdfPageSize(file(language))).toBe('960 x 540 pts');

      const text = pdfTextPages(file(language));
      expect(text).toHaveLength(slides.length);
      const misplaced = slides
        .filter((slide, i) => slide.heading && !plain(text[i]!).includes(plain(slide.heading)))
        .map((s) => s.id);
      expect(misplaced, 'slides whose heading is not on their page').toEqual([]);
      const missing = slides.flatMap((slide, i) =>
        slide.figures.filter((f) => !plain(text[i]!).includes(plain(f))).map((f) => `${slide.id}: ${f}`),
      );
      expect(slides.flatMap((s) => s.figures).length).toBeGreaterThan(0);
      expect(missing, 'figures the screen shows that the PDF page lacks').toEqual([]);

      const withNotes = slides.filter((s) => s.notes.length);
      expect(pdfPages(file(language, true))).toBe(slides.length + withNotes.length);
      const notesText = pdfTextPages(file(language, true));
      let at = 0;
      const lost: string[] = [];
      for (const slide of slides) {
        if (slide.heading && !plain(notesText[at]!).includes(plain(slide.heading))) lost.push(`${slide.id}: slide`);
        at += 1;
        if (!slide.notes.length) continue;
        if (!slide.notes.every((note) => plain(notesText[at]!).includes(plain(note)))) lost.push(`${slide.id}: notes`);
        at += 1;
      }
      expect(lost, 'pages out of place in the notes PDF').toEqual([]);
    });
  }

  test('should carry the report’s headline figure as text in each language', () => {
    // The 2022 GDP, as each language writes it, on the slides themselves.
    expect(plain(pdfTextPages(file('zh')).join(''))).toContain('292.1亿元');
    expect(pdfTextPages(file('en')).join(' ').replace(/\s+/g, ' ')).toContain('29.21 billion yuan');
  });

  test('should draw every glyph of every PDF from the deck’s own font, never a system font', () => {
    const deckFont = /^([A-Z]{6}\+)?NotoSansSC-(Regular|Bold)$/;
    for (const pdf of languages.flatMap((language) => [file(language), file(language, true)])) {
      const rows = poppler('pdffonts', [pdf]).toString().trim().split('\n').slice(2);
      const fonts = rows.map((row) => {
        const cells = row.trim().split(/\s+/);
        return { name: cells[0]!, embedded: cells.at(-5) === 'yes', unicode: cells.at(-3) === 'yes', row: row.trim() };
      });
      expect(fonts.length, `${pdf} lists its fonts`).toBeGreaterThan(0);
      const foreign = fonts.filter((f) => !deckFont.test(f.name) || !f.embedded || !f.unicode).map((f) => f.row);
      expect(foreign, `${pdf}: fonts that are not the deck's own, embedded with their Unicode map`).toEqual([]);
    }
    // The Chinese title page draws its heading and its text from the deck's two weights.
    const titlePage = poppler('pdffonts', ['-f', '1', '-l', '1', file('zh')]).toString();
    expect(titlePage).toMatch(/NotoSansSC-Regular/);
    expect(titlePage).toMatch(/NotoSansSC-Bold/);
  });

  for (const language of languages) {
    test(`should paint every chart of the ${language} PDF where the screen draws its shapes`, async ({ page }) => {
      const slides = await deckSlides(page, language);
      const charted = await page.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides section[id]:has(figure[data-chart])')].map((s) => s.id),
      );
      expect(charted).toContain('indicators-2022');
      const blank: string[] = [];
      for (const id of charted) {
        const shapes = await chartShapes(page, id);
        expect(shapes.length, `${id} draws shapes`).toBeGreaterThan(0);
        const share = paintedShare(renderPage(file(language), slides.findIndex((s) => s.id === id) + 1), shapes);
        if (share < 0.9) blank.push(`${id}: ${(share * 100).toFixed(0)}% painted`);
      }
      expect(blank, 'chart pages not painted where their shapes are').toEqual([]);
    });
  }

  test('should fail with one line, writing nothing, when the deck is not built, breaks, or there is no browser', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'deck-no-export-'));
    const broken = mkdtempSync(join(tmpdir(), 'deck-broken-'));
    try {
      writeFileSync(join(broken, 'index.html'), '<!doctype html><script>throw new Error("the deck broke")</script>');
      const exportTo = (args: string[], env?: NodeJS.ProcessEnv) =>
        run('npx', ['tsx', 'scripts/export.ts', '--out', empty, ...args], env);
      const [pageError, noDeck, noBrowser] = await Promise.all([
        exportTo(['--dist', broken]),
        exportTo(['--dist', join(empty, 'dist')]),
        exportTo(['--dist', 'dist'], { ...process.env, CHROMIUM_PATH: join(empty, 'chromium') }),
      ]);
      for (const failed of [pageError, noDeck, noBrowser]) {
        expect(failed.code).toBe(1);
        expect(failed.stderr.trim().split('\n'), failed.stderr).toHaveLength(1);
      }
      expect(pageError.stderr).toMatch(/^export: [a-z]+: page error: .*the deck broke$/m);
      expect(noDeck.stderr).toMatch(
        /^export: .*index\.html not found: build the deck first with `npm run build -- --out .*`$/m,
      );
      expect(noBrowser.stderr).toMatch(/^export: CHROMIUM_PATH is set to .*, which does not exist\./);
      expect(readdirSync(empty), 'no PDF, whole or partial').toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
