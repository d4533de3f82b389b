/**
 * The deck's benchmark: builds the deck and a plain reveal.js baseline, serves
 * both on loopback, drives Chromium, and prints figures (bytes, time to the
 * first slide, language switch, chart frames, PDF export, heap growth) beside
 * their targets. It measures and reports; it asserts nothing. Results go to
 * bench/results/latest.json. See bench/README.md.
 *
 * In-page code is passed to Chromium as strings: tsx's transform may add
 * helpers (`__name`) to functions, which would not exist in the page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, platform, arch, release, tmpdir, totalmem } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DECK_DIST = join(ROOT, 'dist');
const BASELINE_ROOT = join(ROOT, 'bench/baseline');
const BASELINE_DIST = join(BASELINE_ROOT, 'dist');
const RESULTS = join(ROOT, 'bench/results');

const COLD_LOADS = 7;
const SWITCHES = 20;
const CHART_SLIDES = ['indicators-2022', 'targets-2023'];
const LANG_SLIDE = 'indicators-2022';
const KB = 1000;

const TARGET = {
  wholeGzip: 400 * KB,
  firstSlideRatio: 1.2,
  switchMs: 16,
  frameMs: 50,
  heapGrowthPct: 10,
};

/** The whole run stops by itself, whatever hangs. */
const WATCHDOG_MS = 10 * 60_000;
setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; giving up.`);
  process.exit(2);
}, WATCHDOG_MS).unref();

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

function run(command: string, args: string[], timeoutMs: number): { ms: number; status: number | null; output: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, env: process.env, maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { ms: elapsed, status: result.status, output };
}

function mustRun(what: string, command: string, args: string[], timeoutMs: number) {
  log(`${what}…`);
  const result = run(command, args, timeoutMs);
  if (result.status !== 0) {
    console.error(result.output);
    throw new Error(`${what} failed (${command} ${args.join(' ')}, exit ${result.status})`);
  }
  return result;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

type Kind = 'js' | 'css' | 'fonts' | 'html' | 'other';
const KIND: Record<string, Kind> = { '.js': 'js', '.mjs': 'js', '.css': 'css', '.woff2': 'fonts', '.woff': 'fonts', '.ttf': 'fonts', '.otf': 'fonts', '.html': 'html' };

interface Sizes {
  raw: number;
  gzip: number;
  files: number;
}

function distBytes(dir: string) {
  const zero = (): Sizes => ({ raw: 0, gzip: 0, files: 0 });
  const by: Record<Kind | 'total', Sizes> = { js: zero(), css: zero(), fonts: zero(), html: zero(), other: zero(), total: zero() };
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

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/** Serves a built directory on loopback with Vite's own preview server (gzip, as `npm run preview` does). */
async function serve(root: string, outDir: string) {
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN', serviceWorkers: 'block' });
}

/** Anything a page asks of another host: the deck must need none (reported, not blocked: routing would disable the cache). */
const external = new Set<string>();
function watchExternal(page: Page) {
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url)) external.add(url);
  });
}

async function withPage<T>(browser: Browser, use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    watchExternal(page);
    return await use(page, context);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- in-page scripts

/** Waits (bounded) until reveal.js is initialised, the fonts are in and two frames have run. */
const SETTLED = `(async () => {
  const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
  const start = performance.now();
  while (!document.querySelector('.reveal[data-ready="true"]')) {
    if (performance.now() - start > 30000) throw new Error('.reveal never became ready');
    await raf();
  }
  await raf(); await raf();
  await document.fonts.ready;
  await raf(); await raf();
  return true;
})()`;

/**
 * Before any page script: when `.reveal` gets data-ready="true", note the
 * time, then wait for the fonts and two frames (the second runs after the
 * first frame with the slide was painted) and note that time too.
 */
const FIRST_SLIDE_PROBE = `(() => {
  const bench = (window.__bench = {});
  const seen = () => {
    const root = document.querySelector('.reveal');
    if (!root || root.getAttribute('data-ready') !== 'true' || bench.ready !== undefined) return;
    bench.ready = performance.now();
    observer.disconnect();
    document.fonts.ready.then(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => { bench.drawn = performance.now(); })),
    );
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})()`;

/**
 * Presses L n times on the present slide; for each, the synchronous DOM update
 * and the next rendered frame. L cycles the deck's modes (zh → en → zh-en →
 * zh); the mode is read from the address, where the switch keeps it (`?lang=`).
 */
const LANGUAGE_SWITCHES = (n: number) => `(async () => {
  const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
  const html = document.documentElement;
  const mode = () => new URLSearchParams(location.search).get('lang') || html.lang;
  const samples = [];
  for (let i = 0; i < ${n}; i++) {
    const from = mode();
    const callbacks = [];
    let records = 0;
    const observer = new MutationObserver((list) => { callbacks.push(performance.now()); records += list.length; });
    observer.observe(html, { subtree: true, childList: true, attributes: true, characterData: true });
    const event = new KeyboardEvent('keydown', { key: 'l', code: 'KeyL', keyCode: 76, which: 76, bubbles: true, cancelable: true });
    if (event.keyCode !== 76) Object.defineProperty(event, 'keyCode', { get: () => 76 });
    // The end of this task: whatever the switch does in microtasks is delivered before it.
    const taskEnd = new Promise((r) => setTimeout(() => r(performance.now()), 0));
    const t0 = performance.now();
    document.dispatchEvent(event);
    const tSync = performance.now();
    const tTask = await taskEnd;
    const inTask = callbacks.filter((t) => t <= tTask);
    const tDom = Math.max(tSync, ...inTask);
    const to = mode();
    const tFrame = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
    observer.disconnect();
    samples.push({ from, to, lang: html.lang, sync: tSync - t0, dom: tDom - t0, frame: tFrame - t0, records, lateCallbacks: callbacks.length - inTask.length });
    await raf(); await raf();
    await new Promise((r) => setTimeout(r, 60));
  }
  return samples;
})()`;

/** Enters a chart slide by its address (from the slide before it) and records every frame until its charts are done. */
const CHART_FRAMES = (id: string) => `(async () => {
  const id = ${JSON.stringify(id)};
  const section = document.getElementById(id);
  if (!section) throw new Error('no slide ' + id);
  const figures = [...section.querySelectorAll('figure[data-chart]')];
  if (!figures.length) throw new Error('no chart on ' + id);
  await new Promise((r) => requestAnimationFrame(() => r()));
  const start = performance.now();
  const deltas = [];
  let last = null, sawPlaying = false;
  const result = await new Promise((resolve) => {
    const tick = (ts) => {
      if (last !== null) deltas.push(ts - last);
      last = ts;
      const states = figures.map((f) => f.dataset.chartState);
      if (states.includes('playing')) sawPlaying = true;
      const done = sawPlaying && states.every((s) => s === 'done');
      if (done || performance.now() - start > 20000) resolve({ done, sawPlaying, elapsed: performance.now() - start });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    location.hash = '#/' + id;
  });
  return { ...result, deltas };
})()`;

/** Visits every slide by its address, waiting on each until it is present and its charts are done. */
const WALK = `(async () => {
  const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
  const ids = [...document.querySelectorAll('.reveal .slides section[id]')].map((s) => s.id);
  for (const id of ids) {
    location.hash = '#/' + id;
    const start = performance.now();
    for (;;) {
      const el = document.getElementById(id);
      const figures = el ? [...el.querySelectorAll('figure[data-chart]')] : [];
      if (el && el.classList.contains('present') && figures.every((f) => f.dataset.chartState === 'done')) break;
      if (performance.now() - start > 15000) throw new Error('slide ' + id + ' not shown with its charts done after 15 s');
      await raf();
    }
  }
  return ids.length;
})()`;

/**
 * Polls a condition in the page until it holds (bounded). Not
 * page.waitForFunction: a string predicate is eval'd in the page, which the
 * deck's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
async function waitInPage(page: Page, condition: string, timeoutMs: number): Promise<void> {
  await page.evaluate(`(async () => {
    const start = performance.now();
    while (!(${condition})) {
      if (performance.now() - start > ${timeoutMs}) throw new Error(${JSON.stringify(`not true after ${timeoutMs} ms: ${condition}`)});
      await new Promise((r) => setTimeout(r, 16));
    }
    return true;
  })()`);
}

const SLIDE_IDS = `[...document.querySelectorAll('.reveal .slides section[id]')].map((s) => s.id)`;

// ---------------------------------------------------------------- measurements

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

interface LoadTiming {
  ready: number;
  drawn: number;
  fcp: number | null;
}

async function coldLoad(browser: Browser, url: string): Promise<LoadTiming> {
  return withPage(browser, async (page) => {
    await page.addInitScript(FIRST_SLIDE_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    await waitInPage(page, 'window.__bench && window.__bench.drawn !== undefined', 30_000);
    return (await page.evaluate(`({ ...window.__bench, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null })`)) as LoadTiming;
  });
}

async function languageSwitch(browser: Browser, url: string) {
  return withPage(browser, async (page) => {
    await page.goto(`${url}?lang=zh#/${LANG_SLIDE}`);
    await page.evaluate(SETTLED);
    await waitInPage(page, `[...document.querySelectorAll('#${LANG_SLIDE} figure[data-chart]')].every((f) => f.dataset.chartState === 'done')`, 30_000);
    await sleep(300);
    type Sample = { from: string; to: string; lang: string; sync: number; dom: number; frame: number; records: number; lateCallbacks: number };
    const samples = (await page.evaluate(LANGUAGE_SWITCHES(SWITCHES))) as Sample[];
    const switched = samples.filter((s) => s.from !== s.to).length;
    return { samples, switched };
  });
}

