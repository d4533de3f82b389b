/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { deck } from './slides/index.ts';
import { loadChecked, reportPlugin } from './src/build/report-plugin.ts';
import { fontPlugin } from './src/build/font-plugin.ts';
import { htmlPlugin } from './src/build/html-plugin.ts';
import { previewImagePlugin } from './src/build/preview-image-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { deckGlyphs } from './src/build/glyphs.ts';
import { toPayload } from './src/report/payload.ts';
import { lookup } from './src/report/check.ts';
import { engineResources } from './src/i18n/engine.ts';
import { slidesOf } from './src/deck/spec.ts';
import { tokensImporter } from './src/theme/sass-tokens.ts';

const root = import.meta.dirname;
const dataDir = 'data';
const fonts = resolve(root, 'node_modules/@expo-google-fonts/noto-sans-sc');
const payload = () => toPayload(loadChecked(resolve(root, dataDir), deck, root), deck);
const regularFont = resolve(fonts, '400Regular/NotoSansSC_400Regular.ttf');
const boldFont = resolve(fonts, '700Bold/NotoSansSC_700Bold.ttf');
/** A text of the report in one of its languages. */
const text = (key: string, language?: string) => {
  const p = payload();
  return lookup(p.resources[language ?? p.meta.languages[0]!]!, key) ?? '';
};
const titleSlide = slidesOf(deck)[0]!;

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
          { source: regularFont, output: 'deck-sans-400.woff2', text: () => glyphs.regular },
          { source: boldFont, output: 'deck-sans-700.woff2', text: () => glyphs.bold },
        ];
      },
    }),
    htmlPlugin(() => ({ DECK_TITLE: text(deck.title), DECK_DESCRIPTION: text(deck.description) })),
    cspPlugin({ notesPluginFile: resolve(root, 'node_modules/reveal.js/dist/plugin/notes.mjs') }),
    previewImagePlugin({
      fontFiles: [regularFont, boldFont],
      fontFamily: 'Noto Sans SC',
      card: () => ({
        kicker: text(titleSlide.kicker ?? ''),
        title: text(titleSlide.title ?? ''),
        subtitle: text(titleSlide.subtitle ?? ''),
        second: text(deck.title, payload().meta.languages[1]),
      }),
    }),
  ],
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [resolve(root, 'node_modules/reveal.js/css/theme')], importers: [tokensImporter] },
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
