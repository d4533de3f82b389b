/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { reportPlugin, reportSource } from './src/build/report-plugin.ts';
import { loadComposition, REPORT_ENV, reportFolder } from './src/build/report-folder.ts';
import { fontPlugin } from './src/build/font-plugin.ts';
import { htmlPlugin } from './src/build/html-plugin.ts';
import { previewImagePlugin } from './src/build/preview-image-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { pageLoadPlugin } from './src/build/page-load-plugin.ts';
import { offlinePlugin } from './src/build/offline-plugin.ts';
import { deckGlyphs, firstScreenGlyphs } from './src/build/glyphs.ts';
import { reportText } from './src/deck/payload.ts';
import { conventionsOf, engineResources } from './src/i18n/engine.ts';
import { slidesOf } from './src/deck/spec.ts';
import { prerenderDeck, prerenderPlugin, type Prerendered } from './src/build/prerender-plugin.ts';
import { firstPaintOptions } from './src/deck/first-paint-options.ts';
import { tokensImporter } from './src/theme/sass-tokens.ts';

const root = import.meta.dirname;
const fonts = resolve(root, 'node_modules/@expo-google-fonts/noto-sans-sc');
const regularFont = resolve(fonts, '400Regular/NotoSansSC_400Regular.ttf');
const boldFont = resolve(fonts, '700Bold/NotoSansSC_700Bold.ttf');
/** Where the theme's `@deck-fonts/…` urls point: this report's font subsets, kept between its builds. */
const FONTS_ALIAS = '@deck-fonts';

/** The deck of the report that DECK_REPORT names (the commands set it from `--report`), or of `data/` and `slides/`. */
export default defineConfig(async () => {
  const folder = reportFolder(process.env[REPORT_ENV] || undefined, root);
  const deck = await loadComposition(folder);
  /** Loaded and validated once per build, whichever plugin asks first. */
  const report = reportSource({ folder, deck });
  const text = (key: string, language?: string) => reportText(report.payload(), key, language);
  const titleSlide = slidesOf(deck)[0];
  let prerender: Promise<Prerendered> | undefined;
  /** The deck rendered once per build, for the page and for the first paint's font. */
  const prerendered = () => (prerender ??= prerenderDeck(report.payload()));
  const fontDir = resolve(folder.cacheDir, 'fonts');

  return {
    root,
    /** Relative asset URLs: the built deck works from any static host, sub-path or file. */
    base: './',
    plugins: [
      reportPlugin(report),
      fontPlugin({
        outDir: fontDir,
        faces: () => {
          const glyphs = deckGlyphs(report.payload(), engineResources);
          let split: Promise<ReturnType<typeof firstScreenGlyphs>> | undefined;
          const faceText = (part: 'first' | 'rest', weight: 'regular' | 'bold') => async () =>
            (await (split ??= prerendered().then(({ firstSlideText }) => firstScreenGlyphs(glyphs, firstSlideText))))[
              part
            ][weight];
          return [
            { source: regularFont, output: 'deck-sans-400.woff2', text: faceText('rest', 'regular') },
            { source: boldFont, output: 'deck-sans-700.woff2', text: faceText('rest', 'bold') },
            // A first screen's characters alone: the only font the first paint waits for.
            { source: regularFont, output: 'deck-sans-400-first.woff2', text: faceText('first', 'regular') },
            { source: boldFont, output: 'deck-sans-700-first.woff2', text: faceText('first', 'bold') },
          ];
        },
      }),
      prerenderPlugin({ prerendered, firstPaint: firstPaintOptions(report.payload().meta.languages) }),
      htmlPlugin(() => ({
        DECK_LANG: conventionsOf(report.payload().meta.languages[0]!).tag,
        DECK_TITLE: text(deck.title),
        DECK_DESCRIPTION: text(deck.description),
      })),
      pageLoadPlugin(),
      offlinePlugin(),
      cspPlugin({ notesPluginFile: resolve(root, 'node_modules/reveal.js/dist/plugin/notes.mjs') }),
      previewImagePlugin({
        fontFiles: [regularFont, boldFont],
        fontFamily: 'Noto Sans SC',
        card: () => ({
          kicker: text(titleSlide?.kicker ?? ''),
          title: text(titleSlide?.title ?? deck.title),
          subtitle: text(titleSlide?.subtitle ?? ''),
          second: text(deck.title, report.payload().meta.languages[1]),
        }),
      }),
    ],
    resolve: { alias: [{ find: FONTS_ALIAS, replacement: fontDir }] },
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
      // A first build spends most of its time subsetting the fonts, by design: the bundler's warning about
      // slow plugins would only say so on every new report's build.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
    test: {
      include: ['src/**/*.test.ts', 'slides/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
    },
  };
});
