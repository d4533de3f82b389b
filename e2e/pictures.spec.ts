import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { fontsLoaded, foreignFonts } from '../scripts/export-browser.ts';
import { test, expect, openDeck } from './support/deck.ts';
import { slideIds } from './support/walk.ts';
import { chartMarks, markShares, pdfTextPages, plain, pngSize, poppler, readPng, type Mark } from './support/pixels.ts';

const root = resolve(import.meta.dirname, '..');
const RIVERBEND = 'src/report/__fixtures__/riverbend';
const URL_GIVEN = 'https://example.org/xiping-2023/';
const SHOT = ['title', 'indicators-2022', 'targets-2023'];
const CHARTED = ['indicators-2022', 'targets-2023'];

function exportDeck(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'scripts/export.ts', ...args], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** The marks of a slide's charts in reveal.js's print view, where every chart stands final: as fractions of the slide. */
async function printViewMarks(page: Page, language: string, id: string): Promise<Mark[]> {
  await page.goto(`./?print-pdf&margin=0&lang=${language}`);
  await expect(page.locator(`.pdf-page section#${id} figure[data-chart]`).first()).toHaveAttribute(
    'data-chart-state',
    'done',
  );
  return chartMarks(page, `section#${id}`);
}

const faint = (shares: number[]) => shares.filter((share) => share < 0.9).length;

