import type PptxGenJS from 'pptxgenjs';
import { factText, segments, textWithFigures } from '../../render/text.ts';
import { textWidth, type Weight } from '../../charts/layout.ts';
import { colours, typeface } from '../../theme/tokens.ts';
import type { ExportContext } from './context.ts';
import { hex, pt } from './geometry.ts';

export type Run = PptxGenJS.TextProps;
export type RunOptions = PptxGenJS.TextPropsOptions;

/** Options every run carries: the deck's typeface (Latin and East Asian) and the language it is in. */
export function baseOptions(x: ExportContext, sizePx: number, colour: string = colours.ink): RunOptions {
  return { fontFace: typeface, fontSize: pt(sizePx), color: hex(colour), lang: x.tag };
}

const written = new WeakMap<ExportContext, Map<string, string>>();

/** The text of a key with each `[[fact]]` written as the slide writes it; measured often while a slide is fitted, so kept. */
export function plainText(key: string, x: ExportContext): string {
  let cache = written.get(x);
  if (!cache) written.set(x, (cache = new Map()));
  let text = cache.get(key);
  if (text === undefined) {
    text = textWithFigures(x.words(key), x.deck, x.language);
    cache.set(key, text);
  }
  return text;
}

/** The facts a key's text names, in order. */
export function factsIn(key: string, x: ExportContext): string[] {
  return segments(x.words(key)).flatMap((seg) => ('fact' in seg ? [seg.fact] : []));
}

/** A key's text as runs, figures in the primary colour as on the slide. */
export function runs(key: string, x: ExportContext, options: RunOptions): Run[] {
  return segments(x.words(key)).map((seg) =>
    'fact' in seg
      ? { text: factText(seg.fact, x.deck, x.language), options: { ...options, color: hex(colours.primary) } }
      : { text: seg.text, options },
  );
}

/** Lines a paragraph takes in a box `widthPx` wide, with a margin for breaks that fall short of the edge. */
export function lineCount(text: string, widthPx: number, sizePx: number, weight: Weight = 'regular'): number {
  return Math.max(1, Math.ceil((textWidth(text, sizePx, weight) * 1.06) / widthPx));
}
