/**
 * Contact sheets of the built deck: per display mode (zh, en, zh-en) one PNG
 * of every slide in its final state (charts finished, fragments shown), to
 * look at the whole deck at once. `npm run sheet [-- --report DIR --out dir --lang zh --slides]`;
 * `--slides` also keeps each slide at full size under `<out>/slides/<mode>/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { modesOf } from '../src/i18n/modes.ts';
import { parseCommand, ROOT, runCommand } from './cli.ts';
import { builtDeck, checkedPayload } from './deck-build.ts';
import { parseLanguages } from './export.ts';

/** Thumbnails per row; each at half the 1280×720 slide, so 18 px text stays readable on the sheet. */
const COLUMNS = 4;

/** Every slide in its final state, as a PNG of the slide alone. */
async function shootSlides(page: Page): Promise<{ id: string; png: Buffer }[]> {
  const ids = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides section[id]')].map((s) => s.id));
  const shots: { id: string; png: Buffer }[] = [];
  for (const id of ids) {
    // A fragment index past the last shows every fragment; reduced motion finishes each chart at once.
    await page.evaluate((slide) => (location.hash = `#/${slide}/99`), id);
    await page.waitForFunction(
      (slide) => {
        const section = document.getElementById(slide);
        if (!section?.classList.contains('present')) return false;
        const fragments = [...section.querySelectorAll('.fragment')];
        const charts = [...section.querySelectorAll<HTMLElement>('[data-chart-state], [data-count-state]')];
        return (
          fragments.every((f) => f.classList.contains('visible')) &&
          charts.every((c) => (c.dataset['chartState'] ?? c.dataset['countState']) === 'done')
        );
      },
      id,
      // A loaded machine can take a while; a slide that never settles still ends the run.
      { timeout: 120_000 },
    );
    const box = (await page.locator('.reveal .slides').boundingBox())!;
    shots.push({ id, png: await page.screenshot({ clip: box, animations: 'disabled' }) });
  }
  return shots;
}

/** Lays the shots out in a grid, each named by its slide id, and screenshots the whole grid. */
async function composeSheet(page: Page, mode: string, shots: { id: string; png: Buffer }[]): Promise<Buffer> {
  const cells = shots
    .map(
      (s, i) =>
        `<figure><img src="data:image/png;base64,${s.png.toString('base64')}"><figcaption>${i + 1} · ${s.id}</figcaption></figure>`,
    )
    .join('');
  await page.setContent(
    `<!doctype html><style>
      body{margin:0;padding:16px;background:#444;font:16px sans-serif;color:#eee}
      h1{margin:0 0 12px;font-size:20px}
      main{display:grid;grid-template-columns:repeat(${COLUMNS},640px);gap:16px}
      figure{margin:0} img{width:640px;height:360px;display:block;background:#fff}
      figcaption{padding:4px 0}
    </style><h1>${mode}: ${shots.length} slides</h1><main>${cells}</main>`,
  );
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  return page.screenshot({ fullPage: true });
}

async function main(): Promise<void> {
  const { values, report } = parseCommand({
    name: 'sheet',
    usage: '[--report DIR] [--out DIR] [--lang zh,en,…] [--slides] [--dist DIR]',
    options: {
      out: { type: 'string', default: 'export' },
      dist: { type: 'string' },
      lang: { type: 'string' },
      slides: { type: 'boolean', default: false },
    },
  });
  const folder = report();
  const payload = await checkedPayload(folder);
  // Each display mode of the report: each language, and the bilingual one.
  const modes = values.lang ? parseLanguages(values.lang, payload.meta.languages) : modesOf(payload.meta.languages);
  const out = resolve(folder.cwd, values.out ?? 'export');
  mkdirSync(out, { recursive: true });
  const dist = await builtDeck(folder, values.dist, console.log);
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const base = server.resolvedUrls!.local[0]!;
    for (const mode of modes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${base}?lang=${mode}&transition=none`);
      await page.waitForSelector('.reveal[data-ready="true"]', { state: 'attached' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const shots = await shootSlides(page);
      if (values.slides) {
        const dir = join(out, 'slides', mode);
        mkdirSync(dir, { recursive: true });
        shots.forEach((s, i) => writeFileSync(join(dir, `${String(i + 1).padStart(2, '0')}-${s.id}.png`), s.png));
      }
      const file = join(out, `sheet.${mode}.png`);
      writeFileSync(file, await composeSheet(page, mode, shots));
      console.log(`${relative(folder.cwd, file)}: ${shots.length} slides`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

runCommand('sheet', main);
