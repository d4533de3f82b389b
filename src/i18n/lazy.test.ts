// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createI18n } from './create.ts';
import { languageLoader } from './lazy.ts';
import type { Resource } from '../report/schema.ts';

const REPORT: Record<string, Resource> = {
  fr: { title: 'Rapport', ui: { language: { switch: 'Langue (rapport)' } } },
  de: { title: 'Bericht' },
};

describe('languages loaded one at a time', () => {
  it('loads each language once, adds it over the engine words, and knows what it has', async () => {
    const asked: string[] = [];
    const i18n = await createI18n({ fr: REPORT.fr! }, ['fr', 'de'], 'fr');
    const loader = languageLoader(
      i18n,
      ['fr', 'de'],
      async (language) => {
        asked.push(language);
        return REPORT[language]!;
      },
      ['fr'],
    );
    expect(loader.has('fr')).toBe(true);
    expect(loader.has('de')).toBe(false);
    expect(loader.has('fr-de')).toBe(false);
    // Until it comes, German falls back to the first language.
    expect(i18n.getFixedT('de')('title')).toBe('Rapport');

    await Promise.all([loader.ensure('fr-de'), loader.ensure('de')]);
    expect(asked).toEqual(['de']);
    expect(loader.has('fr-de')).toBe(true);
    expect(i18n.getFixedT('de')('title')).toBe('Bericht');
    await i18n.changeLanguage('de');
    expect(i18n.t('title')).toBe('Bericht');
  });

  it('passes a failed load on to whoever waits for it, and tries again next time', async () => {
    const i18n = await createI18n({}, ['fr', 'de'], 'fr');
    let fail = true;
    const loader = languageLoader(i18n, ['fr', 'de'], async (language) => {
      if (fail) throw new Error(`no network for ${language}`);
      return REPORT[language]!;
    });
    await expect(loader.ensure('de')).rejects.toThrow('no network for de');
    expect(loader.has('de')).toBe(false);
    fail = false;
    await loader.ensure('de');
    expect(loader.has('de')).toBe(true);
  });
});