async function chartFrames(browser: Browser, url: string, id: string) {
  return withPage(browser, async (page) => {
    await page.goto(url);
    await page.evaluate(SETTLED);
    const ids = (await page.evaluate(SLIDE_IDS)) as string[];
    const from = ids[ids.indexOf(id) - 1];
    if (!from) throw new Error(`no slide before ${id}`);
    await page.evaluate(`location.hash = '#/${from}'`);
    await waitInPage(page, `document.getElementById('${from}')?.classList.contains('present')`, 15_000);
    await sleep(800);
    const result = (await page.evaluate(CHART_FRAMES(id))) as { done: boolean; sawPlaying: boolean; elapsed: number; deltas: number[] };
    return { slide: id, from, ...result };
  });
}

async function heapGrowth(browser: Browser, url: string) {
  return withPage(browser, async (page, context) => {
    await page.goto(url);
    await page.evaluate(SETTLED);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
      return { jsHeapUsed: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
    };
    const atLoad = await measure();
    const walkMs: number[] = [];
    const walk = async () => {
      const start = Date.now();
      await page.evaluate(WALK);
      walkMs.push(Date.now() - start);
    };
    await walk();
    const afterOne = await measure();
    await walk();
    await walk();
    const afterThree = await measure();
    await cdp.detach();
    return { atLoad, afterOne, afterThree, walkMs, growthPct: ((afterThree.jsHeapUsed - afterOne.jsHeapUsed) / afterOne.jsHeapUsed) * 100 };
  });
}

