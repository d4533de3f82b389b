import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
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

/** The characters a TrueType/OpenType font maps to a glyph, as HarfBuzz reads its character map. */
export function charactersOf(font: Uint8Array): Set<number> {
  return new Set(new Face(new Blob(font)).collectUnicodes());
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
