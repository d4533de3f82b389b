import { Blob, Face, Font } from 'harfbuzzjs';
import type { Advances } from './layout.ts';

/** The deck's typeface, both weights, as font files' bytes. */
export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Each character's advance in one weight, grouped by advance, those of the full width left out. */
function advancesOf(file: Uint8Array, fullWidth: number): Record<string, string> {
  const face = new Face(new Blob(file));
  const font = new Font(face);
  const groups = new Map<number, string>();
  for (const code of [...face.collectUnicodes()].sort((a, b) => a - b)) {
    const glyph = font.glyph(code);
    const advance = glyph === undefined ? fullWidth : font.glyphHAdvance(glyph);
    if (advance !== fullWidth) groups.set(advance, (groups.get(advance) ?? '') + String.fromCodePoint(code));
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => a - b).map(([advance, text]) => [String(advance), text]));
}

/**
 * The advance of every character the typeface maps, read by HarfBuzz, in units of its em: the table
 * `src/charts/advances.json` holds (`npm run advances` writes it). A CJK face sets almost every
 * character a full em wide; only the others are listed.
 */
export function measureAdvances(fonts: FontFiles, font: string): Advances {
  const upem = new Face(new Blob(fonts.regular)).upem;
  return {
    font,
    unitsPerEm: upem,
    fullWidth: upem,
    regular: advancesOf(fonts.regular, upem),
    bold: advancesOf(fonts.bold, upem),
  };
}
