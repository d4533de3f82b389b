import type { Bench, Measured } from '../measure.ts';
import { pause, SETTLED, waitInPage, withPage } from '../support/page.ts';
import { max, median, round } from '../support/stats.ts';

const SWITCHES = 20;
const SLIDE = 'indicators-2022';

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
    const tFrame = await new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
    // The address follows the switch a task later, by the next frame.
    const to = mode();
    observer.disconnect();
    samples.push({ from, to, lang: html.lang, sync: tSync - t0, dom: tDom - t0, frame: tFrame - t0, records, lateCallbacks: callbacks.length - inTask.length });
    await raf(); await raf();
    await new Promise((r) => setTimeout(r, 60));
  }
  return samples;
})()`;

type Sample = {
  from: string;
  to: string;
  lang: string;
  sync: number;
  dom: number;
  frame: number;
  records: number;
  lateCallbacks: number;
};

/**
 * The language switch on a chart slide, opened in Chinese, chart done: 20
 * presses of L, each from the keydown to the last DOM mutation of its task.
 * The first press is the first switch of the page (the other language may be
 * loaded by then or not), so it counts like any other.
 */
export async function languageSwitch(bench: Bench): Promise<Measured> {
  bench.log(`language switch: ${SWITCHES} presses of L on #/${SLIDE}…`);
  const samples = await withPage(bench.browser, async (page) => {
    await page.goto(`${bench.deck.url}?lang=zh#/${SLIDE}`);
    await page.evaluate(SETTLED);
    await waitInPage(
      page,
      `[...document.querySelectorAll('#${SLIDE} figure[data-chart]')].every((f) => f.dataset.chartState === 'done')`,
      30_000,
    );
    await pause(300);
    return (await page.evaluate(LANGUAGE_SWITCHES(SWITCHES))) as Sample[];
  });
  const switched = samples.filter((s) => s.from !== s.to).length;
  const dom = samples.map((s) => s.dom);
  const frame = samples.map((s) => s.frame);
  const byMode = Object.fromEntries(
    [...new Set(samples.map((s) => s.to))].map((to) => {
      const xs = samples.filter((s) => s.to === to).map((s) => s.dom);
      return [to, { presses: xs.length, median: round(median(xs), 2), max: round(max(xs), 2) }];
    }),
  );
  // A press that changed nothing measured nothing: it must not pass.
  const all = switched === samples.length;
  return {
    rows: [
      {
        measure: `language switch, DOM updated (median of ${samples.length})`,
        value: all ? round(median(dom), 2) : NaN,
        unit: 'ms',
        target: 'languageSwitchMs',
      },
      {
        measure: 'language switch, DOM updated (worst, first switch included)',
        value: all ? round(max(dom), 2) : NaN,
        unit: 'ms',
        target: 'languageSwitchMs',
      },
      { measure: 'language switch, first switch of the page', value: round(dom[0] ?? NaN, 2), unit: 'ms' },
      {
        measure: 'language switch, next frame (median / max)',
        value: `${median(frame).toFixed(1)} ms / ${max(frame).toFixed(1)} ms`,
      },
      {
        measure: 'language switch, DOM median by mode switched to',
        value: Object.entries(byMode)
          .map(([to, x]) => `→${to} ${x.median.toFixed(1)} ms`)
          .join(', '),
      },
      ...(all
        ? []
        : [{ measure: 'language switch: presses that changed the mode', value: `${switched} of ${samples.length}` }]),
    ],
    details: {
      slide: SLIDE,
      switched,
      byMode,
      samples: samples.map((s) => ({ ...s, sync: round(s.sync, 2), dom: round(s.dom, 2), frame: round(s.frame, 2) })),
    },
  };
}
