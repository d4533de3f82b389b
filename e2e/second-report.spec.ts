import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import { test, expect, DECK } from './support/deck.ts';
import { inspectSlide } from './support/walk.ts';
import { walkLegibility } from './support/legibility.ts';
import { root, script, serveBuilt } from './support/commands.ts';
import { pdfPages } from './support/pixels.ts';

/** The made-up second report: another county, year and language order, its own folder. */
const REPORT = 'src/report/__fixtures__/riverbend';
const MODES = ['en', 'zh', 'en-zh'];

/** The fonts a report's build keeps in its cache, with their modification times. */
function cachedFonts(): Record<string, number> {
  const cache = join(root, 'node_modules/.cache/deck');
  const fonts: Record<string, number> = {};
  for (const report of readdirSync(cache))
    for (const file of readdirSync(join(cache, report, 'fonts')).filter((f) => f.endsWith('.woff2')))
      fonts[`${report}/${file}`] = statSync(join(cache, report, 'fonts', file)).mtimeMs;
  return fonts;
}

test.describe.serial('a second report folder', () => {
  let out = '';
  let url = '';
  let server: PreviewServer | undefined;
  let fontsBefore: Record<string, number> = {};

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    out = mkdtempSync(join(tmpdir(), 'deck-second-'));
    fontsBefore = cachedFonts();
    const built = await script('deck', ['build', '--report', REPORT, '--out', join(out, 'dist')]);
    expect(built.code, built.stderr).toBe(0);
    ({ url, server } = await serveBuilt(join(out, 'dist')));
  });

  test.afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const mode of MODES) {
    test(`should show every slide of the second report in ${mode}: its text, every chart played to its end, no error`, async ({
      page,
      watch,
    }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      // This deck is served from an origin of its own, not the suite's.
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (!/^(data|blob):/.test(request.url()) && !request.url().startsWith(url)) elsewhere.push(request.url());
      });
      await page.goto(`${url}?lang=${mode}`);
      await expect(page.locator(DECK)).toBeAttached();
      const ids = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].map((s) => s.id),
      );
      expect(ids).toEqual(['title', 'review', 'growth', 'plan', 'targets']);
      let charts = 0;
      for (const id of ids) {
        // Past the last fragment, so every step is shown.
        await page.evaluate((slide) => (location.hash = `#/${slide}/99`), id);
        const section = page.locator(`section[id="${id}"]`);
        await expect(section).toHaveClass(/(^|\s)present(\s|$)/);
        const animated = section.locator('[data-chart-state], [data-count-state]');
        charts += await section.locator('figure[data-chart]').count();
        await expect
          .poll(() =>
            animated.evaluateAll((els) =>
              els.every(
                (el) => ((el as HTMLElement).dataset.chartState ?? (el as HTMLElement).dataset.countState) === 'done',
              ),
            ),
          )
          .toBe(true);
        const problems = await inspectSlide(page, id);
        expect(problems, id).toEqual({ id, rawKeys: [], overflow: [], overlaps: [] });
      }
      expect(charts).toBe(3);
      // Every slide again in its final state: no text under the limits a room reads from the back.
      const legibility = await walkLegibility(page);
      expect(legibility.slides).toBe(ids.length);
      expect(legibility.small.map((f) => `${f.slide}: ${f.what} "${f.text}" ${f.size} px < ${f.min} px`)).toEqual([]);
      await expect(page.locator('section#growth svg text', { hasText: mode === 'zh' ? '第2' : '2nd' })).toBeVisible();
      expect(watch.errors).toEqual([]);
      expect(elsewhere).toEqual([]);
    });
  }

  test("should export the second report's PDF and PowerPoint in its own languages", async () => {
    test.setTimeout(180_000);
    const exported = join(out, 'export');
    const result = await script('export', [
      '--report',
      REPORT,
      '--format',
      'pdf,pptx',
      '--out',
      exported,
      '--dist',
      join(out, 'dist'),
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(exported).sort()).toEqual(['deck.en.pdf', 'deck.en.pptx', 'deck.zh.pdf', 'deck.zh.pptx']);
    for (const language of ['en', 'zh']) {
      expect(pdfPages(join(exported, `deck.${language}.pdf`))).toBe(5);
      expect(result.stdout).toMatch(new RegExp(`deck\\.${language}\\.pptx  5 slides`));
    }
  });

  test("should keep each report's fonts apart: building this report's deck again makes none anew", async () => {
    test.setTimeout(120_000);
    const after = cachedFonts();
    // The second report's fonts are its own; the project report's, made before, are untouched.
    const own = Object.keys(after).filter((file) => file.startsWith('riverbend-'));
    expect(own).toHaveLength(4);
    for (const [file, time] of Object.entries(fontsBefore)) expect(after[file], file).toBe(time);
    const again = await script('deck', ['build', '--out', join(out, 'project')]);
    expect(again.code, again.stderr).toBe(0);
    const project = Object.entries(cachedFonts()).filter(([file]) => file.startsWith('data-'));
    expect(project).toHaveLength(4);
    for (const [file, time] of project) expect(time, file).toBe(after[file]);
  });
});
