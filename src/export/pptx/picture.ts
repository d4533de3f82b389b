import { Resvg } from '@resvg/resvg-js';
import type { ChartKind } from '../../deck/spec.ts';
import { chartKinds } from '../../charts/index.ts';
import { chartInput } from '../../deck/chart-spec.ts';
import type { ChartSpec, Mark, Tone } from '../../charts/spec.ts';
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

/** Text sizes and weights as the deck's chart stylesheet sets them. */
const TEXT: Record<Extract<Mark, { type: 'text' }>['size'], { size: number; weight: number; tone?: Tone }> = {
  label: { size: 22, weight: 400 },
  value: { size: 22, weight: 700 },
  big: { size: 40, weight: 700 },
  small: { size: 17, weight: 400, tone: 'muted' },
};

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
      const style = TEXT[mark.size];
      // A label that wraps sets a little smaller, as on the slide, so two lines take a row's room.
      const size = mark.line2 && mark.size === 'label' ? 18 : style.size;
      const fill = TONES[mark.tone === 'ink' && style.tone ? style.tone : mark.tone];
      const rest = [mark.line2, mark.line3].filter((l): l is string => Boolean(l));
      const lines = rest.length
        ? `<tspan x="${r(mark.x)}" dy="${rest.length > 1 ? '-0.85em' : '-0.3em'}">${escape(mark.text)}</tspan>` +
          rest.map((line) => `<tspan x="${r(mark.x)}" dy="1.05em">${escape(line)}</tspan>`).join('')
        : `<tspan x="${r(mark.x)}" dy="0.35em">${escape(mark.text)}</tspan>`;
      return `<text x="${r(mark.x)}" y="${r(mark.y)}" text-anchor="${mark.anchor}" font-size="${size}" font-weight="${style.weight}" fill="${fill}">${lines}</text>`;
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