function pdfExport() {
  const scriptPresent = existsSync(join(ROOT, 'scripts/export-pdf.ts'));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!scriptPresent) return { available: false as const, note: 'n/a (no export script)' };
  /** `npm run export` once it is declared; the script itself through tsx until then. */
  const [command, args] = pkg.scripts?.['export'] ? ['npm', ['run', 'export', '--', '--out']] : ['npx', ['tsx', 'scripts/export-pdf.ts', '--out']];
  const out = mkdtempSync(join(tmpdir(), 'deck-bench-pdf-'));
  try {
    log(`PDF export (${command} ${args.join(' ')} <tmp>)…`);
    const result = run(command, [...args, out], 5 * 60_000);
    const files = existsSync(out) ? filesUnder(out).filter((f) => f.endsWith('.pdf')) : [];
    return {
      available: true as const,
      command: `${command} ${args.join(' ')} <tmp>`,
      seconds: result.ms / 1000,
      exitCode: result.status,
      files: files.map((f) => ({ name: relative(out, f), bytes: statSync(f).size })),
      ...(result.status === 0 ? {} : { outputTail: result.output.slice(-2000) }),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

async function main() {
  /** Other work on the machine skews every timing: the load is recorded beside the figures. */
  const loadAtStart = loadavg().map((x) => round(x, 2));
  mustRun('building the deck (npx vite build)', 'npx', ['vite', 'build'], 5 * 60_000);
  mustRun('building the baseline', 'npx', ['vite', 'build', '--config', 'bench/baseline/vite.config.ts'], 3 * 60_000);

  const bytes = distBytes(DECK_DIST);
  const baselineBytes = distBytes(BASELINE_DIST);

  const deckServer = await serve(ROOT, 'dist');
  const baselineServer = await serve(BASELINE_ROOT, 'dist');
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();

  try {
    log('bytes of the first slide (cold load)…');
    const transfer = await firstSlideTransfer(browser, deckServer.url);
    const baselineTransfer = await firstSlideTransfer(browser, baselineServer.url);

    log(`time to first slide: ${COLD_LOADS} cold loads each, interleaved…`);
    const deckLoads: LoadTiming[] = [];
    const baselineLoads: LoadTiming[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      deckLoads.push(await coldLoad(browser, deckServer.url));
      baselineLoads.push(await coldLoad(browser, baselineServer.url));
    }

    log(`language switch: ${SWITCHES} presses of L on #/${LANG_SLIDE}…`);
    const switching = await languageSwitch(browser, deckServer.url);

    const frames = [];
    for (const id of CHART_SLIDES) {
      log(`frames while the chart on #/${id} plays…`);
      frames.push(await chartFrames(browser, deckServer.url, id));
    }

    log('heap: walking the whole deck three times…');
    const heap = await heapGrowth(browser, deckServer.url);

    await browser.close();
    await deckServer.close();
    await baselineServer.close();

    const pdf = pdfExport();

    // ------------------------------------------------------------ results
    const deckDrawn = deckLoads.map((l) => l.drawn);
    const baseDrawn = baselineLoads.map((l) => l.drawn);
    const firstSlide = {
      runs: COLD_LOADS,
      deck: {
        drawnMs: deckDrawn.map((x) => round(x)),
        medianMs: round(median(deckDrawn)),
        readyMedianMs: round(median(deckLoads.map((l) => l.ready))),
        fcpMedianMs: round(median(deckLoads.map((l) => l.fcp ?? NaN))),
      },
      baseline: {
        drawnMs: baseDrawn.map((x) => round(x)),
        medianMs: round(median(baseDrawn)),
        readyMedianMs: round(median(baselineLoads.map((l) => l.ready))),
        fcpMedianMs: round(median(baselineLoads.map((l) => l.fcp ?? NaN))),
      },
      ratio: round(median(deckDrawn) / median(baseDrawn), 2),
      target: TARGET.firstSlideRatio,
    };
    const dom = switching.samples.map((s) => s.dom);
    const frame = switching.samples.map((s) => s.frame);
    const language = {
      slide: LANG_SLIDE,
      switches: switching.samples.length,
      switched: switching.switched,
      domMs: { median: round(median(dom), 2), max: round(max(dom), 2) },
      nextFrameMs: { median: round(median(frame), 2), max: round(max(frame), 2) },
      /** The DOM update by the mode switched to. */
      domMsByMode: Object.fromEntries(
        [...new Set(switching.samples.map((s) => s.to))].map((to) => {
          const xs = switching.samples.filter((s) => s.to === to).map((s) => s.dom);
          return [to, { presses: xs.length, median: round(median(xs), 2), max: round(max(xs), 2) }];
        }),
      ),
      target: TARGET.switchMs,
      samples: switching.samples.map((s) => ({ ...s, sync: round(s.sync, 2), dom: round(s.dom, 2), frame: round(s.frame, 2) })),
    };
    const charts = frames.map((f) => ({
      slide: f.slide,
      enteredFrom: f.from,
      done: f.done,
      frames: f.deltas.length,
      elapsedMs: round(f.elapsed),
      maxMs: round(max(f.deltas)),
      p95Ms: round(percentile(f.deltas, 95)),
      over50: f.deltas.filter((d) => d > TARGET.frameMs).length,
      /** Which frame was the worst (0: the one in which the slide change was handled). */
      worstFrameIndex: f.deltas.indexOf(max(f.deltas)),
      target: TARGET.frameMs,
      deltasMs: f.deltas.map((d) => round(d)),
    }));

    const results = {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        memoryGB: round(totalmem() / 2 ** 30),
        os: `${platform()} ${release()} ${arch()}`,
        node: process.version,
        chromium: chromiumVersion,
        chromiumPath: executablePath,
        loadavg: { start: loadAtStart, end: loadavg().map((x) => round(x, 2)) },
      },
      bytes: {
        kB: KB,
        dist: { js: bytes.js, css: bytes.css, fonts: bytes.fonts, html: bytes.html, other: bytes.other, total: bytes.total, files: bytes.list },
        targetWholeGzip: TARGET.wholeGzip,
        firstSlide: { slides: transfer.slides, bodyBytes: transfer.body, wireBytes: transfer.wire, responses: transfer.responses },
        baseline: { total: baselineBytes.total, firstSlide: { slides: baselineTransfer.slides, bodyBytes: baselineTransfer.body, wireBytes: baselineTransfer.wire } },
      },
      firstSlide,
      languageSwitch: language,
      chartFrames: charts,
      pdfExport: pdf,
      heap: {
        atLoad: heap.atLoad,
        afterOneWalk: heap.afterOne,
        afterThreeWalks: heap.afterThree,
        growthPct: round(heap.growthPct, 2),
        walkMs: heap.walkMs,
        target: TARGET.heapGrowthPct,
      },
      externalRequests: [...external],
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

    // ------------------------------------------------------------ table
    const rows: [string, string, string, string][] = [];
    const status = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'ok' : 'OVER');
    const row = (measure: string, value: string, target = '', ok?: boolean) => rows.push([measure, value, target, status(ok)]);
    const sizes = (s: Sizes) => `${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;

    row('dist JS', `${sizes(bytes.js)} (${bytes.js.files} files)`);
    row('dist CSS', sizes(bytes.css));
    row('dist fonts (woff2)', `${sizes(bytes.fonts)} (${bytes.fonts.files} files)`);
    row('dist HTML', sizes(bytes.html));
    const others = bytes.list.filter((f) => (KIND[extname(f.path).toLowerCase()] ?? 'other') === 'other').map((f) => f.path);
    if (bytes.other.files) row('dist other', `${sizes(bytes.other)} (${others.join(', ')})`);
    // The link-preview image is for crawlers of a shared link; the page itself never loads it.
    const deckGzip = bytes.js.gzip + bytes.css.gzip + bytes.fonts.gzip + bytes.html.gzip;
    const deckRaw = bytes.js.raw + bytes.css.raw + bytes.fonts.raw + bytes.html.raw;
    row('deck: JS + CSS + fonts + HTML (both languages)', `${kb(deckRaw)} raw, ${kb(deckGzip)} gzip`, `< ${kb(TARGET.wholeGzip)} gzip`, deckGzip < TARGET.wholeGzip);
    row('dist whole, with the link-preview image', sizes(bytes.total));
    row('first slide: bytes received', `${kb(transfer.body)} bodies, ${kb(transfer.wire)} on the wire (${transfer.responses.length} responses)`);
    row('baseline: whole / first slide', `${kb(baselineBytes.total.gzip)} gzip / ${kb(baselineTransfer.wire)} on the wire`);
    row(`first slide drawn, deck (median of ${COLD_LOADS})`, ms(firstSlide.deck.medianMs));
    row(`first slide drawn, baseline (median of ${COLD_LOADS})`, ms(firstSlide.baseline.medianMs));
    row('first slide drawn, deck / baseline', `${firstSlide.ratio.toFixed(2)}×`, `≤ ${TARGET.firstSlideRatio}×`, firstSlide.ratio <= TARGET.firstSlideRatio);
    const switchedAll = switching.switched === switching.samples.length;
    row(`language switch, DOM updated (median of ${language.switches})`, ms(language.domMs.median), `≤ ${TARGET.switchMs} ms`, switchedAll && language.domMs.median <= TARGET.switchMs);
    row('language switch, DOM updated (max)', ms(language.domMs.max), `≤ ${TARGET.switchMs} ms`, switchedAll && language.domMs.max <= TARGET.switchMs);
    row('language switch, next frame (median / max)', `${ms(language.nextFrameMs.median)} / ${ms(language.nextFrameMs.max)}`);
    row(
      'language switch, DOM median by mode switched to',
      Object.entries(language.domMsByMode)
        .map(([to, x]) => `→${to} ${ms(x.median)}`)
        .join(', '),
    );
    if (!switchedAll) row('language switch: presses that changed the mode', `${switching.switched} of ${switching.samples.length}`, 'all', false);
    for (const c of charts) {
      const ok = c.done && c.maxMs <= TARGET.frameMs;
      row(`chart frames #/${c.slide} (max / p95, ${c.frames} frames)`, `${ms(c.maxMs)} / ${ms(c.p95Ms)}${c.done ? '' : ' (never done)'}`, `no frame > ${TARGET.frameMs} ms`, ok);
    }
    if (!pdf.available) row('PDF export, both languages', pdf.note);
    else
      row(
        'PDF export, both languages',
        pdf.exitCode === 0 ? `${pdf.seconds.toFixed(1)} s (${pdf.files.length} PDF)` : `failed (exit ${pdf.exitCode}) after ${pdf.seconds.toFixed(1)} s`,
        '',
        pdf.exitCode === 0 ? undefined : false,
      );
    const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
    row('JS heap after 1 walk / after 3 walks', `${mb(heap.afterOne.jsHeapUsed)} / ${mb(heap.afterThree.jsHeapUsed)}`);
    row('JS heap growth, 3 walks vs 1', `${heap.growthPct >= 0 ? '+' : ''}${heap.growthPct.toFixed(1)} %`, `≤ ${TARGET.heapGrowthPct} %`, heap.growthPct <= TARGET.heapGrowthPct);
    row('DOM nodes / listeners after 1 → 3 walks', `${heap.afterOne.nodes} → ${heap.afterThree.nodes} / ${heap.afterOne.listeners} → ${heap.afterThree.listeners}`);
    if (external.size) row('requests to other hosts', String(external.size), '0', false);

    const head: [string, string, string, string] = ['measure', 'value', 'target', 'status'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(`\nDeck benchmark — ${results.date}, ${results.machine.cores} cores (${results.machine.cpu}), Node ${results.machine.node}, Chromium ${chromiumVersion}`);
    console.log(`${transfer.slides} slides; baseline: plain reveal.js, ${baselineTransfer.slides} text-only slides. kB = 1000 bytes. Load average at start ${loadAtStart.join(' ')}.\n`);
    console.log(line(head));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const r of rows) console.log(line(r));
    console.log(`\nWritten to ${relative(ROOT, join(RESULTS, 'latest.json'))}`);
    if (transfer.slides !== baselineTransfer.slides) console.log(`warning: the baseline has ${baselineTransfer.slides} slides, the deck ${transfer.slides}`);
  } finally {
    if (browser.isConnected()) await browser.close();
    await Promise.allSettled([deckServer.close(), baselineServer.close()]);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
