import type { Bench, Measured } from '../measure.ts';
import { pause, SETTLED, SLIDE_IDS, waitInPage, withPage } from '../support/page.ts';
import { max, percentile, round } from '../support/stats.ts';

const CHART_SLIDES = ['indicators-2022', 'targets-2023'];
const FRAME_MS = 50;

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

/** Frame times while a chart slide comes up and its charts play, entered by address from the slide before. */
export async function chartFrames(bench: Bench): Promise<Measured> {
  const results = [];
  for (const id of CHART_SLIDES) {
    bench.log(`frames while the chart on #/${id} plays…`);
    results.push(
      await withPage(bench.browser, async (page) => {
        await page.goto(bench.deck.url);
        await page.evaluate(SETTLED);
        const ids = (await page.evaluate(SLIDE_IDS)) as string[];
        const from = ids[ids.indexOf(id) - 1];
        if (!from) throw new Error(`no slide before ${id}`);
        await page.evaluate(`location.hash = '#/${from}'`);
        await waitInPage(page, `document.getElementById('${from}')?.classList.contains('present')`, 15_000);
        await pause(800);
        const r = (await page.evaluate(CHART_FRAMES(id))) as {
          done: boolean;
          sawPlaying: boolean;
          elapsed: number;
          deltas: number[];
        };
        return { slide: id, enteredFrom: from, ...r };
      }),
    );
  }
  return {
    rows: results.map((r) => ({
      measure: `chart frames #/${r.slide}, worst (p95 ${percentile(r.deltas, 95).toFixed(1)} ms, ${r.deltas.length} frames)${r.done ? '' : ', never done'}`,
      value: r.done ? round(max(r.deltas)) : NaN,
      unit: 'ms' as const,
      target: 'chartFrameMs' as const,
    })),
    details: results.map((r) => ({
      ...r,
      over50: r.deltas.filter((d) => d > FRAME_MS).length,
      /** Which frame was the worst (0: the one in which the slide change was handled). */
      worstFrameIndex: r.deltas.indexOf(max(r.deltas)),
      deltas: r.deltas.map((d) => round(d)),
    })),
  };
}
