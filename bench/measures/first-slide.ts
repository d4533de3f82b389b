import type { Browser } from '@playwright/test';
import type { Bench, Measured } from '../measure.ts';
import { waitInPage, withPage } from '../support/page.ts';
import { median, round } from '../support/stats.ts';

const COLD_LOADS = 7;

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

/**
 * Time to the first slide on the desktop: cold loads (a new browser context
 * each) of the deck and of the baseline, interleaved, from navigation start
 * to `.reveal[data-ready]`, the fonts and two frames. Medians and their ratio.
 */
export async function firstSlide(bench: Bench): Promise<Measured> {
  bench.log(`time to first slide: ${COLD_LOADS} cold loads each, interleaved…`);
  const deck: LoadTiming[] = [];
  const baseline: LoadTiming[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    deck.push(await coldLoad(bench.browser, bench.deck.url));
    baseline.push(await coldLoad(bench.browser, bench.baseline.url));
  }
  const summary = (loads: LoadTiming[]) => ({
    drawnMs: loads.map((l) => round(l.drawn)),
    medianMs: round(median(loads.map((l) => l.drawn))),
    readyMedianMs: round(median(loads.map((l) => l.ready))),
    fcpMedianMs: round(median(loads.map((l) => l.fcp ?? NaN))),
  });
  const d = summary(deck);
  const b = summary(baseline);
  const ratio = round(d.medianMs / b.medianMs, 2);
  return {
    rows: [
      { measure: `first slide drawn, deck (median of ${COLD_LOADS}; first paint ${d.fcpMedianMs} ms)`, value: d.medianMs, unit: 'ms' },
      { measure: `first slide drawn, baseline (median of ${COLD_LOADS}; first paint ${b.fcpMedianMs} ms)`, value: b.medianMs, unit: 'ms' },
      { measure: 'first slide drawn, deck / baseline', value: ratio, unit: '×', target: 'firstSlideRatio' },
    ],
    details: { runs: COLD_LOADS, deck: d, baseline: b, ratio },
  };
}
