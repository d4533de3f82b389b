import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { staticDeck } from '../src/live/server/static.ts';
import { test, expect, openDeck, DECK } from './support/deck.ts';
import { goToSlide } from './support/walk.ts';

const root = resolve(import.meta.dirname, '..');

/** Waits until the deck's service worker is installed (every file cached) and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The paths of every file the page's caches hold, relative to the deck. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname.replace(/^\//, ''));
    }
    return paths.sort();
  });
}

/** The network is off for the worker too: a file the deck never cached cannot be had. */
async function expectNetworkOff(page: Page): Promise<void> {
  const outcome = await page.evaluate(() =>
    fetch(`./og-image.png?${Date.now()}`).then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(outcome, 'a file outside the cache, offline').toBe('failed');
}

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('should open the deck and the reading page with the network off, in the language last used', async ({
    page,
    context,
  }) => {
    await openDeck(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.keyboard.press('l');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/\?lang=en/);
    await installed(page);

    await context.setOffline(true);
    await expectNetworkOff(page);
    // No language in the address: the one remembered.
    const response = await page.goto('./#/indicators-2022');
    expect(response?.fromServiceWorker(), 'the page came from the worker').toBe(true);
    await expect(page.locator(DECK)).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await goToSlide(page, 'indicators-2022');
    await expect(page.getByRole('heading', { level: 2, name: 'Main Economic Indicators, 2022' })).toBeVisible();
    await expect(page.locator('section#indicators-2022 figure[data-chart]')).toHaveAttribute(
      'data-chart-state',
      'done',
    );

    await page.goto('./?view=read#/targets-2023');
    await expect(page.locator('.read[data-ready="true"]')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const chart = page.locator('section#targets-2023 figure[data-chart]').first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-chart-state', 'done');
    await expect(page.locator('section#targets-2023 h2')).toHaveText(/\w/);
    await context.setOffline(false);
  });

  test('should replace a first build’s files with a second build’s after one online visit', async ({ browser }) => {
    test.setTimeout(120_000);
    const second = mkdtempSync(join(tmpdir(), 'deck-second-build-'));
    // The second build is another report's deck (the made-up one of the engine's tests), built while the first is visited.
    const built = new Promise<void>((done, fail) => {
      const child = spawn(
        'npx',
        ['tsx', 'scripts/deck.ts', 'build', '--report', 'src/report/__fixtures__/riverbend', '--out', second],
        { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => (code === 0 ? done() : fail(new Error(`the second build failed: ${stderr}`))));
    });
    let serve = staticDeck(join(root, 'dist'), () => '');
    const server: Server = createServer((request, response) => serve(request, response));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    let context: BrowserContext | undefined;
    try {
      context = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(origin);
      await expect(page.locator(DECK)).toBeAttached();
      await installed(page);
      const firstFiles = await cachedPaths(page);
      expect(firstFiles).toContain('index.html');
      expect(firstFiles.some((path) => path.endsWith('.woff2'))).toBe(true);

      await built;
      serve = staticDeck(second, () => '');
      const secondAssets = readdirSync(join(second, 'assets')).map((file) => `assets/${file}`);
      await page.goto(origin);
      await expect(page.locator(DECK)).toBeAttached();
      // Online, the new build's page is the one shown, and its worker takes over and replaces the cache.
      await expect(page.locator('section#review h2')).toHaveText('Review of the year');
      const firstOnly = firstFiles.filter((path) => path !== 'index.html' && !secondAssets.includes(path));
      expect(firstOnly.length, 'files of the first build alone').toBeGreaterThan(0);
      await expect
        .poll(async () =>
          (await cachedPaths(page)).filter((path) => path !== 'index.html' && !secondAssets.includes(path)),
        )
        .toEqual([]);
      expect(await cachedPaths(page)).toContain('index.html');
      await context.setOffline(true);
      await expectNetworkOff(page);
      await page.goto(origin);
      await expect(page.locator(DECK)).toBeAttached();
      await expect(page.locator('section#review h2')).toHaveText('Review of the year');
    } finally {
      await context?.close();
      await new Promise((done) => server.close(done));
      rmSync(second, { recursive: true, force: true });
    }
  });
});
