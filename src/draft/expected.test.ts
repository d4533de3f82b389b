// @vitest-environment jsdom
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChecked } from '../build/report-plugin.ts';
import { toPayload } from '../deck/payload.ts';
import { slidesOf, type DeckSpec } from '../deck/spec.ts';
import { buildPptx } from '../export/pptx/deck.ts';
import { pictureFonts } from '../export/pptx/fonts.ts';
import { createI18n } from '../i18n/create.ts';
import { renderDeck } from '../render/slides.ts';
import { draftReport } from './index.ts';

/** A review that opens with preliminary figures (预计), as most reviews written before the year's statistics do. */
const SOURCE = [
  '政府工作报告',
  '一、2024年工作回顾',
  '预计全年地区生产总值完成 88.6 亿元，增长 5.1%；一般公共预算收入完成 4.2 亿元，增长 3.3%。',
  '二、2025年工作安排',
  '地区生产总值增长 6% 左右。',
].join('\n');

const ROOT = resolve(import.meta.dirname, '../..');
mkdirSync(join(ROOT, '.cache'), { recursive: true });
const dir = mkdtempSync(join(ROOT, '.cache', 'expected-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'source.zh.txt'), SOURCE);
writeFileSync(
  join(dir, 'meta.json'),
  JSON.stringify({
    languages: ['zh', 'en'],
    years: [2024, 2025],
    source: 'source.zh.txt',
    glossaryHeading: '名词解释',
    date: '2025-01-10',
  }),
);
writeFileSync(join(dir, 'glossary.json'), JSON.stringify({ glossary: {} }));
draftReport({ dir, mode: 'fill', root: dir });
const { deck } = (await import(/* @vite-ignore */ join(dir, 'slides.ts'))) as { deck: DeckSpec };
const payload = toPayload(loadChecked(dir, deck, dir), deck);

describe('a figure the text gives as 预计 (expected)', () => {
  it('is drafted with the qualifier expected, to the end of its sentence', () => {
    expect(payload.facts['gdp-2024']).toMatchObject({ value: 88.6, qualifier: 'expected' });
    expect(payload.facts['revenue-growth-2024']).toMatchObject({ value: 3.3, qualifier: 'expected' });
    expect(payload.facts['gdp-growth-2025']!.qualifier).toBe('around');
  });

  it('says so on the slide in both languages', async () => {
    const i18n = await createI18n(payload.resources, payload.meta.languages);
    const card = async (language: string) => {
      await i18n.changeLanguage(language);
      const root = document.createElement('div');
      root.append(...renderDeck({ payload, i18n }));
      return root.querySelector('section#headline-2024 [data-fact="gdp-2024"]')!.textContent;
    };
    expect(await card('zh')).toBe('预计88.6亿元');
    expect(await card('en')).toBe('expected 8.86 billion yuan');
  });

  it('says so in the PowerPoint export in both languages', async () => {
    const fontDir = resolve(ROOT, 'node_modules/@expo-google-fonts/noto-sans-sc');
    const fonts = pictureFonts(
      ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((f) => resolve(fontDir, f)),
    );
    const at = slidesOf(deck).findIndex((slide) => slide.id === 'headline-2024') + 1;
    for (const [language, text] of [
      ['zh', '预计88.6亿元'],
      ['en', 'expected 8.86 billion yuan'],
    ] as const) {
      const zip = await JSZip.loadAsync((await buildPptx(payload, language, { fonts })).file);
      const xml = await zip.file(`ppt/slides/slide${at}.xml`)!.async('string');
      const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('|');
      expect(runs, language).toContain(text);
    }
  }, 60_000);
});
