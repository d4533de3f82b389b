/**
 * The live server's static files: `npm run bench:live -- --static`.
 *
 * Serves `dist/` as `npm run live` does, on a free loopback port, and
 * measures two things: what a phone and a laptop fetch over the network on a
 * first visit and on a second (Chromium's own cache between them, as a
 * returning reader's browser has), and how fast the server hands out every
 * file of `dist/` (each fetched ROUNDS times over keep-alive connections). It
 * reports; it asserts nothing.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import { startLiveServer } from '../src/live/server/server.ts';
import { newSecret } from '../src/live/server/secret.ts';
import type { Row } from './measure.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const ROUNDS = 20;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

/** Bytes that came over the network for one page load, and how many requests the server answered. */
async function visit(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let asked = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  cdp.on('Network.responseReceived', (event) => {
    if (!event.response.url.startsWith('ws') && !event.response.fromDiskCache) asked++;
  });
  const start = performance.now();
  await page.goto(url, { waitUntil: 'networkidle' });
  const ms = performance.now() - start;
  await page.close();
  return { bytes, asked, ms };
}

export async function benchLiveStatic(): Promise<Row[]> {
  const server = await startLiveServer({ dist: DIST, host: '127.0.0.1', port: 0, relay: { secret: newSecret() } });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    for (const [name, options] of [
      ['laptop', { viewport: { width: 1280, height: 720 } }],
      ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
    ] as const) {
      const context = await browser.newContext({ locale: 'zh-CN', ...options });
      const first = await visit(context, `${base}/`);
      const again = await visit(context, `${base}/`);
      await context.close();
      rows.push(
        { measure: `${name}, first visit: bytes over the network`, value: Math.round(first.bytes / 1024), unit: 'kB' },
        { measure: `${name}, first visit: loaded (network idle) in`, value: Math.round(first.ms), unit: 'ms' },
        { measure: `${name}, second visit: bytes over the network`, value: Math.round(again.bytes / 1024), unit: 'kB' },
        { measure: `${name}, first visit: requests that reached the server`, value: first.asked },
        { measure: `${name}, second visit: requests that reached the server`, value: again.asked },
      );
    }
    const paths = files(DIST).map((file) => `/${relative(DIST, file).split('\\').join('/')}`);
    let served = 0;
    const start = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      for (const path of paths) served += (await (await fetch(`${base}${path}`)).arrayBuffer()).byteLength;
    }
    const ms = performance.now() - start;
    rows.push(
      { measure: `every file of dist/ (${paths.length}) fetched ${ROUNDS} times`, value: Math.round(ms), unit: 'ms' },
      { measure: 'serving rate', value: `${Math.round(served / 1024 / 1024 / (ms / 1000))} MB/s` },
    );
  } finally {
    await browser.close();
    await server.close(100);
  }
  return rows;
}
