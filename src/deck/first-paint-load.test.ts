// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, awaitFirstFont, fetchRest, frameGate, placeRest } from './first-paint.ts';
import { deckComplete, freshPage, serve } from './test/first-paint-page.ts';

beforeEach(freshPage);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
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

describe('the rest of the deck in a view', () => {
  it('is placed off screen after the first paint when the page holds the linked slide', async () => {
    serve({ '/rest.html': '<section id="b"></section><!--entry--><section id="c"></section>' });
    vi.stubGlobal('requestAnimationFrame', (frame: () => void) => (frame(), 0));
    const frame = document.createElement('div');
    const done: string[] = [];
    const complete = deckComplete();
    placeRest(
      './rest.html',
      '',
      frameGate(frame),
      { entryMark: '<!--entry-->', placingBudgetMs: -1 },
      {
        show: () => done.push(`shown, hidden: ${frame.style.visibility === 'hidden'}`),
        placeNow: () => done.push('placed now'),
        placeLater: (fragment) => done.push(`placed later: ${fragment.firstElementChild!.id}`),
      },
    );
    expect(done).toEqual(['shown, hidden: false']);
    await complete;
    expect(done).toEqual(['shown, hidden: false', 'placed later: b', 'placed later: c']);
  });

  it('holds the frame until the rest is placed for a link to a slide the page does not carry', async () => {
    serve({ '/rest.html': '<section id="far"></section>' });
    const frame = document.createElement('div');
    const done: string[] = [];
    const complete = deckComplete();
    placeRest(
      './rest.html',
      'far',
      frameGate(frame),
      { entryMark: '<!--entry-->', placingBudgetMs: 5 },
      {
        show: () => done.push('shown'),
        placeNow: (fragment) => done.push(`placed now: ${fragment.firstElementChild!.id}`),
        placeLater: () => done.push('placed later'),
      },
    );
    expect(frame.style.visibility).toBe('hidden');
    expect(done).toEqual([]);
    await complete;
    expect(done).toEqual(['placed now: far', 'shown']);
    expect(frame.style.visibility).toBe('');
  });
});
