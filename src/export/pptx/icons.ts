import { Resvg } from '@resvg/resvg-js';
import { iconMarkup, type IconName } from '../../theme/icons.ts';

/** Icons drawn at this many px a side: sharp at four times the largest size a slide sets one. */
const SIZE = 256;

const drawn = new Map<string, string>();

/**
 * An icon as a PNG data URL in one colour. A picture rather than SVG: the file's SVG
 * pictures are the charts, each given its PNG fallback when the file is finished (deck.ts).
 */
export function iconPng(name: IconName, colour: string): string {
  const key = `${name} ${colour}`;
  let url = drawn.get(key);
  if (!url) {
    const png = new Resvg(iconMarkup(name, colour, SIZE), { fitTo: { mode: 'width', value: SIZE } }).render().asPng();
    drawn.set(key, (url = `data:image/png;base64,${Buffer.from(png).toString('base64')}`));
  }
  return url;
}
