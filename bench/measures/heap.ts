import type { Bench, Measured } from '../measure.ts';
import { SETTLED, withPage } from '../support/page.ts';
import { round } from '../support/stats.ts';

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

/** JS heap, DOM nodes and listeners after walking the whole deck once and three times (after forced GC). */
export async function heap(bench: Bench): Promise<Measured> {
  bench.log('heap: walking the whole deck three times…');
  const result = await withPage(bench.browser, async (page, context) => {
    await page.goto(bench.deck.url);
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
    return {
      atLoad,
      afterOne,
      afterThree,
      walkMs,
      growthPct: round(((afterThree.jsHeapUsed - afterOne.jsHeapUsed) / afterOne.jsHeapUsed) * 100, 2),
    };
  });
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  const { afterOne: one, afterThree: three } = result;
  return {
    rows: [
      { measure: 'JS heap after 1 walk / after 3 walks', value: `${mb(one.jsHeapUsed)} / ${mb(three.jsHeapUsed)}` },
      { measure: 'JS heap growth, 3 walks vs 1', value: result.growthPct, unit: '%', target: 'heapGrowthPct' },
      {
        measure: 'DOM nodes / listeners after 1 → 3 walks',
        value: `${one.nodes} → ${three.nodes} / ${one.listeners} → ${three.listeners}`,
      },
    ],
    details: result,
  };
}
