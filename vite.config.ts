/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { deck } from './slides/index.ts';
import { loadChecked, reportPlugin } from './src/build/report-plugin.ts';
import { fontPlugin } from './src/build/font-plugin.ts';
import { htmlPlugin } from './src/build/html-plugin.ts';
import { deckGlyphs } from './src/build/glyphs.ts';
import { toPayload } from './src/report/payload.ts';
import { lookup } from './src/report/check.ts';
import { engineResources } from './src/i18n/engine.ts';

const root = import.meta.dirname;
const dataDir = 'data';
const fonts = resolve(root, 'node_modules/@expo-google-fonts/noto-sans-sc');
const payload = () => toPayload(loadChecked(resolve(root, dataDir), deck, root), deck);

export default defineConfig({
  root,
  /** Relative asset URLs: the built deck works from any static host, sub-path or file. */
  base: './',
  plugins: [
    reportPlugin({ dataDir, deck }),
    fontPlugin({
      outDir: resolve(root, 'src/theme/fonts/generated'),
      faces: () => {
        const glyphs = deckGlyphs(payload(), engineResources);
        return [
          { source: resolve(fonts, '400Regular/NotoSansSC_400Regular.ttf'), output: 'deck-sans-400.woff2', text: () => glyphs.regular },
          { source: resolve(fonts, '700Bold/NotoSansSC_700Bold.ttf'), output: 'deck-sans-700.woff2', text: () => glyphs.bold },
        ];
      },
    }),
    htmlPlugin(() => {
      const p = payload();
      const first = p.resources[p.meta.languages[0]!]!;
      return { DECK_TITLE: lookup(first, deck.title) ?? '', DECK_DESCRIPTION: lookup(first, deck.description) ?? '' };
    }),
  ],
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [resolve(root, 'node_modules/reveal.js/css/theme')] },
    },
  },
  build: {
    target: 'es2022',
    /** Fonts stay files of their own (cached, not base64 in the CSS). */
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'slides/**/*.test.ts', 'data/**/*.test.ts'],
  },
});
