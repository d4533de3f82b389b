import { vi } from 'vitest';
import { firstPaintOptions, type FirstPaintOptions, type ReadingParts } from '../first-paint-options.ts';
import { readingColumn } from '../../read/page.ts';
import { keepChartRoom, phoneChartSize } from '../../read/chart-size.ts';

export const options: FirstPaintOptions = { ...firstPaintOptions(['zh', 'en']), entryMark: '<!--entry-->' };
export const parts: ReadingParts = { column: readingColumn, chartSize: phoneChartSize, keepRoom: keepChartRoom };

/** The page as the build writes it: reveal.js's empty frame, then each language's first screen and the reading page's bar. */
export function page(rest?: string) {
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
export function browser(address: string, stored: string | null, languages: string[], narrow = false) {
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
export function serve(files: Record<string, string>) {
  const fetch = vi.fn(async (url: string) => {
    const body = files[new URL(url, location.href).pathname];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

export const deckComplete = () =>
  new Promise<string>((resolve) =>
    addEventListener('deckcomplete', () => resolve(document.documentElement.dataset.deckComplete!), { once: true }),
  );

/** A fresh page for each test: the address, storage and languages of a Chinese browser on a laptop. */
export function freshPage(): void {
  browser('/', null, ['zh-CN']);
  page();
  // jsdom has no font loading: a test that needs it brings its own.
  Object.defineProperty(document, 'fonts', { value: undefined, configurable: true });
}
