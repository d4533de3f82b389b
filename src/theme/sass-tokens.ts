import { colours, rules, slide, type } from './tokens.ts';

/** `tokens.ts` as Sass variables: `$primary`, `$slide-padding-top`, `$type-h2` … */
export function sassTokens(): string {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const lines = [
    ...Object.entries(colours).map(([name, value]) => `$${name}: ${value};`),
    ...Object.entries(slide).map(([name, value]) => `$slide-${kebab(name)}: ${value}px;`),
    ...Object.entries(type).map(
      ([name, value]) => `$type-${kebab(name)}: ${name === 'headingMargin' ? `${value}px` : value};`,
    ),
    ...Object.entries(rules).map(([name, value]) => `$rule-${kebab(name)}: ${value}px;`),
  ];
  return lines.join('\n');
}

const URL_NAME = 'deck:tokens';

/** A Sass importer serving `@use 'deck:tokens'` from `tokens.ts`, so the stylesheet and the exporters share one source. */
export const tokensImporter = {
  canonicalize(url: string): URL | null {
    return url === URL_NAME ? new URL(URL_NAME) : null;
  },
  load(): { contents: string; syntax: 'scss' } {
    return { contents: sassTokens(), syntax: 'scss' };
  },
};
