/**
 * The deck's benchmark, `npm run bench`: builds the deck and the plain
 * reveal.js baseline, serves both on loopback, launches Chromium, runs every
 * measure in `MEASURES` in turn, and prints one table of their rows beside
 * the targets of `bench/targets.ts`. It reports and asserts nothing. Results,
 * with the machine and its load, go to bench/results/latest.json.
 * A measure is one file of `bench/measures/` (see `bench/measure.ts`);
 * `npm run bench -- lighthouse heap` runs only the measures named.
 */
import { cpus, loadavg, platform, arch, release, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';
import type { Bench, Measure, Row } from './measure.ts';
import { report } from './print.ts';
import { run, serve } from './support/serve.ts';
import { external } from './support/page.ts';
import { round } from './support/stats.ts';
import { bytes } from './measures/bytes.ts';
import { firstSlide } from './measures/first-slide.ts';
import { languageSwitch } from './measures/language-switch.ts';
import { chartFrames } from './measures/chart-frames.ts';
import { heap } from './measures/heap.ts';
import { pdfExport } from './measures/pdf-export.ts';
import { lighthouse } from './measures/lighthouse.ts';
import { pptxExport } from './measures/pptx-export.ts';
import { liveRelay } from './measures/live-relay.ts';

const MEASURES: Record<string, Measure> = {
  bytes,
  firstSlide,
  lighthouse,
  languageSwitch,
  chartFrames,
  heap,
  pdfExport,
  pptxExport,
  liveRelay,
};

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results/latest.json');

/** The whole run stops by itself, whatever hangs. */
const WATCHDOG_MS = 20 * 60_000;
setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 60_000} min; giving up.`);
  process.exit(2);
}, WATCHDOG_MS).unref();

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function build(what: string, args: string[]) {
  log(`building ${what}…`);
  const result = await run(ROOT, 'npx', ['vite', 'build', ...args], 5 * 60_000);
  if (result.status !== 0) {
    console.error(result.output);
    throw new Error(`building ${what} failed (exit ${result.status})`);
  }
}

async function main(names: string[]) {
  const unknown = names.filter((name) => !(name in MEASURES));
  if (unknown.length)
    throw new Error(`no measure ${unknown.join(', ')}; there are ${Object.keys(MEASURES).join(', ')}`);
  const chosen = names.length ? names : Object.keys(MEASURES);
  /** Other work on the machine skews every timing: the load is recorded beside the figures. */
  const loadAtStart = loadavg().map((x) => round(x, 2));
  await build('the deck', []);
  await build('the baseline', ['--config', 'bench/baseline/vite.config.ts']);
  const deckServer = await serve(ROOT, 'dist');
  const baselineServer = await serve(join(ROOT, 'bench/baseline'), 'dist');
  const chromiumPath = findChromium();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = browser.version();
  const bench: Bench = {
    root: ROOT,
    deck: { url: deckServer.url, dist: join(ROOT, 'dist') },
    baseline: { url: baselineServer.url, dist: join(ROOT, 'bench/baseline/dist') },
    browser,
    chromiumPath,
    log,
  };
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  try {
    for (const name of chosen) {
      // A measure that fails is a row of the table, not the end of the run: the others still report.
      try {
        const measured = await MEASURES[name]!(bench);
        rows.push(...measured.rows);
        if (measured.details !== undefined) details[name] = measured.details;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`${name} failed: ${message}`);
        rows.push({ measure: `${name}: FAILED`, value: message.split('\n')[0]!.slice(0, 120) });
        details[name] = { error: message };
      }
    }
  } finally {
    await browser.close();
    await Promise.allSettled([deckServer.close(), baselineServer.close()]);
  }
  if (external.size)
    rows.push({ measure: 'requests to other hosts', value: external.size, target: 'externalRequests' });
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    chromiumPath,
    loadavg: { start: loadAtStart, end: loadavg().map((x) => round(x, 2)) },
  };
  const date = new Date().toISOString();
  report(
    `Deck benchmark — ${date}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, Chromium ${machine.chromium}; load average ${machine.loadavg.start.join(' ')} at start, ${machine.loadavg.end.join(' ')} at end. kB = 1000 bytes.`,
    rows,
    { date, machine, measures: details, externalRequests: [...external] },
    relative(process.cwd(), RESULTS),
  );
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
