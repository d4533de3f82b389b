import type { Plugin } from 'vite';

/** Fills `%NAME%` placeholders in index.html with text from the report, so even the page title is data. */
export function htmlPlugin(values: () => Record<string, string>): Plugin {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return {
    name: 'deck-html',
    transformIndexHtml(html) {
      const map = values();
      return html.replace(/%([A-Z_]+)%/g, (whole, name: string) => (name in map ? escape(map[name]!) : whole));
    },
  };
}
