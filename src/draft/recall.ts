import type { Fact } from '../report/schema.ts';
import type { DraftFact } from './extract.ts';

/** A curated fact and the drafted fact that states the same figure of the text, if any. */
export interface Comparison {
  id: string;
  fact: Fact;
  /** The drafted fact at the figure's place in the text. */
  drafted?: DraftFact;
  /** Found: same value, unit and kind, and a quote stating the figure. */
  found: boolean;
  /** Why not, for a miss. */
  why?: string;
}

/** Where each occurrence of the quote spans in the source. */
function spans(source: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = source.indexOf(quote); at >= 0; at = source.indexOf(quote, at + 1)) out.push([at, at + quote.length]);
  return out;
}

function describe(fact: Fact): string {
  return `${fact.value} ${fact.unit}${fact.counter ? ` ${fact.counter}` : ''} ${fact.kind}`;
}

/**
 * Compares a report's curated facts with a draft of its text: a curated fact is
 * found when a drafted fact stands at the same figure of the text (inside the
 * curated quote) with the same value, unit and kind.
 */
export function compare(curated: Record<string, Fact>, drafted: readonly DraftFact[], source: string): Comparison[] {
  return Object.entries(curated).map(([id, fact]) => {
    const places = spans(source, fact.quote);
    const digits = String(Math.abs(fact.value));
    const candidates = drafted.filter(
      (d) =>
        places.some(([from, to]) => d.at >= from && d.at < to) &&
        source.startsWith(digits, d.at) &&
        !/[\d.]/u.test(source[d.at + digits.length] ?? '') &&
        d.fact.unit === fact.unit,
    );
    const exact = candidates.find((d) => d.fact.value === fact.value && d.fact.kind === fact.kind);
    if (exact) return { id, fact, drafted: exact, found: true };
    const nearest = candidates[0] ?? drafted.find((d) => places.some(([from, to]) => d.at >= from && d.at < to));
    const why = nearest
      ? `drafted as ${describe(nearest.fact)}, curated ${describe(fact)}`
      : `no drafted fact in "${fact.quote}"`;
    return { id, fact, ...(nearest ? { drafted: nearest } : {}), found: false, why };
  });
}
