import measured from './advances.json' with { type: 'json' };

/**
 * The one chart geometry the slides, the reading page and the PowerPoint export lay charts out by:
 * text sizes, the label column, and text widths measured from the deck's typeface.
 */

/**
 * Every chart's text sizes, in slide pixels: charts are laid out at the size
 * they are drawn, so these are the sizes the room sees. Nothing is under
 * 18 px, the smallest that reads from the back of a room at 1280×720.
 */
export const TYPE = {
  label: 22,
  value: 22,
  big: 40,
  small: 18,
  /** A label of two lines (a wrapped name, or a name with its translation beneath). */
  wrapped: 18,
} as const;

export type TextSize = Exclude<keyof typeof TYPE, 'wrapped'>;
export type Weight = 'regular' | 'bold';

/** Figures are set in bold (the theme's `.text-value` and `.text-big`), names and notes in regular. */
export function weightOf(size: TextSize): Weight {
  return size === 'value' || size === 'big' ? 'bold' : 'regular';
}

/** The size a text mark is drawn at. */
export function sizeOf(mark: { size: TextSize; line2?: string | undefined }): number {
  return mark.size === 'label' && mark.line2 ? TYPE.wrapped : TYPE[mark.size];
}

/**
 * A text mark's lines and where each is set, as `dy` in em from the line before (the first from the
 * mark's y): one line about its middle, two or three (a wrapped name) a step of 1.05 em apart about it.
 * The slide's SVG and the export's picture both set lines by it.
 */
export function textLines(mark: { text: string; line2?: string | undefined; line3?: string | undefined }): {
  text: string;
  dy: number;
}[] {
  const rest = [mark.line2, mark.line3].filter((line): line is string => Boolean(line));
  const first = rest.length === 0 ? 0.35 : rest.length === 1 ? -0.3 : -0.85;
  return [{ text: mark.text, dy: first }, ...rest.map((text) => ({ text, dy: 1.05 }))];
}

/**
 * How far a text mark reaches above and below its y, in px, as `textLines` sets its lines:
 * one line about its middle, two or three (a wrapped name) a little smaller from above it.
 */
export function textReach(mark: { size: TextSize; line2?: string | undefined; line3?: string | undefined }): {
  up: number;
  down: number;
} {
  const size = sizeOf(mark);
  const [up, down] = mark.line3 ? [1.85, 1.35] : mark.line2 ? [1.3, 0.85] : [0.5, 0.5];
  return { up: up * size, down: down * size };
}

/** Room between a label and what it names. */
export const LABEL_GAP = 16;

/**
 * The most of a chart's width its column of names may take, by chart kind: the widest name sets the
 * column up to this, and longer names wrap.
 */
export const LABEL_SHARE = {
  bars: 0.42,
  'growth-ranks': 0.42,
  targets: 0.34,
  days: 0.34,
  tiers: 0.34,
  threshold: 0.34,
  shares: 0.38,
} as const satisfies Record<string, number>;

/**
 * Where the marks start after a column of right-aligned names: the widest of them (give every
 * language's, so a chart keeps its geometry across a switch), within `share` of the chart's width.
 */
export function labelColumn(names: string[], width: number, share: number): number {
  const widest = Math.max(0, ...names.map((name) => textWidth(name, TYPE.label)));
  return Math.min(share * width, widest) + LABEL_GAP;
}

/**
 * Each character's advance in the deck's typeface (Noto Sans SC, both weights), measured by HarfBuzz
 * and kept in `advances.json` by `npm run advances` (a test measures the installed font again): the
 * same numbers in the browser and in Node. Grouped by advance, in units of the em; characters of the
 * full width, almost every CJK one, are left out. Kerning is not counted: text measures a little wide.
 */
export interface Advances {
  font: string;
  unitsPerEm: number;
  fullWidth: number;
  regular: Record<string, string>;
  bold: Record<string, string>;
}

const table: Advances = measured;
const byCharacter = (groups: Record<string, string>) =>
  new Map(Object.entries(groups).flatMap(([advance, text]) => [...text].map((c) => [c, Number(advance)] as const)));
const advances = { regular: byCharacter(table.regular), bold: byCharacter(table.bold) };

/** The width of `text` set in the deck's typeface at `size` px, as the browser lays it out (kerning aside). */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const own = advances[weight];
  let units = 0;
  // A character the typeface lacks comes from another font: counted a full em, as CJK fallbacks are.
  for (const c of text) units += own.get(c) ?? table.fullWidth;
  return (units / table.unitsPerEm) * size;
}

/** Breaks a name into at most two lines that fit `width`, at a space or between CJK glyphs. */
export function wrap(text: string, width: number, size: number): [string, string?] {
  if (textWidth(text, size) <= width) return [text];
  const spaced = text.includes(' ');
  const units = spaced ? text.split(' ') : [...text];
  let first = '';
  for (const unit of units) {
    const next = first ? (spaced ? `${first} ${unit}` : first + unit) : unit;
    if (textWidth(next, size) > width && first) break;
    first = next;
  }
  return [first, text.slice(first.length).trim() || undefined];
}

/** Greedy lines of at most `width`, as many as it takes (a word wider than `width` a line of its own). */
function greedyLines(text: string, width: number, size: number, most: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest && lines.length < most - 1) {
    const [first, next] = wrap(rest, width, size);
    lines.push(first);
    rest = next ?? '';
  }
  if (rest) lines.push(rest);
  return lines;
}

/**
 * Breaks a label into at most `most` lines that fit `width` (the last takes what is left): a name
 * that two lines cannot hold in a narrow chart (English on a phone) takes a third rather than leave it.
 * Lines are balanced, as the slide's own text is (`text-wrap: balance`): the narrowest width that needs
 * no more lines, so that "2023年优良天数目标" breaks as "2023年优 / 良天数目标", not with one glyph left over.
 */
export function wrapLines(text: string, width: number, size: number, most: number): string[] {
  const lines = greedyLines(text, width, size, most);
  const needed = greedyLines(text, width, size, Infinity).length;
  if (lines.length < 2 || needed > most) return lines;
  let [narrow, wide] = [0, width];
  while (wide - narrow > 0.5) {
    const mid = (narrow + wide) / 2;
    if (greedyLines(text, mid, size, Infinity).length <= needed) wide = mid;
    else narrow = mid;
  }
  return greedyLines(text, wide, size, most);
}
