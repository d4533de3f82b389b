import { describe, expect, it } from 'vitest';
import { viewFromQuery } from './config.ts';
import { parseQuery } from './environment.ts';
import { languageFromQuery } from './i18n/initial.ts';
import { languagesOf, modesOf } from './i18n/modes.ts';

describe('URL parameters', () => {
  it.each([
    ['?view=scroll', { view: 'scroll' }],
    ['?view=SCROLL', { view: 'scroll' }],
    ['?view=print', {}],
    ['?view=<script>', {}],
    ['', {}],
  ])('reads the view from %j', (search, expected) => {
    expect(viewFromQuery(parseQuery(search))).toEqual(expected);
  });

  const modes = modesOf(['zh', 'en']);
  it.each([
    ['?lang=en', 'en'],
    ['?lang=EN', 'en'],
    ['?lang=zh-en', 'zh-en'],
    ['?lang=fr', 'zh'],
    ['?lang=', 'zh'],
    ['?lang=%3Cscript%3E', 'zh'],
    ['', undefined],
    ['?view=scroll', undefined],
  ])('reads the language from %j', (search, expected) => {
    expect(languageFromQuery(parseQuery(search), modes)).toBe(expected);
  });
});

describe('the query string', () => {
  it.each([
    ['?receiver', true],
    ['?lang=en&receiver=1', true],
    ['?receivers', false],
    ['', false],
  ])('tells a speaker-view preview by %j', (search, expected) => {
    expect(parseQuery(search).receiver).toBe(expected);
  });
});

describe('display modes', () => {
  it('adds a bilingual mode for two languages and none for one', () => {
    expect(modesOf(['zh', 'en'])).toEqual(['zh', 'en', 'zh-en']);
    expect(modesOf(['zh'])).toEqual(['zh']);
  });

  it('splits a mode into the languages it shows, the leading one first', () => {
    expect(languagesOf('zh-en')).toEqual(['zh', 'en']);
    expect(languagesOf('en')).toEqual(['en', undefined]);
  });
});
