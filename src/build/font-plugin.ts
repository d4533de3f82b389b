import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import subsetFont from 'subset-font';

export interface FontFace {
  /** The TrueType/OpenType file to subset. */
  source: string;
  /** The woff2 file written, named in the theme's @font-face. */
  output: string;
  /** The characters to keep, computed when the build starts. */
  text: () => string | Promise<string>;
  /** Preloaded with the page: only the faces the first paint needs. */
  preload?: boolean;
}

/**
 * Subsets each face to the characters the deck uses and writes woff2 before
 * the theme compiles. A face is only rebuilt when its characters change.
 */
export function fontPlugin(options: { outDir: string; faces: () => FontFace[] }): Plugin {
  const build = async () => {
    mkdirSync(options.outDir, { recursive: true });
    for (const face of options.faces()) {
      const text = await face.text();
      const stamp = createHash('sha256').update(face.source).update(text).digest('hex').slice(0, 16);
      const out = join(options.outDir, face.output);
      const stampFile = `${out}.stamp`;
      if (existsSync(out) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) continue;
      // No layout closure: the deck sets text horizontally, so the vertical and alternate forms
      // that closure would pull in (about an eighth of the file) are never drawn.
      const woff2 = await subsetFont(readFileSync(face.source), text, { targetFormat: 'woff2', noLayoutClosure: true });
      writeFileSync(out, woff2);
      writeFileSync(stampFile, stamp);
    }
  };
  return {
    name: 'deck-font',
    buildStart: build,
    // The theme's fonts are found only once its CSS is parsed; preloading starts the first paint's with the page.
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const preloaded = options
          .faces()
          .filter((face) => face.preload)
          .map((face) => face.output.replace(/\.woff2$/, ''));
        // Vite names an asset `<name>-<8-character hash>.woff2`.
        const isPreloaded = (file: string) =>
          preloaded.some((name) => new RegExp(`(^|/)${name}-[\\w-]{8}\\.woff2$`).test(file));
        const fonts = Object.keys(context.bundle ?? {}).filter(isPreloaded);
        return fonts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
