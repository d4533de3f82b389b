// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseMode, isReadingPage, slideIdOf, storedChoice } from './first-paint.ts';
import { freshPage, options } from './test/first-paint-page.ts';

beforeEach(freshPage);
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
