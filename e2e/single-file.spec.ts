import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { goToSlide, slideIds } from './support/walk.ts';
import { DECK } from './support/deck.ts';

const root = resolve(import.meta.dirname, '..');
const single = resolve(root, 'dist-single/index.html');

/** What the deck did that a file opened from disk must never do. */
interface Watch {
  errors: string[];
  offDisk: string[];
}

/** Watches every page of the context, so the speaker view's window and frames count too. */
function watch(context: BrowserContext): Watch {
  const seen: Watch = { errors: [], offDisk: [] };
  context.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  context.on('weberror', (error) => seen.errors.push(error.error().message));
  context.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) seen.offDisk.push(request.url());
  });
  return seen;
}

async function openFromDisk(page: Page, query = '', slide = ''): Promise<void> {
  await page.goto(`${pathToFileURL(single).href}${query}${slide ? `#/${slide}` : ''}`);
  await expect(page.locator(DECK)).toBeAttached();
}

test.describe.serial('single-file deck', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const built = await new Promise<{ code: number | null; output: string }>((done, fail) => {
      const child = spawn('npx', ['tsx', 'scripts/build-single.ts'], { cwd: root });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, output }));
    });
    expect(built.code, built.output).toBe(0);
    expect(statSync(single).isFile()).toBe(true);
  });

  test('should show every slide in both languages from disk, with no error and no request off the disk', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const seen = watch(context);
    await openFromDisk(page, '?lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const ids = await slideIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    for (const id of ids) await goToSlide(page, id);

    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    for (const id of ids) await goToSlide(page, id);

    const fonts = await page.evaluate(() =>
      document.fonts.ready.then((set) => [...set].map((f) => `${f.family} ${f.weight} ${f.status}`)),
    );
    expect(fonts.filter((f) => f.endsWith('loaded')).length, fonts.join(', ')).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.endsWith('error'))).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.offDisk).toEqual([]);
  });

  test('should draw a chart to its finished state', async ({ page, context }) => {
    const seen = watch(context);
    await openFromDisk(page, '', 'indicators-2022');
    const chart = page.locator('section#indicators-2022 figure[data-chart]');
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    const widths = await chart
      .locator('rect[data-mark]')
      .evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(seen.errors).toEqual([]);
  });

  test('should open the speaker view with the slide’s notes', async ({ page, context }) => {
    const seen = watch(context);
    await openFromDisk(page, '?lang=en', 'indicators-2022');
    const notes = await page.locator('section#indicators-2022 aside.notes li').allTextContents();
    expect(notes.length).toBeGreaterThan(0);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const shown = speaker.locator('.speaker-controls-notes .value');
    for (const note of notes) await expect(shown).toContainText(note.trim());
    await expect(speaker.locator('#current-slide iframe')).toBeAttached();
    expect(seen.errors).toEqual([]);
    expect(seen.offDisk).toEqual([]);
  });
});
