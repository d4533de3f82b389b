import { describe, expect, it } from 'vitest';
import { loadReport } from '../report/load.ts';
import { flattenKeys, lookup } from '../report/resource.ts';
import { engineResources } from './engine.ts';

const report = loadReport('data', '.');
const HAN = /\p{Script=Han}/u;

describe.each([
  ['report', report.resources],
  ['engine', engineResources],
])('%s translations', (_name, resources) => {
  const zh = flattenKeys(resources['zh']!).sort();
  const en = flattenKeys(resources['en']!).sort();

  it('should have exactly the same keys in Chinese and English', () => {
    expect(en).toEqual(zh);
  });

  it('should have no empty text in either language', () => {
    for (const lang of ['zh', 'en']) {
      const empty = flattenKeys(resources[lang]!).filter(
        (key) => lookup(resources[lang]!, key)!.trim() === '' && !key.startsWith('units.'),
      );
      expect(empty, lang).toEqual([]);
    }
  });

  it('should have no Han characters in English text', () => {
    const withHan = en.filter((key) => HAN.test(lookup(resources['en']!, key)!) && !key.startsWith('ui.language.'));
    expect(withHan).toEqual([]);
  });
});

describe('slide text', () => {
  it('should name figures through facts, not type their digits', () => {
    // Names that contain digits are not figures: glossary terms (2+20+N), 5G, PM2.5, dates.
    const names = Object.values(report.glossary).flatMap((entry) => Object.values(entry.match).flat());
    const strip = (text: string) =>
      names
        .reduce((rest, name) => rest.split(name).join(''), text.replace(/\[\[[a-z0-9-]+\]\]/g, ''))
        .replace(
          /\d+月\d+日|[A-Z][a-z]+ \d+, 20\d\d|\b20\d\d\b|20\d\d年|\b\d+G\b|5G|PM\d+(?:\.\d+)?|\d+(?:st|nd|rd|th)\b/g,
          '',
        );
    const typed = ['zh', 'en'].flatMap((lang) =>
      flattenKeys(report.resources[lang]!)
        .filter((key) => !key.startsWith('facts.') && !key.startsWith('glossary.'))
        .map((key) => [key, strip(lookup(report.resources[lang]!, key)!)] as const)
        .filter(([, text]) => /\d/.test(text))
        .map(([key, text]) => `${lang}:${key}: ${text}`),
    );
    expect(typed).toEqual([]);
  });

  it('should carry none of the source’s extraction artefacts', () => {
    for (const lang of ['zh', 'en']) {
      for (const key of flattenKeys(report.resources[lang]!)) {
        const text = lookup(report.resources[lang]!, key)!;
        expect(text, key).not.toMatch(/\*\*|\d\. \d|领域域/);
      }
    }
  });
});
