import { describe, expect, it } from 'vitest';
import { markTerms } from './terms.ts';

const glossary = {
  'three-guarantees': { match: { zh: ['三保障'], en: ['three guarantees'] } },
  'three-priorities': { match: { zh: ['三保'], en: ['three priorities'] } },
  srdi: { match: { zh: ['专精特新'], en: ['specialized, refined, distinctive and innovative (SRDI)', 'SRDI'] } },
};

describe('markTerms', () => {
  it.each([
    [
      'a term in Chinese text',
      '培育专精特新企业',
      'zh',
      [{ text: '培育' }, { text: '专精特新', term: 'srdi' }, { text: '企业' }],
    ],
    [
      'the longer of two overlapping terms',
      '落实三保障',
      'zh',
      [{ text: '落实' }, { text: '三保障', term: 'three-guarantees' }],
    ],
    [
      'an English term whatever its case',
      'Three guarantees met',
      'en',
      [{ text: 'Three guarantees', term: 'three-guarantees' }, { text: ' met' }],
    ],
    [
      'the full English form before its abbreviation',
      'specialized, refined, distinctive and innovative (SRDI) firms',
      'en',
      [{ text: 'specialized, refined, distinctive and innovative (SRDI)', term: 'srdi' }, { text: ' firms' }],
    ],
    ['text with no term', '没有术语', 'zh', [{ text: '没有术语' }]],
    [
      'markup as plain text',
      '<b>专精特新</b>',
      'zh',
      [{ text: '<b>' }, { text: '专精特新', term: 'srdi' }, { text: '</b>' }],
    ],
  ])('marks %s', (_title, text, language, expected) => {
    expect(markTerms(text, glossary, language)).toEqual(expected);
  });
});
