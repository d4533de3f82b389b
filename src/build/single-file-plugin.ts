import type { Plugin } from 'vite';

/**
 * Inline code must not close its own element early: `</script` or `</style`
 * inside a string would end the element, and `<!--` inside a script would put
 * the HTML parser in its escaped-script state. `\x3C` means `<` in every JS
 * string, template and regular expression; `\/` means `/` in a CSS string.
 */
export function inlineScript(code: string): string {
  return code.replace(/<(\/script|!--)/gi, (_, rest: string) => `\\x3C${rest}`);
}

export function inlineStyle(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * Folds the build into its HTML page: the script chunk into an inline
 * `<script type="module">`, the stylesheet into `<style>`. Module scripts from
 * files are blocked on file:// (each file is its own origin), inline ones are
 * not. Fonts must already be data: URLs in the CSS (a large `assetsInlineLimit`);
 * the build fails if any file would still have to be fetched, and leaves out
 * files that only a <meta> names, with their <meta>.
 */
export function singleFilePlugin(): Plugin {
  return {
    name: 'deck-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const pages = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.html'));
      if (pages.length !== 1) this.error(`a single-file build needs exactly one HTML page, found ${pages.length}`);
      const page = pages[0]!;
      if (page.type !== 'asset') return;
      const inlined = new Set<string>();
      const take = (tag: string, url: string | undefined) => {
        const fileName = url?.replace(/^\.?\//, '');
        const file = fileName ? bundle[fileName] : undefined;
        if (!fileName || !file) this.error(`${tag} names a file the build did not produce`);
        inlined.add(fileName);
        return file;
      };

      let html = String(page.source);
      html = html.replace(/<script\b[^>]*\ssrc="[^"]*"[^>]*><\/script>/g, (tag) => {
        const file = take(tag, attribute(tag, 'src'));
        if (file.type !== 'chunk') this.error(`${file.fileName} is not a script chunk`);
        // An inline module has no URL of its own to resolve another chunk from.
        // (With code splitting off, a dynamic import inlined into the one chunk is still listed, naming that chunk itself.)
        const others = [...file.imports, ...file.dynamicImports].filter((name) => name !== file.fileName);
        if (others.length)
          this.error(`${file.fileName} imports other chunks (${others.join(', ')}): the build must make one`);
        // The inlined chart runtime's preload list: there is nothing to preload in one file.
        return `<script type="module">${inlineScript(file.code.replaceAll('__VITE_PRELOAD__', 'void 0'))}</script>`;
      });
      html = html.replace(/<link\b[^>]*\srel="stylesheet"[^>]*>/g, (tag) => {
        const file = take(tag, attribute(tag, 'href'));
        if (file.type !== 'asset') this.error(`${file.fileName} is not a stylesheet`);
        return `<style>${inlineStyle(String(file.source))}</style>`;
      });

      for (const fileName of inlined) delete bundle[fileName];
      // A file named only in a <meta> (a link preview image) is for crawlers of a hosted copy, never fetched by the page itself.
      const fetched = html.replace(/<meta\b[^>]*>/g, '');
      const left = Object.keys(bundle).filter((fileName) => fileName !== page.fileName);
      const needed = left.filter((fileName) => fetched.includes(fileName.split('/').pop()!));
      if (needed.length) this.error(`not inlined, the page would fetch them: ${needed.join(', ')}`);
      for (const fileName of left) {
        this.warn(`${fileName} left out, with the <meta> that names it`);
        const name = fileName.split('/').pop()!;
        html = html.replace(/\s*<meta\b[^>]*>/g, (tag) => (tag.includes(name) ? '' : tag));
        delete bundle[fileName];
      }
      page.source = html;
    },
  };
}
