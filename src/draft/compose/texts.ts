import type { Resource } from '../../report/schema.ts';

/** A text per language; a language the draft cannot say it in holds the source language's text. */
export type ByLanguage = Record<string, string>;

/** The draft's texts, gathered by dotted key and written out as one resource per language. */
export class TextTable {
  readonly #texts = new Map<string, ByLanguage>();

  constructor(readonly languages: readonly string[]) {}

  /** A text the source states, the same in every language until someone translates it. */
  source(key: string, text: string): string {
    return this.set(key, { [this.languages[0]!]: text });
  }

  /** A text in each language; a language left out gets the source language's text. */
  set(key: string, texts: ByLanguage): string {
    const first = texts[this.languages[0]!] ?? '';
    this.#texts.set(key, Object.fromEntries(this.languages.map((language) => [language, texts[language] ?? first])));
    return key;
  }

  has(key: string): boolean {
    return this.#texts.has(key);
  }

  keys(): string[] {
    return [...this.#texts.keys()];
  }

  /** Every text of one language as nested i18next resources, leaving out keys `skip` names. */
  resource(language: string, skip: (key: string) => boolean = () => false): Resource {
    const out: Resource = {};
    for (const [key, texts] of this.#texts) {
      if (skip(key)) continue;
      const parts = key.split('.');
      let node = out;
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Resource;
      node[parts.at(-1)!] = texts[language]!;
    }
    return out;
  }
}
