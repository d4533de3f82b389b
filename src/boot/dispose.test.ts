// @vitest-environment jsdom
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { trackPage, type Left } from './test/page-tracker.ts';
import { browserEnvironment } from '../environment.ts';

// The report as the build serves it (its `virtual:` modules are the build's): this deck's, loaded and checked.
const report = vi.hoisted(async () => {
  const [{ deck }, { loadChecked }, { toPayload }] = await Promise.all([
    import('../../slides/index.ts'),
    import('../build/report-plugin.ts'),
    import('../deck/payload.ts'),
  ]);
  return toPayload(loadChecked(resolve('data'), deck, resolve('.')), deck);
});
vi.mock('virtual:report', async () => {
  const { resources: _resources, ...payload } = await report;
  return { default: payload };
});
vi.mock('virtual:report/languages', () => ({
  loadLanguage: async (language: string) => (await report).resources[language]!,
}));

// Before the deck's modules load: d3-timer keeps the frame function it finds.
const tracker = trackPage();

/** Waits, a real turn of the event loop at a time, until `done` holds (or fails after about thirty seconds). */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 1500; turn++) {
    if (done()) return;
    await tracker.turns(1);
  }
  throw new Error(`never: ${what}`);
}

beforeEach(() => {
  localStorage.clear();
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
  })) as never;
  Object.defineProperty(document, 'fonts', {
    value: { load: () => Promise.resolve([]), ready: Promise.resolve() },
    configurable: true,
  });
  window.scrollTo = () => undefined;
  window.scrollBy = () => undefined;
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

/**
 * What may outlive the deck, none of it the deck's own: it belongs to jsdom, to the deck's i18n
 * instance (dropped with it), or to reveal.js, whose `destroy()` (6.0.2) leaves these behind.
 */
const NOT_THE_DECKS: [by: string, what: string | undefined, why: string][] = [
  ['dom-selector/src/js/finder.js', undefined, 'jsdom’s selector engine listens on its own window'],
  ['i18next.js', '*', 'i18next’s instance listens to its own translator and store'],
  ['src/i18n/words.ts', undefined, 'the word cache listens to the store of the i18n instance it caches'],
  ['reveal.mjs', 'setInterval', 'reveal.js’s destroy() does not clear its scroll-reset interval'],
  ['reveal.mjs', 'div ready', 'reveal.js’s initialize() waits for its own ready event on its own element'],
  ['reveal.mjs', 'button click', 'reveal.js’s media play button, on its own element'],
  ['reveal.mjs', 'window resize', 'reveal.js’s bundled fitty watches the window from when reveal.js is imported'],
  ['reveal.mjs', 'window orientationchange', 'the same'],
  ['plugin/notes.mjs', 'window message', 'reveal.js’s notes plugin has no destroy(): its message listener stays'],
];
const theDecks = (left: Left[]) =>
  left.filter((l) => !NOT_THE_DECKS.some(([by, what]) => l.by.includes(by) && (what === undefined || l.what === what)));

describe('the deck taken down', () => {
  it(
    'should leave no listener, timer or observer behind once the slides are disposed',
    { timeout: 60_000 },
    async () => {
      const left = tracker.since();
      history.replaceState(null, '', '/?lang=en#/indicators-2022');
      document.body.innerHTML = '<div class="reveal"><div class="slides"></div></div>';
      const { bootSlides } = await import('./slides.ts');
      const deck = await bootSlides(browserEnvironment(window), undefined);
      const chart = () => document.querySelector<HTMLElement>('section#indicators-2022 figure[data-chart]');
      await until(() => chart()?.dataset.chartState === 'playing', 'the chart plays');
      document.querySelector<HTMLButtonElement>('.reveal > button.language-toggle')!.click();
      await until(() => document.documentElement.dataset.mode === 'bilingual', 'the switch to zh-en');
      const added = theDecks(left());
      for (const kind of ['listener', 'i18next', 'observer', 'timer'])
        expect(added.filter((l) => l.kind === kind).length, kind).toBeGreaterThan(0);

      deck.dispose();
      await tracker.turns(5);
      expect(theDecks(left())).toEqual([]);
    },
  );

  it(
    'should leave no listener, timer or observer behind once the reading page is disposed',
    { timeout: 60_000 },
    async () => {
      const left = tracker.since();
      history.replaceState(null, '', '/?lang=zh&view=read#/income-2022');
      document.body.innerHTML = '<div class="reveal"><div class="slides"></div></div>';
      const { bootReading } = await import('./read.ts');
      const page = await bootReading(browserEnvironment(window));
      const charts = () => [...document.querySelectorAll<HTMLElement>('.read figure[data-chart]')];
      await until(() => charts().some((c) => c.dataset.chartState === 'playing'), 'a chart plays');
      document.querySelector<HTMLButtonElement>('.read-bar button.language-toggle')!.click();
      await until(() => document.documentElement.lang === 'en', 'the switch to English');
      const added = theDecks(left());
      for (const kind of ['listener', 'i18next', 'observer'])
        expect(added.filter((l) => l.kind === kind).length, kind).toBeGreaterThan(0);

      page.dispose();
      await tracker.turns(5);
      expect(theDecks(left())).toEqual([]);
    },
  );
});
