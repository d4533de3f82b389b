import type { Fact } from './schema.ts';
import type { Report } from './load.ts';

/** A fact as the browser receives it: with the whole sentence of the source that contains its quote. */
export interface SourcedFact extends Fact {
  sentence: string;
}

/** The sentence (up to 。！？ or ；) of the source that contains the quote, so a figure shows in context. */
export function sentenceAround(source: string, quote: string): string {
  const at = source.indexOf(quote);
  if (at < 0) return quote;
  const stops = /[。！？；\n]/u;
  let start = at;
  while (start > 0 && !stops.test(source[start - 1]!)) start -= 1;
  let end = at + quote.length;
  while (end < source.length && !stops.test(source[end]!)) end += 1;
  if (end < source.length && source[end] !== '\n') end += 1;
  return source.slice(start, end);
}

export function sourcedFacts(report: Report): Record<string, SourcedFact> {
  return Object.fromEntries(
    Object.entries(report.facts).map(([id, fact]) => [
      id,
      { ...fact, sentence: sentenceAround(report.source, fact.quote) },
    ]),
  );
}
