// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdSection, layOutSlides, paintReadingPage, paintSlides, revealScale } from './first-paint.ts';
import { deckComplete, freshPage, options, page, parts, serve } from './test/first-paint-page.ts';

beforeEach(freshPage);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the slides laid out as reveal.js will', () => {
  it.each([
    // No margin: a 16:9 screen is filled; another is fitted by its narrower side.
    [1280, 720, 1],
    [1920, 1080, 1.5],
    [1000, 900, 0.78],
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
