// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterPaint,
  awaitFirstFont,
  chooseMode,
  fetchRest,
  firstPaintScript,
  frameGate,
  holdSection,
  isReadingPage,
  layOutSlides,
  paintFirstSlide,
  paintReadingPage,
  paintSlides,
  revealScale,
  slideIdOf,
  storedChoice,
  type FirstPaintOptions,
  type ReadingParts,
} from './first-paint.ts';
import { firstPaintOptions } from './first-paint-options.ts';
import { readingColumn } from '../read/page.ts';
import { keepChartRoom, phoneChartSize } from '../read/chart-size.ts';
import { isReadingView, viewFromQuery } from '../config.ts';
import { parseQuery } from '../environment.ts';
import { createI18n } from '../i18n/create.ts';
import { detector, languageFromQuery } from '../i18n/initial.ts';

const options: FirstPaintOptions = { ...firstPaintOptions(['zh', 'en']), entryMark: '<!--entry-->' };
const parts: ReadingParts = { column: readingColumn, chartSize: phoneChartSize, keepRoom: keepChartRoom };

/** The page as the build writes it: reveal.js's empty frame, then each language's first screen and the reading page's bar. */
function page(rest?: string) {
  const restAttribute = (language: string) => (rest ? ` data-rest="./deck-${language}.html"` : '');
  document.documentElement.className = 'reveal-full-page';
  document.documentElement.removeAttribute('data-deck-complete');
  document.documentElement.removeAttribute('data-font');
  document.body.className = 'reveal-viewport';
  document.body.innerHTML = `
    <div class="reveal"><div class="slides"></div></div>
    <template data-deck="zh"${restAttribute('zh')}><section id="title"><h1>政府工作报告</h1></section><section data-stack=""><section id="agenda"><h2>目录</h2><p class="fragment">一</p></section></section></template>
    <template data-deck="en"${restAttribute('en')}><section id="title"><h1>Report</h1></section><section data-stack=""><section id="agenda"><h2>Agenda</h2><p class="fragment">One</p></section></section></template>
    <template data-read-bar="zh"><p class="read-title">政府工作报告</p><button class="language-toggle">English</button></template>
    <template data-read-bar="en"><p class="read-title">Report</p><button class="language-toggle">中文</button></template>`;
}

/** The address, the remembered choice and the browser's languages a page opens with. */
function browser(address: string, stored: string | null, languages: string[], narrow = false) {
  history.replaceState(null, '', address);
  localStorage.clear();
  if (stored !== null) localStorage.setItem(options.storageKey, stored);
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(navigator, 'language', { value: languages[0] ?? '', configurable: true });
  window.matchMedia = ((query: string) => ({
    matches: narrow && query === options.readingMedia,
    media: query,
  })) as never;
}

