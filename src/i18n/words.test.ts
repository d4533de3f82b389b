import { describe, expect, it } from 'vitest';
import { createI18n } from './create.ts';
import { wordsFor } from './words.ts';

const report = {
  en: {
    deck: { title: 'Work report' },
    greeting: 'Hello, {{name}}',
    item_one: 'one item',
    item_other: '{{count}} items',
  },
  zh: { deck: { title: '政府工作报告' }, greeting: '你好，{{name}}', item_other: '{{count}}项' },
};

describe('the words of a language', () => {
  it('should say what i18next says, with and without options, in the language asked for', async () => {
    const i18n = await createI18n(report, ['zh', 'en'], 'zh');
    const [en, zh] = [wordsFor(i18n, 'en'), wordsFor(i18n, 'zh')];
    for (let i = 0; i < 2; i += 1) {
      expect(en('deck.title')).toBe('Work report');
      expect(zh('deck.title')).toBe('政府工作报告');
      expect(en('greeting', { name: 'Xiping' })).toBe('Hello, Xiping');
      expect(en('item', { count: 1 })).toBe('one item');
      expect(en('item', { count: 3 })).toBe('3 items');
      expect(en('no.such.key')).toBe(i18n.getFixedT('en')('no.such.key'));
    }
    expect(wordsFor(i18n, 'en')).toBe(en);
  });

  it('should say a text anew once the resources change', async () => {
    const i18n = await createI18n(report, ['zh', 'en'], 'en');
    // Held across the change, as a chart holds its words.
    const en = wordsFor(i18n, 'en');
    expect(en('deck.title')).toBe('Work report');
    i18n.addResource('en', 'translation', 'deck.title', 'Government work report');
    expect(en('deck.title')).toBe('Government work report');
    i18n.removeResourceBundle('en', 'translation');
    expect(en('deck.title')).toBe('政府工作报告');
    expect(wordsFor(i18n, 'en')).toBe(en);
  });
});