test.describe.serial('slide pictures and the long picture (npm run export)', () => {
  let out = '';
  let riverbend = '';
  let log = '';
  let riverbendLog = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    out = mkdtempSync(join(tmpdir(), 'deck-pictures-'));
    riverbend = mkdtempSync(join(tmpdir(), 'deck-riverbend-pictures-'));
    const [ours, theirs] = await Promise.all([
      exportDeck([
        ...['--format', 'png,long', '--lang', 'zh,en', '--slides', SHOT.join(',')],
        ...['--url', URL_GIVEN, '--dist', 'dist', '--out', out],
      ]),
      // Another report, its bilingual mode too (English first).
      exportDeck([
        '--report',
        RIVERBEND,
        '--format',
        'png,long',
        '--lang',
        'en,en-zh',
        '--scale',
        '1',
        '--out',
        riverbend,
      ]),
    ]);
    log = ours.output;
    riverbendLog = theirs.output;
    expect(ours.code, log).toBe(0);
    expect(theirs.code, riverbendLog).toBe(0);
  });

  test.afterAll(() => {
    for (const dir of [out, riverbend]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('should write one 1920×1080 picture per chosen slide and mode, named by its place and id', async ({ page }) => {
    await openDeck(page);
    const ids = await slideIds(page);
    const expected = SHOT.map((id) => `${String(ids.indexOf(id) + 1).padStart(2, '0')}-${id}.png`).sort();
    expect(expected).toContain('05-indicators-2022.png');
    for (const mode of ['zh', 'en']) {
      expect(readdirSync(join(out, 'png', mode)).sort(), mode).toEqual(expected);
      for (const file of expected)
        expect(pngSize(readFileSync(join(out, 'png', mode, file))), `${mode}/${file}`).toEqual({
          width: 1920,
          height: 1080,
        });
    }
    expect(log).toMatch(/^en: 3 pictures, 1920×1080, [\d.]+ s$/m);
  });

  test('should draw each chart of a picture final, where the print view draws it', async ({ page }) => {
    for (const mode of ['zh', 'en']) {
      for (const id of CHARTED) {
        const marks = await printViewMarks(page, mode, id);
        expect(marks.length, `${mode} ${id} draws marks`).toBeGreaterThan(3);
        const name = readdirSync(join(out, 'png', mode)).find((file) => file.endsWith(`-${id}.png`))!;
        const shares = markShares(readPng(readFileSync(join(out, 'png', mode, name))), marks);
        expect(faint(shares), `${mode} ${id}: marks not painted in their colour`).toBe(0);
      }
    }
  });

  test('should draw the long picture 750 CSS px wide at 2×, its chosen slides under a header, over a footer', async ({
    page,
  }) => {
    for (const mode of ['zh', 'en']) {
      const parts = readdirSync(out).filter((file) => file.startsWith(`long.${mode}.`) && file.endsWith('.png'));
      expect(parts.length, mode).toBeGreaterThan(0);
      for (const part of parts) {
        const { width, height } = pngSize(readFileSync(join(out, part)));
        expect(width).toBe(1500);
        expect(height).toBeLessThanOrEqual(20_000);
      }
    }
    // What the long picture holds: the slides the composition names, and no other.
    await openDeck(page, { query: 'lang=zh' });
    const headings = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.reveal .slides section[id]')].map((s) => [
          s.id,
          s.querySelector('h1, h2')?.textContent ?? '',
        ]),
      ),
    );
    const text = plain(pdfTextPages(join(out, 'long.zh.pdf')).join(''));
    for (const id of ['headline-2022', 'indicators-2022', 'targets-2023', 'livelihood-projects-2023'])
      expect(text, id).toContain(plain(headings[id]!));
    expect(text).not.toContain(plain(headings['agenda']!));
    expect(text).not.toContain(plain(headings['problems-2022']!));
    expect(text).toContain(plain('西平县2023年政府工作报告'));
    expect(text).toContain(plain('2023年5月11日'));
    expect(text).toContain(plain('图中数字均引自报告原文'));
    expect(text).toContain(plain('example.org/xiping-2023'));
    const english = plain(pdfTextPages(join(out, 'long.en.pdf')).join(''));
    expect(english).toContain(plain('All figures are quoted from the report as delivered'));
    expect(english).toContain(plain('May 11, 2023'));
    // Every glyph of the PDF from the deck's own font.
    for (const mode of ['zh', 'en']) {
      const fonts = poppler('pdffonts', [join(out, `long.${mode}.pdf`)])
        .toString()
        .trim()
        .split('\n')
        .slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((row) => !/NotoSansSC-(Regular|Bold)/.test(row))).toEqual([]);
    }
  });

  test('should draw the long picture’s charts final, where the page draws them', async ({ browser }) => {
    // The page as the export opens it: 750 CSS px wide, two device pixels to the CSS pixel, no motion.
    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: { width: 750, height: 1334 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(`./?view=long&lang=zh&link=${encodeURIComponent(URL_GIVEN)}`);
    await expect(page.locator('.read[data-long="ready"]')).toBeAttached();
    const figures = page.locator('.read-main figure[data-chart]');
    expect(await figures.count()).toBeGreaterThan(1);
    for (const figure of await figures.all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveAttribute('data-chart-state', 'done');
    }
    await fontsLoaded(page);
    // Each chart has been checked for fit (a chart whose names do not fit shows as its table).
    for (const figure of await figures.all()) await expect(figure).toHaveAttribute('data-fits', /^(true|false)$/);
    // A chart may be laid out once more when the last face comes in: the marks are read once they stand still.
    let marks = await chartMarks(page, 'html', '.read-main');
    await expect
      .poll(
        async () => {
          const before = JSON.stringify(marks);
          marks = await chartMarks(page, 'html', '.read-main');
          return JSON.stringify(marks) === before;
        },
        { message: 'the charts stand still' },
      )
      .toBe(true);
    expect(marks.length).toBeGreaterThan(5);
    const picture = readPng(readFileSync(join(out, 'long.zh.png')));
    const shares = markShares(picture, marks);
    const off = marks
      .map((mark, i) => `${Math.round(mark.top * picture.height)} px down: ${Math.round(shares[i]! * 100)} %`)
      .filter((_, i) => shares[i]! < 0.9);
    expect(off, 'marks not painted in their colour, where the page draws them').toEqual([]);
    await context.close();
  });

  test('should make the made-up report’s pictures and long picture too, in its bilingual mode as well', async () => {
    for (const mode of ['en', 'en-zh']) {
      const files = readdirSync(join(riverbend, 'png', mode)).sort();
      expect(files).toEqual(['01-title.png', '02-review.png', '03-growth.png', '04-plan.png', '05-targets.png']);
      for (const file of files)
        expect(pngSize(readFileSync(join(riverbend, 'png', mode, file)))).toEqual({ width: 1280, height: 720 });
      expect(pngSize(readFileSync(join(riverbend, `long.${mode}.png`))).width).toBe(1500);
      const text = plain(pdfTextPages(join(riverbend, `long.${mode}.pdf`)).join(''));
      expect(text).toContain(plain('Riverbend County: the year 2024'));
      expect(text).toContain(plain('Review of the year'));
    }
    expect(plain(pdfTextPages(join(riverbend, 'long.en-zh.pdf')).join(''))).toMatch(/[\u4e00-\u9fff]/);
  });

  test('should stop with one line naming a bad --scale, --slides or --url', async () => {
    const runs = await Promise.all([
      exportDeck(['--format', 'png', '--scale', 'big', '--out', out]),
      exportDeck(['--format', 'png', '--slides', 'indicators-2021', '--out', out]),
      exportDeck(['--format', 'long', '--url', 'ftp://example.org/', '--out', out]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.output.trim().split('\n'), run.output).toHaveLength(1);
    }
    expect(runs[0]!.output).toMatch(/^export: --scale big: a number above 0 and at most 4/);
    expect(runs[1]!.output).toMatch(/^export: --slides indicators-2021: .*did you mean "indicators-2022"\?/);
    expect(runs[2]!.output).toMatch(/^export: --url ftp:\/\/example\.org\/: the deck's public address/);
  });
});

test.describe('the font check of the picture exports', () => {
  test('should find text a system font draws, and none in the deck as built', async ({ page }) => {
    // In the print view, as the export checks it: every slide laid out, every chart final.
    await printViewMarks(page, 'zh', 'indicators-2022');
    await fontsLoaded(page);
    expect(await foreignFonts(page, 'section#indicators-2022')).toEqual([]);
    // A character the deck never sets is not in its font: the browser takes it from the system's.
    await page.evaluate(() => {
      const odd = document.createElement('p');
      odd.textContent = 'Ω≈ç√∫˜µ≤≥÷';
      document.querySelector('section#indicators-2022 h2')!.after(odd);
    });
    expect((await foreignFonts(page, 'section#indicators-2022')).join('\n')).toContain('Ω≈ç√');
  });
});
