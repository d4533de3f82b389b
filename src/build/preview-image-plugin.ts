import type { Plugin } from 'vite';
import { Resvg } from '@resvg/resvg-js';

export interface PreviewCard {
  kicker: string;
  title: string;
  subtitle: string;
  /** A line in the second language, so the preview speaks to both audiences. */
  second: string;
}

const WIDTH = 1200;
const HEIGHT = 630;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The title slide as a 1200×630 card: the size link previews expect. */
export function previewSvg(card: PreviewCard, fontFamily: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#fbfaf7"/>
  <rect width="18" height="${HEIGHT}" fill="#b4231f"/>
  <g font-family="${fontFamily}" fill="#1b2430">
    <text x="90" y="190" font-size="34" fill="#b4231f">${escape(card.kicker)}</text>
    <text x="90" y="310" font-size="104" font-weight="700">${escape(card.title)}</text>
    <text x="90" y="390" font-size="32" fill="#5b6472">${escape(card.subtitle)}</text>
    <text x="90" y="520" font-size="30" fill="#1f4e8c">${escape(card.second)}</text>
  </g>
</svg>`;
}

/** Emits `og-image.png`, rendered from the report's title text with the deck's own font. */
export function previewImagePlugin(options: {
  card: () => PreviewCard;
  fontFiles: string[];
  fontFamily: string;
}): Plugin {
  return {
    name: 'deck-preview-image',
    apply: 'build',
    generateBundle() {
      const svg = previewSvg(options.card(), options.fontFamily);
      const png = new Resvg(svg, {
        font: { fontFiles: options.fontFiles, loadSystemFonts: false, defaultFontFamily: options.fontFamily },
      })
        .render()
        .asPng();
      this.emitFile({ type: 'asset', fileName: 'og-image.png', source: png });
    },
  };
}
