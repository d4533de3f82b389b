import { join } from 'node:path';
import type { Bench, Measured, Row } from '../measure.ts';
import { run } from '../support/serve.ts';
import { median, round } from '../support/stats.ts';

/** Runs per page; the median is reported (Lighthouse's own advice: one run is noisy). `BENCH_LIGHTHOUSE_RUNS` changes it. */
const RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3);

interface Figures {
  performance: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/**
 * One run of Lighthouse's CLI in its default configuration (mobile: a
 * mid-range phone, simulated slow 4G, 4× CPU slowdown), performance only. In
 * a process of its own, which launches its own headless Chromium on a free port,
 * its browser's languages `locale` (`--accept-lang`: headless Chromium ignores `--lang` and the environment's).
 */
async function lighthouseOnce(bench: Bench, url: string, locale: string, opensIn?: string): Promise<Figures> {
  const cli = join(bench.root, 'node_modules/.bin/lighthouse');
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
    `--accept-lang=${locale}`,
  ];
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${flags.join(' ')}`,
  ];
  const result = await run(bench.root, cli, args, 3 * 60_000);
  if (result.status !== 0)
    throw new Error(`lighthouse ${url} failed (exit ${result.status}): ${result.output.slice(-1000)}`);
  const lhr = JSON.parse(result.stdout) as {
    runtimeError?: { message: string };
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number; details?: { items?: { url?: string }[] } }>;
  };
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
  // The page fetches the rest of the language it opened in (`assets/deck-<lang>-<hash>.html`).
  const requested = (lhr.audits['network-requests']?.details?.items ?? []).map((item) => item.url ?? '');
  if (opensIn && !requested.some((address) => new RegExp(`/deck-${opensIn}-[\\w-]+\\.html$`).test(address)))
    throw new Error(
      `lighthouse ${url} (browser in ${locale}): the page did not open in "${opensIn}"; it fetched ${requested.map((a) => a.split('/').pop()).join(', ')}`,
    );
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: lhr.categories.performance.score ?? NaN,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

/**
 * Lighthouse's default mobile run against the deck in Chinese (`/` in a browser
 * set to Chinese, as the deck's first audience opens it), in English
 * (`/?lang=en`) and against the plain reveal.js baseline, pages interleaved run
 * by run so that load on the machine falls on all alike. CHROME_PATH tells
 * Lighthouse which Chromium to start.
 */
export async function lighthouse(bench: Bench): Promise<Measured> {
  process.env['CHROME_PATH'] ??= bench.chromiumPath;
  const pages = [
    { name: 'deck /', url: bench.deck.url, locale: 'zh-CN', opensIn: 'zh', judged: true },
    { name: 'deck /?lang=en', url: `${bench.deck.url}?lang=en`, locale: 'zh-CN', opensIn: 'en', judged: true },
    { name: 'baseline', url: bench.baseline.url, locale: 'zh-CN', judged: false },
  ];
  const runs = new Map<string, Figures[]>(pages.map((p) => [p.name, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const page of pages) {
      bench.log(`Lighthouse (mobile) ${page.name}, run ${i + 1} of ${RUNS}…`);
      runs.get(page.name)!.push(await lighthouseOnce(bench, page.url, page.locale, page.opensIn));
    }
  }
  const rows: Row[] = [];
  const details: Record<string, unknown> = { runs: RUNS };
  for (const page of pages) {
    const all = runs.get(page.name)!;
    const m = (key: keyof Figures) => median(all.map((f) => f[key]));
    const of = `Lighthouse ${page.name}`;
    // Only the deck is held to the targets; the baseline is there to compare with.
    const t = <T>(target: T) => (page.judged ? { target } : {});
    rows.push(
      {
        measure: `${of}: performance`,
        value: round(m('performance'), 2),
        unit: 'score',
        ...t('lighthousePerformance' as const),
      },
      { measure: `${of}: FCP`, value: round(m('fcp')), unit: 'ms', ...t('lighthouseFcpMs' as const) },
      { measure: `${of}: LCP`, value: round(m('lcp')), unit: 'ms', ...t('lighthouseLcpMs' as const) },
      { measure: `${of}: TBT`, value: round(m('tbt')), unit: 'ms', ...t('lighthouseTbtMs' as const) },
      { measure: `${of}: CLS`, value: round(m('cls'), 3), unit: '', ...t('lighthouseCls' as const) },
    );
    details[page.name] = all;
  }
  return { rows, details };
}
