import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * The deck's typeface for the chart pictures' PNGs, cut down to the
 * characters they draw. What resvg spends on each run of text grows with the
 * font, and each weight of the CJK face is some 10 MB: cut to a few dozen
 * characters, a picture draws in milliseconds instead of a few hundred. The
 * files are read once, when first needed, and cut anew for each text.
 */
export interface PictureFonts {
  /**
   * Runs `draw` with the font files cut to `text`'s characters, written to a
   * temporary folder that is removed when it returns. Throws, naming them, if a
   * font lacks any of the characters: they would be drawn as empty boxes.
   */
  withSubset<T>(text: string, draw: (files: string[]) => T | Promise<T>): Promise<T>;
}

/** Characters that are never drawn (controls, joiners), so need no glyph. */
const UNDRAWN = /[\p{Cc}\p{Cf}]/u;

/**
 * The characters a TrueType/OpenType font maps to a glyph, read from its
 * Unicode character map: the full-range subtable (format 12) if it has one,
 * else the Basic Multilingual Plane's (format 4), as HarfBuzz writes them.
 */
export function charactersOf(font: Buffer): Set<number> {
  const table = (tag: string) => {
    for (let i = 0; i < font.readUInt16BE(4); i += 1) {
      if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === tag) return font.readUInt32BE(20 + 16 * i);
    }
    throw new Error(`a font with no ${tag} table`);
  };
  const cmap = table('cmap');
  const unicode = [...Array(font.readUInt16BE(cmap + 2)).keys()]
    .map((i) => cmap + 4 + 8 * i)
    // Platform 0 is Unicode; platform 3 encodings 1 and 10 are Windows' Unicode BMP and full range.
    .filter(
      (record) =>
        font.readUInt16BE(record) === 0 ||
        (font.readUInt16BE(record) === 3 && [1, 10].includes(font.readUInt16BE(record + 2))),
    )
    .map((record) => cmap + font.readUInt32BE(record + 4));
  const chars = new Set<number>();
  const full = unicode.find((at) => font.readUInt16BE(at) === 12);
  const bmp = unicode.find((at) => font.readUInt16BE(at) === 4);
  if (full !== undefined) {
    for (let g = 0; g < font.readUInt32BE(full + 12); g += 1) {
      const group = full + 16 + 12 * g;
      const [start, end, glyph] = [0, 4, 8].map((o) => font.readUInt32BE(group + o)) as [number, number, number];
      for (let c = start; c <= end; c += 1) if (glyph + c - start) chars.add(c);
    }
  } else if (bmp !== undefined) {
    const segments = font.readUInt16BE(bmp + 6) / 2;
    const ends = bmp + 14;
    const [starts, deltas, offsets] = [1, 2, 3].map((k) => ends + 2 + 2 * segments * k) as [number, number, number];
    for (let s = 0; s < segments; s += 1) {
      const [start, end, delta, offset] = [starts, ends, deltas, offsets].map((at) =>
        font.readUInt16BE(at + 2 * s),
      ) as [number, number, number, number];
      for (let c = start; c <= end && c !== 0xffff; c += 1) {
        const indexed = offset && font.readUInt16BE(offsets + 2 * s + offset + 2 * (c - start));
        if ((offset ? indexed && indexed + delta : c + delta) & 0xffff) chars.add(c);
      }
    }
  } else throw new Error('a font with no Unicode character map');
  return chars;
}

export function pictureFonts(files: string[]): PictureFonts {
  let sources: Buffer[] | undefined;
  return {
    async withSubset(text, draw) {
      sources ??= files.map((file) => readFileSync(file));
      const subsets = await Promise.all(sources.map((font) => subsetFont(font, text, { targetFormat: 'truetype' })));
      const wanted = [...new Set(text)].filter((c) => !UNDRAWN.test(c));
      for (const [i, subset] of subsets.entries()) {
        const mapped = charactersOf(subset);
        const missing = wanted.filter((c) => !mapped.has(c.codePointAt(0)!));
        if (missing.length)
          throw new Error(
            `${basename(files[i]!)} has no glyph for ${missing.map((c) => `"${c}"`).join(' ')}, which a chart picture draws`,
          );
      }
      const dir = mkdtempSync(join(tmpdir(), 'deck-picture-fonts-'));
      try {
        return await draw(
          subsets.map((subset, i) => {
            const file = join(dir, basename(files[i]!));
            writeFileSync(file, subset);
            return file;
          }),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
