import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PptxGenJS from 'pptxgenjs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { loadChecked } from '../../build/report-plugin.ts';
import { slidesOf } from '../../deck/spec.ts';
import { toPayload } from '../../deck/payload.ts';
import { exportContext } from './context.ts';
import { charactersOf, pictureFonts, type PictureFonts } from './fonts.ts';
import { picturePngs, pictureText } from './picture.ts';
import { drawSlide } from './slide.ts';

const payload = toPayload(loadChecked(resolve('data'), deck, resolve('.')), deck);
const fontDir = resolve('node_modules/@expo-google-fonts/noto-sans-sc');
const fontFiles = [
  resolve(fontDir, '400Regular/NotoSansSC_400Regular.ttf'),
  resolve(fontDir, '700Bold/NotoSansSC_700Bold.ttf'),
];
const fonts = pictureFonts(fontFiles);
/** The whole typeface, uncut, to draw the same pictures with. */
const wholeFonts: PictureFonts = { withSubset: async (_text, draw) => draw(fontFiles) };

/** The chart pictures of the deck in one language, as the export places them. */
async function picturesIn(language: string) {
  const x = await exportContext(payload, language);
  const pptx = new PptxGenJS();
  return slidesOf(payload.deck).flatMap((s) => drawSlide(pptx, s, x).notes.pictures);
}

describe('the chart pictures’ fonts', () => {
  it('should read the characters a font maps, whole and cut to a text', async () => {
    const whole = readFileSync(fontFiles[0]!);
    const text = 'Projects 十亿元以上项目 1.05';
    const cut = await subsetFont(whole, text, { targetFormat: 'truetype' });
    expect([...charactersOf(cut)].sort((a, b) => a - b)).toEqual(
      [...new Set(text)].map((c) => c.codePointAt(0)!).sort((a, b) => a - b),
    );
    const all = charactersOf(whole);
    expect(all.size).toBeGreaterThan(30_000);
    for (const c of `${text}粮食总产量`) expect(all.has(c.codePointAt(0)!), c).toBe(true);
    expect(all.has(0x1f33e)).toBe(false);
  });

  it('should hand the drawing fonts holding every character of the text, in each weight', async () => {
    const text = 'Grain output 粮食总产量 100万吨';
    const mapped = await fonts.withSubset(text, (files) => files.map((file) => charactersOf(readFileSync(file))));
    expect(mapped).toHaveLength(fontFiles.length);
    for (const chars of mapped) for (const c of text) expect(chars.has(c.codePointAt(0)!), c).toBe(true);
  });

  it('should refuse a text with a character the typeface lacks, naming it, rather than draw an empty box', async () => {
    await expect(fonts.withSubset('粮食 \u{1F33E}', () => 'drawn')).rejects.toThrow(/no glyph for "\u{1F33E}"/u);
  });

  it.each(payload.meta.languages)(
    'should draw the %s pictures exactly as with the whole typeface',
    { timeout: 60_000 },
    async (language) => {
      const pictures = await picturesIn(language);
      expect(pictures.length).toBeGreaterThan(0);
      expect(pictureText(pictures).length).toBeGreaterThan(10);
      const [cut, whole] = [await picturePngs(pictures, fonts), await picturePngs(pictures, wholeFonts)];
      expect(cut.map((png) => png.toString('base64'))).toEqual(whole.map((png) => png.toString('base64')));
    },
  );
});
