import { describe, expect, it } from 'vitest';
import { translationState } from './translation.ts';

const meta = { languages: ['zh', 'en'], years: [2024], source: 'source.zh.txt' };

describe('translation state', () => {
  it('counts texts a language lacks and texts still in the source language, but not names and figures', () => {
    const resources = {
      zh: { a: '全县生产总值', b: { c: '新增就业', d: 'PM2.5', e: '5G' }, f: '乡村振兴' },
      en: { a: 'GDP of the county', b: { c: '新增就业', d: 'PM2.5', e: '5G' } },
    };
    expect(translationState({ meta, resources })).toEqual([{ language: 'en', missing: 1, untranslated: 1, total: 5 }]);
  });

  it('counts an untranslated English sentence in a report whose source is English', () => {
    const resources = { en: { a: 'Roads were built', b: 'GDP' }, zh: { a: 'Roads were built', b: 'GDP' } };
    const state = translationState({ meta: { ...meta, languages: ['en', 'zh'] }, resources });
    expect(state).toEqual([{ language: 'zh', missing: 0, untranslated: 1, total: 2 }]);
  });
});
