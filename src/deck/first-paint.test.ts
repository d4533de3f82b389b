// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstPaintScript, paintFirstSlide } from './first-paint.ts';
import { isReadingView, viewFromQuery } from '../config.ts';
import { parseQuery } from '../environment.ts';
import { createI18n } from '../i18n/create.ts';
import { detector, languageFromQuery } from '../i18n/initial.ts';
import { browser, freshPage, options, parts } from './test/first-paint-page.ts';

beforeEach(freshPage);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
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
