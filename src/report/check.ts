import { DataError } from './errors.ts';
import type { Report } from './load.ts';
import type { Resource } from './schema.ts';
import { slidesOf, type Block, type DeckSpec } from '../deck/spec.ts';

/** `292.1` occurs in `…完成292.1亿元…` but `3` does not occur in `13`. */
export function quoteStatesValue(quote: string, value: number): boolean {
  const digits = String(value).replace(/^-/, '');
  return new RegExp(`(?<![\\d.])${digits.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(quote);
}

/** Every fact quotes the source verbatim, and its quote states its value. */
export function checkQuotes(report: Report): void {
  for (const [id, fact] of Object.entries(report.facts)) {
    const file = report.factFiles[id] ?? 'data/facts';
    if (!report.source.includes(fact.quote)) {
      throw new DataError(file, `facts.${id}.quote`, 'a verbatim passage of the normalised source text (this one is not in it)');
    }
    if (!quoteStatesValue(fact.quote, fact.value)) {
      throw new DataError(file, `facts.${id}.value`, `a figure the quote states (${fact.value} is not in "${fact.quote}")`);
    }
  }
}

export function flattenKeys(resource: Resource, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

export function lookup(resource: Resource, key: string): string | undefined {
  let node: string | Resource | undefined = resource;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Every language has exactly the keys of the first. */
export function checkKeyParity(report: Report): void {
  const [first, ...others] = report.meta.languages;
  const reference = new Set(flattenKeys(report.resources[first!]!));
  for (const language of others) {
    const keys = new Set(flattenKeys(report.resources[language]!));
    const missing = [...reference].find((k) => !keys.has(k));
    if (missing) throw new DataError(`data/locales/${language}`, missing, `a translation of the "${first}" key`);
    const extra = [...keys].find((k) => !reference.has(k));
    if (extra) throw new DataError(`data/locales/${first}`, extra, `a key for the "${language}" translation that exists`);
  }
}

function keysOfBlock(block: Block): string[] {
  switch (block.kind) {
    case 'text':
      return [block.key];
    case 'list':
    case 'grid':
      return block.items;
    case 'chart':
      return block.caption ? [block.caption] : [];
    default:
      return [];
  }
}

function factsOfBlock(block: Block): string[] {
  return block.kind === 'figures' || block.kind === 'chart' ? block.facts : [];
}

/** The composition refers only to facts, text and terms that exist, and slide ids are unique. */
export function checkDeck(deck: DeckSpec, report: Report, file = 'slides/index.ts'): void {
  const resource = report.resources[report.meta.languages[0]!]!;
  const requireKey = (key: string, path: string) => {
    if (lookup(resource, key) === undefined) throw new DataError(file, path, `a translation key that exists ("${key}" does not)`);
  };
  requireKey(deck.title, 'title');
  requireKey(deck.description, 'description');
  const seen = new Set<string>();
  slidesOf(deck).forEach((slide, s) => {
    const at = `slides[${s}]`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slide.id)) throw new DataError(file, `${at}.id`, `a lower-case id such as "indicators-2022" (got "${slide.id}")`);
    if (seen.has(slide.id)) throw new DataError(file, `${at}.id`, `a slide id used once ("${slide.id}" repeats)`);
    seen.add(slide.id);
    for (const field of ['title', 'subtitle', 'kicker', 'notes'] as const) {
      const key = slide[field];
      if (key !== undefined) requireKey(key, `${at}.${field}`);
    }
    slide.blocks?.forEach((block, b) => {
      keysOfBlock(block).forEach((key, k) => requireKey(key, `${at}.blocks[${b}].${k}`));
      factsOfBlock(block).forEach((id, f) => {
        if (!(id in report.facts)) throw new DataError(file, `${at}.blocks[${b}].facts[${f}]`, `a fact id in data/facts ("${id}" is not one)`);
        requireKey(`facts.${id}`, `${at}.blocks[${b}].facts[${f}] label`);
      });
      if (block.kind === 'glossary') {
        block.terms.forEach((term, g) => {
          if (!(term in report.glossary)) throw new DataError(file, `${at}.blocks[${b}].terms[${g}]`, `a term in data/glossary.json ("${term}" is not one)`);
        });
      }
    });
  });
}

export function checkAll(deck: DeckSpec, report: Report): void {
  checkQuotes(report);
  checkKeyParity(report);
  checkDeck(deck, report);
}
