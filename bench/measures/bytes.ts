import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench, Measured } from '../measure.ts';
import { filesUnder } from '../support/serve.ts';
import { SETTLED, SLIDE_IDS, withPage } from '../support/page.ts';
import { KB } from '../support/stats.ts';
import type { Browser } from '@playwright/test';

type Kind = 'js' | 'css' | 'fonts' | 'html' | 'other';
const KIND: Record<string, Kind> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.woff2': 'fonts',
  '.woff': 'fonts',
  '.ttf': 'fonts',
  '.otf': 'fonts',
  '.html': 'html',
};

interface Sizes {
  raw: number;
  gzip: number;
  files: number;
}

/** Every file of a built directory by kind, raw and gzip level 9. */
function distBytes(dir: string) {
  const zero = (): Sizes => ({ raw: 0, gzip: 0, files: 0 });
  const by: Record<Kind | 'total', Sizes> = {
    js: zero(),
    css: zero(),
    fonts: zero(),
    html: zero(),
    other: zero(),
    total: zero(),
  };
  const files: { path: string; raw: number; gzip: number }[] = [];
  for (const path of filesUnder(dir)) {
    const data = readFileSync(path);
    const gzip = gzipSync(data, { level: 9 }).length;
    const kind = KIND[extname(path).toLowerCase()] ?? 'other';
    for (const key of [kind, 'total'] as const) {
      by[key].raw += data.length;
      by[key].gzip += gzip;
      by[key].files += 1;
    }
    files.push({ path: relative(dir, path), raw: data.length, gzip });
  }
  return { ...by, list: files.sort((a, b) => b.raw - a.raw) };
}

/** What a cold load of a page receives until its first slide is settled: bodies (decoded) and bytes on the wire. */
async function firstSlideTransfer(browser: Browser, url: string) {
  return withPage(browser, async (page) => {
    const pending: Promise<{ url: string; status: number; body: number; wire: number }>[] = [];
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().then(
            (b) => b.length,
            () => 0,
          );
          const sizes = await response
            .request()
            .sizes()
            .catch(() => undefined);
          const wire = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
          return { url: response.url().replace(url, '/'), status: response.status(), body, wire };
        })(),
      );
    });
    await page.goto(url);
    await page.evaluate(SETTLED);
    const responses = await Promise.all([...pending]);
    const slides = ((await page.evaluate(SLIDE_IDS)) as string[]).length;
    return {
      slides,
      body: responses.reduce((sum, r) => sum + r.body, 0),
      wire: responses.reduce((sum, r) => sum + r.wire, 0),
      responses,
    };
  });
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const sizes = (s: Sizes) => `${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;

/** Sizes of the built deck by kind, and what its first slide and the baseline's fetch. */
export async function bytes(bench: Bench): Promise<Measured> {
  bench.log('bytes of dist and of the first slide (cold load)…');
  const deck = distBytes(bench.deck.dist);
  const baseline = distBytes(bench.baseline.dist);
  const transfer = await firstSlideTransfer(bench.browser, bench.deck.url);
  const baselineTransfer = await firstSlideTransfer(bench.browser, bench.baseline.url);
  const others = deck.list
    .filter((f) => (KIND[extname(f.path).toLowerCase()] ?? 'other') === 'other')
    .map((f) => f.path);
  // The link-preview image is for crawlers of a shared link; the page itself never loads it.
  const pageKinds = [deck.js, deck.css, deck.fonts, deck.html];
  const pageGzip = pageKinds.reduce((sum, s) => sum + s.gzip, 0);
  const pageRaw = pageKinds.reduce((sum, s) => sum + s.raw, 0);
  return {
    rows: [
      { measure: 'dist JS', value: `${sizes(deck.js)} (${deck.js.files} files)` },
      { measure: 'dist CSS', value: sizes(deck.css) },
      { measure: 'dist fonts (woff2)', value: `${sizes(deck.fonts)} (${deck.fonts.files} files)` },
      { measure: 'dist HTML', value: sizes(deck.html) },
      ...(deck.other.files ? [{ measure: 'dist other', value: `${sizes(deck.other)} (${others.join(', ')})` }] : []),
      {
        measure: `deck: JS + CSS + fonts + HTML, gzip (raw ${kb(pageRaw)})`,
        value: pageGzip / KB,
        unit: 'kB' as const,
        target: 'deckGzipKB' as const,
      },
      {
        measure: 'first slide: bytes received',
        value: `${kb(transfer.body)} bodies, ${kb(transfer.wire)} on the wire (${transfer.responses.length} responses)`,
      },
      {
        measure: 'baseline: whole / first slide',
        value: `${kb(baseline.total.gzip)} gzip / ${kb(baselineTransfer.wire)} on the wire`,
      },
      ...(transfer.slides !== baselineTransfer.slides
        ? [
            {
              measure: 'slides: deck / baseline (should match)',
              value: `${transfer.slides} / ${baselineTransfer.slides}`,
            },
          ]
        : []),
    ],
    details: {
      kB: KB,
      dist: {
        js: deck.js,
        css: deck.css,
        fonts: deck.fonts,
        html: deck.html,
        other: deck.other,
        total: deck.total,
        files: deck.list,
      },
      firstSlide: {
        slides: transfer.slides,
        bodyBytes: transfer.body,
        wireBytes: transfer.wire,
        responses: transfer.responses,
      },
      baseline: {
        total: baseline.total,
        firstSlide: {
          slides: baselineTransfer.slides,
          bodyBytes: baselineTransfer.body,
          wireBytes: baselineTransfer.wire,
        },
      },
    },
  };
}
