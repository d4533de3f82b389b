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

/**
 * Drafted facts that are real figures of the report: those standing at a figure a
 * curated fact states, and those a person reviewed and judged real (by the
 * figure's place: its quote and value); the rest are listed to be judged.
 */
export function precision(
  curated: Record<string, Fact>,
  drafted: readonly DraftFact[],
  source: string,
  reviewed: readonly { quote: string; value: number }[] = [],
): { real: DraftFact[]; unjudged: DraftFact[] } {
  const places = Object.values(curated).flatMap((fact) =>
    spans(source, fact.quote).map(([from, to]) => ({ from, to, digits: String(Math.abs(fact.value)) })),
  );
  const matched = new Set(
    drafted.filter((d) =>
      places.some(
        (p) =>
          d.at >= p.from &&
          d.at < p.to &&
          source.startsWith(p.digits, d.at) &&
          !/[\d.]/u.test(source[d.at + p.digits.length] ?? ''),
      ),
    ),
  );
  const judged = (d: DraftFact) => reviewed.some((r) => r.quote === d.fact.quote && r.value === d.fact.value);
  return {
    real: drafted.filter((d) => matched.has(d) || judged(d)),
    unjudged: drafted.filter((d) => !matched.has(d) && !judged(d)),
  };
}
