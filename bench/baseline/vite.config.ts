import { defineConfig, type Plugin } from 'vite';
import { deck } from '../../slides/index.ts';

/**
 * The benchmark's baseline deck: a plain reveal.js presentation with as many
 * text-only slides as the real deck (same horizontal/vertical shape), built by
 * the same Vite. Only the slide count is read from slides/; nothing of the
 * deck's engine (src/) is used.
 */
const shape = deck.entries.map((entry) => ('stack' in entry ? entry.stack.length : 1));

const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.';

function slide(n: number): string {
  return `<section id="s${n}"><h2>Slide ${n}</h2><p>${LOREM}</p><ul><li>First point of slide ${n}</li><li>Second point of slide ${n}</li><li>Third point of slide ${n}</li></ul></section>`;
}

function slidesHtml(): string {
  let n = 0;
  return shape
    .map((count) => {
      if (count === 1) return slide(++n);
      const inner = Array.from({ length: count }, () => slide(++n)).join('');
      return `<section>${inner}</section>`;
    })
    .join('\n');
}

function baselineSlides(): Plugin {
  return {
    name: 'baseline-slides',
    transformIndexHtml: (html) => html.replace('<!-- baseline-slides -->', slidesHtml()),
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  /** Nothing from the deck's public/ or env. */
  publicDir: false,
  logLevel: 'warn',
  plugins: [baselineSlides()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
