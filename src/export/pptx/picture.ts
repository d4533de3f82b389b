import { Resvg } from '@resvg/resvg-js';
import type { ChartKind } from '../../deck/spec.ts';
import { chartKinds } from '../../charts/index.ts';
import { chartInput } from '../../deck/chart-spec.ts';
import type { ChartSpec, Mark, Tone } from '../../charts/spec.ts';
import { sizeOf, textLines, weightOf, type TextSize } from '../../charts/layout.ts';
import { colours, typeface } from '../../theme/tokens.ts';
import type { ExportContext } from './context.ts';
import type { PictureFonts } from './fonts.ts';

/**
 * A chart kind with no faithful native PowerPoint form (a waffle of squares,
 * bars against a dashed round-number mark) as a picture: the chart's own
 * laid-out spec written as SVG, with a PNG for applications that do not read SVG.
 */

const TONES: Record<Tone, string> = {
  primary: colours.primary,
  secondary: colours.secondary,
  accent: colours.accent,
  muted: colours.muted,
  track: colours.track,
  ink: colours.ink,
  inverse: '#ffffff',
};

/** The tone the deck's chart stylesheet gives a size of text set in ink. */
const INK_TONE: Partial<Record<TextSize, Tone>> = { small: 'muted' };

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (n: number) => Math.round(n * 10) / 10;

function markSvg(mark: Mark): string {
  switch (mark.type) {
    case 'rect':
      return `<rect x="${r(mark.x)}" y="${r(mark.y)}" width="${r(mark.width)}" height="${r(mark.height)}" fill="${TONES[mark.tone]}"/>`;
    case 'line':
      return `<line x1="${r(mark.x1)}" y1="${r(mark.y1)}" x2="${r(mark.x2)}" y2="${r(mark.y2)}" stroke="${TONES[mark.tone]}" stroke-width="4"${mark.dash ? ' stroke-dasharray="10 8"' : ''}/>`;
    case 'circle':
      return `<circle cx="${r(mark.cx)}" cy="${r(mark.cy)}" r="${r(mark.r)}" fill="${TONES[mark.tone]}"/>`;
    case 'text': {
      // Sizes, weights and lines as the slide sets them (the one chart geometry, charts/layout.ts).
      const weight = weightOf(mark.size) === 'bold' ? 700 : 400;
      const fill = TONES[mark.tone === 'ink' ? (INK_TONE[mark.size] ?? 'ink') : mark.tone];
      const lines = textLines(mark)
        .map((line) => `<tspan x="${r(mark.x)}" dy="${line.dy}em">${escape(line.text)}</tspan>`)
        .join('');
      return `<text x="${r(mark.x)}" y="${r(mark.y)}" text-anchor="${mark.anchor}" font-size="${sizeOf(mark)}" font-weight="${weight}" fill="${fill}">${lines}</text>`;
    }
  }
}

/** The chart in its final state as SVG, text in the deck's typeface. */
export function specSvg(spec: ChartSpec): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.width}" height="${spec.height}" viewBox="0 0 ${spec.width} ${spec.height}" font-family="${typeface}, sans-serif">` +
    `<title>${escape(spec.title)}</title>` +
    spec.marks.map(markSvg).join('') +
    '</svg>'
  );
}

export interface Picture {
  spec: ChartSpec;
  svg: string;
}

/** The chart of `kind` over these facts, laid out for `size` px, as SVG. */
export function chartPicture(
  kind: ChartKind,
  ids: string[],
  size: { width: number; height: number },
  x: ExportContext,
): Picture {
  const make = chartKinds[kind];
  if (!make) throw new Error(`no chart kind "${kind}"`);
  const spec = make(chartInput(ids, x.deck, x.language, size));
  return { spec, svg: specSvg(spec) };
}

/** PNGs at twice the chart's size, for projectors. */
const PNG_SCALE = 2;

/** Every character the pictures set as text. */
export function pictureText(pictures: Picture[]): string {
  const texts = pictures.flatMap((p) =>
    p.spec.marks.flatMap((m) => (m.type === 'text' ? [m.text, m.line2 ?? '', m.line3 ?? ''] : [])),
  );
  return [...new Set(texts.join(''))].sort().join('');
}

/** The pictures as PNGs, their text set in the deck's typeface cut down to the characters they draw. */
export async function picturePngs(pictures: Picture[], fonts: PictureFonts): Promise<Buffer[]> {
  if (pictures.length === 0) return [];
  return fonts.withSubset(pictureText(pictures), (fontFiles) =>
    pictures.map((p) =>
      new Resvg(p.svg, {
        font: { fontFiles, loadSystemFonts: false, defaultFontFamily: typeface },
        fitTo: { mode: 'zoom', value: PNG_SCALE },
      })
        .render()
        .asPng(),
    ),
  );
}
