import type { Plugin } from 'vite';
import { inlineStyle } from './single-file-plugin.ts';

/**
 * The start-up script written into the page in place of the entry module's
 * tag: it adds the module once the first paint is on screen (the next frame),
 * or after `fallbackMs` where no frame comes (a tab opened in the background).
 */
export function entryLoader(src: string, fallbackMs = 1000): string {
  const url = JSON.stringify(src);
  return `(() => { let started = false; const start = () => { if (started) return; started = true; const s = document.createElement('script'); s.type = 'module'; s.src = ${url}; document.head.append(s); }; requestAnimationFrame(() => setTimeout(start, 0)); setTimeout(start, ${fallbackMs}); })();`;
}

/**
 * How the built page loads, for a phone on a slow network: the first paint
 * needs the page alone. The stylesheet is inlined into it (one round trip
 * fewer before anything shows; its font URLs made relative to the page), and
 * the entry module and its preloads leave the markup: the loader above,
 * last in the body, fetches them once the prerendered page is painted.
 * The single-file build inlines everything itself and does not use this plugin.
 */
export function pageLoadPlugin(): Plugin {
  return {
    name: 'deck-page-load',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const page of Object.values(bundle)) {
        // Pages only: the rest of the prerendered slides (src/build/prerender-plugin.ts) is markup with no document around it.
        if (
          page.type !== 'asset' ||
          !page.fileName.endsWith('.html') ||
          !/^\s*<!doctype html/i.test(String(page.source))
        )
          continue;
        let html = String(page.source);
        const inlined = new Set<string>();

        html = html.replace(
          /<link\b[^>]*\srel="stylesheet"[^>]*\shref="\.\/([^"]+)"[^>]*>/g,
          (tag, fileName: string) => {
            const css = bundle[fileName];
            if (!css || css.type !== 'asset') this.error(`${tag} names no stylesheet of the build`);
            const dir = fileName.slice(0, fileName.lastIndexOf('/') + 1);
            // url(./x.woff2) in assets/index.css is ./assets/x.woff2 from the page.
            const source = String(css.source).replace(
              /url\(\.\/([^)]+)\)/g,
              (_, file: string) => `url(./${dir}${file})`,
            );
            inlined.add(fileName);
            return `<style>${inlineStyle(source)}</style>`;
          },
        );

        let entry: string | undefined;
        html = html.replace(
          /\s*<script\b[^>]*\stype="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g,
          (_, src: string) => {
            if (entry) this.error(`${page.fileName} has more than one entry module`);
            entry = src;
            return '';
          },
        );
        if (!entry) this.error(`${page.fileName} has no entry module to load after the first paint`);
        html = html.replace(/\s*<link\b[^>]*\srel="modulepreload"[^>]*>/g, '');
        html = html.replace(/<\/body>/i, () => `  <script>${entryLoader(entry!)}</script>\n  </body>`);

        page.source = html;
        for (const fileName of inlined) delete bundle[fileName];
      }
    },
  };
}