/** A fetch that answers with `files` by path, 404 for any other. */
function serve(files: Record<string, string>) {
  const fetch = vi.fn(async (url: string) => {
    const body = files[new URL(url, location.href).pathname];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const deckComplete = () =>
  new Promise<string>((resolve) =>
    addEventListener('deckcomplete', () => resolve(document.documentElement.dataset.deckComplete!), { once: true }),
  );

beforeEach(() => {
  browser('/', null, ['zh-CN']);
  page();
  // jsdom has no font loading: a test that needs it brings its own.
  Object.defineProperty(document, 'fonts', { value: undefined, configurable: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the mode the first paint opens in', () => {
  it.each([
    ['?lang=en', null, ['zh-CN'], 'en'],
    ['?lang=ZH-en', null, ['en'], 'zh-en'],
    ['?lang=fr', 'en', ['en'], 'zh'],
    ['?lang=', 'en', ['en'], 'zh'],
    ['', 'en', ['zh-CN'], 'en'],
    ['', 'en-US', ['zh-CN'], 'en'],
    ['', 'fr', ['en-GB'], 'en'],
    ['', null, ['fr', 'en-GB'], 'en'],
    ['', null, ['zh-TW'], 'zh'],
    ['', null, ['fr'], 'zh'],
    ['', null, [], 'zh'],
  ] as const)('%j, remembered %j, browser %j: %j', (search, stored, languages, mode) => {
    expect(chooseMode(search, stored, languages, options)).toBe(mode);
  });

  it('reads the remembered choice, or nothing where storage refuses', () => {
    localStorage.setItem(options.storageKey, 'en');
    expect(storedChoice(options.storageKey)).toBe('en');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    expect(storedChoice(options.storageKey)).toBeNull();
    vi.restoreAllMocks();
  });
});

describe('the view the first paint paints', () => {
  it.each([
    ['', false, false],
    ['', true, true],
    ['?view=read', false, true],
    ['?view=READ', false, true],
    ['?view=slides', true, false],
    ['?view=print', true, true],
    ['?print-pdf&view=read', true, false],
    ['?receiver', true, false],
  ] as const)('%j on a narrow screen (%j) is the reading page: %j', (search, narrow, reading) => {
    expect(isReadingPage(search, narrow, options)).toBe(reading);
  });
});

describe('the slide the address names', () => {
  it.each([
    ['#/income-2022', 'income-2022'],
    ['#income-2022/2', 'income-2022'],
    ['#/%E5%9B%BE', '图'],
    ['#/%E0%A4%A', ''],
    ['', ''],
  ])('%j names %j', (hash, id) => {
    expect(slideIdOf(hash)).toBe(id);
  });
});

describe('the frame held until what it waits for is in', () => {
  it('is hidden while anything is held and shown when the last is released', () => {
    const frame = document.createElement('div');
    const gate = frameGate(frame);
    gate.hold('font');
    gate.hold('rest');
    expect(frame.style.visibility).toBe('hidden');
    gate.release('rest');
    gate.release('other');
    expect(frame.style.visibility).toBe('hidden');
    gate.release('font');
    expect(frame.style.visibility).toBe('');
  });

  it('names only the first screen’s face until both its weights are in', async () => {
    const asked: string[] = [];
    let loaded = () => undefined as void;
    const both = new Promise<void>((resolve) => (loaded = resolve));
    const fonts = { load: (font: string) => (asked.push(font), both) };
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    const frame = document.createElement('div');
    awaitFirstFont(frameGate(frame), { firstFont: 'Deck Sans First', fontWaitMs: 3000 });
    expect(asked).toEqual(['400 1em "Deck Sans First"', '700 1em "Deck Sans First"']);
    expect(document.documentElement.dataset.font).toBe('first');
    expect(frame.style.visibility).toBe('hidden');
    loaded();
    await both;
    await Promise.resolve();
    expect(frame.style.visibility).toBe('');
    expect(document.documentElement.dataset.font).toBeUndefined();
  });

  it('shows the page in another font once the wait is over', async () => {
    vi.useFakeTimers();
    Object.defineProperty(document, 'fonts', {
      value: { load: () => new Promise(() => undefined) },
      configurable: true,
    });
    const frame = document.createElement('div');
    awaitFirstFont(frameGate(frame), { firstFont: 'Deck Sans First', fontWaitMs: 3000 });
    await vi.advanceTimersByTimeAsync(2999);
    expect(frame.style.visibility).toBe('hidden');
    await vi.advanceTimersByTimeAsync(1);
    expect(frame.style.visibility).toBe('');
    expect(document.documentElement.dataset.font).toBeUndefined();
  });
});

describe('the rest of the deck', () => {
  it('is placed an entry at a time within the budget, then marked complete', async () => {
    serve({ '/rest.html': '<section id="a"></section><!--entry--><section id="b"></section>' });
    const placed: string[] = [];
    let done = 0;
    const complete = deckComplete();
    fetchRest(
      './rest.html',
      '<!--entry-->',
      (fragment) => placed.push([...fragment.children].map((c) => c.id).join()),
      () => done++,
      -1,
    );
    expect(await complete).toBe('true');
    expect(placed).toEqual(['a', 'b']);
    expect(done).toBe(1);
  });

  it('is placed at once without a budget', async () => {
    serve({ '/rest.html': '<section id="a"></section><!--entry--><section id="b"></section>' });
    const placed: string[] = [];
    const complete = deckComplete();
    fetchRest(
      './rest.html',
      '<!--entry-->',
      (fragment) => placed.push([...fragment.children].map((c) => c.id).join()),
      () => undefined,
    );
    expect(await complete).toBe('true');
    expect(placed).toEqual(['a,b']);
  });

  it('is marked failed when it cannot be fetched, and what waited for it goes on', async () => {
    serve({});
    let done = 0;
    const complete = deckComplete();
    fetchRest(
      './missing.html',
      undefined,
      () => undefined,
      () => done++,
    );
    expect(await complete).toBe('failed');
    expect(done).toBe(1);
  });

  it('is fetched once the first screen is painted, or after a second where no frame comes', async () => {
    vi.useFakeTimers();
    const work = vi.fn();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    afterPaint(work);
    await vi.advanceTimersByTimeAsync(999);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(1);

    const framed = vi.fn();
    vi.stubGlobal('requestAnimationFrame', (frame: () => void) => (frame(), 0));
    afterPaint(framed);
    await vi.advanceTimersByTimeAsync(1000);
    expect(framed).toHaveBeenCalledTimes(1);
  });
});

describe('the slides laid out as reveal.js will', () => {
  it.each([
    [1280, 720, 0.96],
    [1920, 1080, 1.44],
    [1000, 900, 0.75],
    [100, 100, 0.2],
  ])('scales a 1280×720 slide to %i×%i by %f', (width, height, scale) => {
    expect(revealScale(width, height, options)).toBe(scale);
  });

  it('shows the named slide of a stack alone, its stack present, the others hidden', () => {
    const slides = document.querySelector<HTMLElement>('.slides')!;
    slides.append(document.querySelector<HTMLTemplateElement>('template[data-deck="zh"]')!.content);
    layOutSlides(document.querySelector('.reveal')!, slides, 'agenda', options);
    const shown = [...slides.querySelectorAll<HTMLElement>('section')].filter((s) => s.style.display === 'block');
    expect(shown.map((s) => s.id)).toEqual(['', 'agenda']);
    expect(document.getElementById('title')!.style.display).toBe('none');
    expect(slides.style.width).toBe('1280px');
    // jsdom lays nothing out: the frame is 0×0, so the smallest scale.
    expect(slides.style.transform).toBe('translate(-50%, -50%) scale(0.2)');
  });

  it('opens the first slide for an id the page does not have', () => {
    const slides = document.querySelector<HTMLElement>('.slides')!;
    slides.append(document.querySelector<HTMLTemplateElement>('template[data-deck="zh"]')!.content);
    layOutSlides(document.querySelector('.reveal')!, slides, 'nowhere', options);
    expect(document.querySelector('section.present')!.id).toBe('title');
  });

  it('hides the frame until the rest comes for a link to a slide further on, then lays it out', async () => {
    page('rest');
    serve({ '/deck-zh.html': '<section id="far"><h2>远</h2></section>' });
    const slides = document.querySelector<HTMLElement>('.slides')!;
    const complete = deckComplete();
    paintSlides(slides, document.querySelector('template[data-deck="zh"]')!, 'zh', 'far', options);
    const frame = document.querySelector<HTMLElement>('.reveal')!;
    expect(slides.dataset).toMatchObject({ mode: 'zh', prerendered: 'zh' });
    expect(frame.style.visibility).toBe('hidden');
    await complete;
    expect(document.getElementById('far')!.classList.contains('present')).toBe(true);
    expect(frame.style.visibility).toBe('');
  });
});

describe('the reading page painted from the slides', () => {
  it('takes the place of reveal.js’s frame, its sections in one column, fragments shown, the bar in the language', () => {
    paintReadingPage(
      document.querySelector('.slides')!,
      document.querySelector('template[data-deck="en"]')!,
      'en',
      '',
      options,
      parts,
    );
    expect(document.querySelector('.reveal')).toBeNull();
    const read = document.querySelector<HTMLElement>('.read')!;
    expect(read.dataset).toMatchObject({ mode: 'en', prerendered: 'en' });
    expect(read.querySelector('.read-bar .read-title')!.textContent).toBe('Report');
    expect([...read.querySelectorAll('.read-main > section')].map((s) => s.id)).toEqual(['title', 'agenda']);
    expect(read.querySelector('.fragment')).toBeNull();
    expect(document.documentElement.classList.contains('read-view')).toBe(true);
    expect(document.documentElement.classList.contains('reveal-full-page')).toBe(false);
  });

  it('holds a linked section under the bar until the reader moves', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (frame: () => void) => frames.push(frame));
    const scrolled = vi.fn();
    vi.stubGlobal('scrollBy', scrolled);
    const target = document.createElement('section');
    const bar = document.createElement('header');
    target.getBoundingClientRect = () => ({ top: 300 }) as DOMRect;
    bar.getBoundingClientRect = () => ({ bottom: 50 }) as DOMRect;
    holdSection(target, bar, 3);
    frames.shift()!();
    expect(scrolled.mock.calls).toEqual([
      [0, 250],
      [0, 250],
    ]);
    dispatchEvent(new Event('wheel'));
    frames.shift()!();
    expect(scrolled).toHaveBeenCalledTimes(2);
  });
});

describe('the first paint', () => {
  it('paints the chosen language’s slides and names the page’s language', () => {
    browser('/?lang=en', null, ['zh-CN']);
    paintFirstSlide(options, parts);
    expect(document.querySelector('.slides h1')!.textContent).toBe('Report');
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelectorAll('template')).toHaveLength(0);
  });

  it('runs as the page runs it, from its source alone', () => {
    browser('/?lang=zh-en#/agenda', null, ['en']);
    new Function(firstPaintScript(options, parts))();
    expect(document.querySelector<HTMLElement>('.slides')!.dataset.mode).toBe('zh-en');
    expect(document.querySelector('section.present#agenda')).not.toBeNull();
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});

/**
 * The same address, remembered choice, browser languages and screen open the same mode and view in the
 * first paint (the page's inline script) and in the deck's modules where no first paint ran
 * (`src/i18n/initial.ts` and i18next's detector; `viewFromQuery` and `isReadingView` of src/config.ts).
 */
describe('the first paint and the deck’s modules', () => {
  const modes = options.modes;
  it.each([
    ['/', null, ['zh-CN'], false, 'zh', false],
    ['/', null, ['en-US', 'zh-CN'], false, 'en', false],
    ['/', null, ['fr-FR', 'en-GB'], true, 'en', true],
    ['/', null, ['fr'], false, 'zh', false],
    ['/', null, ['de', 'zh-TW'], false, 'zh', false],
    ['/', 'en', ['zh-CN'], false, 'en', false],
    ['/', 'zh-en', ['en'], false, 'zh-en', false],
    ['/', 'en-US', ['zh-CN'], false, 'en', false],
    ['/', 'EN', ['zh-CN'], false, 'en', false],
    ['/', 'zh-TW', ['en'], false, 'zh', false],
    ['/', 'fr', ['en'], false, 'en', false],
    ['/', 'fr', ['fr'], false, 'zh', false],
    ['/?lang=en', 'zh', ['zh-CN'], true, 'en', true],
    ['/?lang=EN&view=slides', null, ['zh-CN'], true, 'en', false],
    ['/?lang=fr', 'en', ['en'], false, 'zh', false],
    ['/?lang=', 'en', ['en'], false, 'zh', false],
    ['/?view=read', null, ['zh-CN'], false, 'zh', true],
    ['/?view=scroll', null, ['zh-CN'], true, 'zh', false],
    ['/?view=nonsense', null, ['zh-CN'], true, 'zh', true],
    ['/?print-pdf&view=read', null, ['en'], true, 'en', false],
  ] as const)(
    '%j, remembered %j, browser %j, narrow screen %j: %j, reading page %j',
    async (address, stored, languages, narrow, mode, reading) => {
      browser(address, stored, [...languages], narrow);
      new Function(firstPaintScript(options, parts))();
      const painted = document.querySelector<HTMLElement>('.read[data-mode], .slides[data-mode]')!;

      // The same browser again: i18next's detector remembers what it detects.
      browser(address, stored, [...languages], narrow);
      const query = parseQuery(location.search);
      const chosen = languageFromQuery(query, modes);
      const i18n = await createI18n({}, ['zh', 'en'], chosen, chosen ? undefined : detector(modes));
      const modulesRead = isReadingView(viewFromQuery(query), matchMedia(options.readingMedia).matches);

      expect([i18n.language, modulesRead]).toEqual([mode, reading]);
      expect([painted.dataset.mode, painted.classList.contains('read')]).toEqual([mode, reading]);
    },
  );
});
