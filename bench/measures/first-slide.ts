import type { Browser } from '@playwright/test';
import type { Bench, Measured } from '../measure.ts';
import { waitInPage, withPage } from '../support/page.ts';
import { median, round } from '../support/stats.ts';

const COLD_LOADS = 7;

/**
 * Before any page script: every frame, whether the first slide is on screen as
 * the room will see it: a slide marked present, its heading laid out inside the
 * viewport, fully opaque (reveal.js fades slides in), and every font face of the
 * heading's first family loaded. The frame after the first one where it is, is
 * when it was drawn. Also when `.reveal` gets data-ready="true" (reveal.js
 * started: the deck answers keys), for information.
 */
const FIRST_SLIDE_PROBE = `(() => {
  const bench = (window.__bench = {});
  const opaque = (el) => { for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 0.99 || getComputedStyle(e).visibility === 'hidden') return false; return true; };
  const fontIn = (el) => {
    const family = getComputedStyle(el).fontFamily.split(',')[0].trim().replace(/^['"]|['"]$/g, '');
    return [...document.fonts].filter((f) => f.family.replace(/^['"]|['"]$/g, '') === family).every((f) => f.status === 'loaded');
  };
  const shown = () => {
    const heading = document.querySelector('.reveal .slides section.present h1, .reveal .slides section.present h2');
    if (!heading) return false;
    const box = heading.getBoundingClientRect();
    return box.width > 0 && box.top >= 0 && box.bottom <= innerHeight && opaque(heading) && fontIn(heading);
  };
  const frame = () => {
    if (bench.ready === undefined && document.querySelector('.reveal[data-ready="true"]')) bench.ready = performance.now();
    if (bench.drawn === undefined && bench.seen === undefined && shown()) {
      bench.seen = performance.now();
      requestAnimationFrame(() => { bench.drawn = performance.now(); });
    }
    if (bench.drawn === undefined || bench.ready === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
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
    await waitInPage(
      page,
      'window.__bench && window.__bench.drawn !== undefined && window.__bench.ready !== undefined',
      30_000,
    );
    return (await page.evaluate(
      `({ ...window.__bench, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null })`,
    )) as LoadTiming;
  });
}

/**
 * Time to the first slide on the desktop: cold loads (a new browser context
 * each) of the deck and of the baseline, interleaved, from navigation start
 * to the frame the first slide is drawn in, as the probe above sees it.
 * Medians and their ratio; reveal.js's start beside them.
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
      {
        measure: `first slide drawn, deck (median of ${COLD_LOADS}; first paint ${d.fcpMedianMs} ms)`,
        value: d.medianMs,
        unit: 'ms',
      },
      {
        measure: `first slide drawn, baseline (median of ${COLD_LOADS}; first paint ${b.fcpMedianMs} ms)`,
        value: b.medianMs,
        unit: 'ms',
      },
      { measure: 'first slide drawn, deck / baseline', value: ratio, unit: '×', target: 'firstSlideRatio' },
      {
        measure: `reveal.js started (keys answered), deck / baseline (medians of ${COLD_LOADS})`,
        value: `${d.readyMedianMs} / ${b.readyMedianMs} ms`,
      },
    ],
    details: { runs: COLD_LOADS, deck: d, baseline: b, ratio },
  };
}
