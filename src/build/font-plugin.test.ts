import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';
import { fontPlugin } from './font-plugin.ts';
import { deckGlyphs } from './glyphs.ts';
import { loadReport } from '../report/load.ts';
import { toPayload } from '../deck/payload.ts';
import { engineResources } from '../i18n/engine.ts';
import { deck } from '../../slides/index.ts';

const fonts = resolve('node_modules/@expo-google-fonts/noto-sans-sc');
const out = mkdtempSync(join(tmpdir(), 'deck-fonts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The characters a woff2 font maps, read back with HarfBuzz. */
async function charactersOf(file: string): Promise<Set<string>> {
  const sfnt: Buffer = await fontverter.convert(readFileSync(file), 'sfnt');
  const face = new hb.Face(new hb.Blob(new Uint8Array(sfnt)));
  return new Set([...face.collectUnicodes()].map((code) => String.fromCodePoint(code)));
}

describe('the deck’s font subset', () => {
  const glyphs = deckGlyphs(toPayload(loadReport('data', '.'), deck), engineResources);

  it('holds every character the deck sets, in each weight, and little else', { timeout: 60_000 }, async () => {
    const plugin = fontPlugin({
      outDir: out,
      faces: () => [
        {
          source: join(fonts, '400Regular/NotoSansSC_400Regular.ttf'),
          output: 'regular.woff2',
          text: () => glyphs.regular,
        },
        { source: join(fonts, '700Bold/NotoSansSC_700Bold.ttf'), output: 'bold.woff2', text: () => glyphs.bold },
      ],
    });
    await (plugin.buildStart as () => Promise<void>)();
    for (const [file, text] of [
      ['regular.woff2', glyphs.regular],
      ['bold.woff2', glyphs.bold],
    ] as const) {
      const mapped = await charactersOf(join(out, file));
      const wanted = new Set([...text].filter((c) => c.trim() !== ''));
      // Characters the source font itself lacks cannot be in a subset of it.
      const missing = [...wanted].filter((c) => !mapped.has(c));
      expect(missing, file).toEqual([]);
      const extra = [...mapped].filter((c) => !wanted.has(c) && c.trim() !== '');
      expect(extra.length, `${file}: characters beyond the deck's text`).toBeLessThan(40);
    }
  });

  it('keeps headings bold with far fewer characters than the regular text', () => {
    expect(glyphs.bold.length).toBeLessThan(glyphs.regular.length / 1.5);
    for (const heading of ['政府工作报告', 'Main Economic Indicators, 2022']) {
      for (const c of heading) expect(glyphs.bold).toContain(c);
    }
  });

  it('includes the characters of every figure’s source sentence, which the source dialog shows', () => {
    const payload = toPayload(loadReport('data', '.'), deck);
    for (const fact of Object.values(payload.facts)) for (const c of fact.sentence) expect(glyphs.regular).toContain(c);
  });
});
