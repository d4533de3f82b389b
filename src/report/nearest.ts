/** Where a quote that is not in the source comes closest to it, and the first character at which the two part. */
export interface NearMiss {
  /** The source's passage of the quote's length that lines up with it best. */
  passage: string;
  /** Index in the quote of the first character that differs. */
  at: number;
  /** That character in the quote, and the source's in its place (empty past the passage's end). */
  typed: string;
  found: string;
}

/** The longest prefix of `quote` that the source contains, and where. */
function longestPrefix(source: string, quote: string): { length: number; index: number } {
  let low = 0;
  let high = quote.length;
  // Containment is monotone in the prefix's length, so a binary search finds the longest.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (source.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return { length: low, index: low ? source.indexOf(quote.slice(0, low)) : -1 };
}

/**
 * The best alignment of a quote with the source, anchored at its longest
 * matching start or its longest matching end, whichever is longer: a quote
 * with one wrong character lines up on one side of it or the other.
 */
export function nearMiss(source: string, quote: string): NearMiss | undefined {
  const reversed = (text: string) => [...text].reverse().join('');
  const start = longestPrefix(source, quote);
  const end = longestPrefix(reversed(source), reversed(quote));
  if (Math.max(start.length, end.length) < 2) return undefined;
  let passageStart: number;
  if (start.length >= end.length) passageStart = start.index;
  else passageStart = source.length - end.index - end.length - (quote.length - end.length);
  passageStart = Math.max(0, passageStart);
  const passage = source.slice(passageStart, passageStart + quote.length);
  let at = 0;
  while (at < quote.length && quote[at] === passage[at]) at += 1;
  return { passage, at, typed: quote[at] ?? '', found: passage[at] ?? '' };
}

/** Characters a reader cannot tell apart on screen: width or compatibility forms of one another, or both punctuation. */
export function lookAlike(a: string, b: string): boolean {
  if (!a || !b) return false;
  const punctuation = /^[\p{P}\p{S}\s]$/u;
  return a.normalize('NFKC') === b.normalize('NFKC') || (punctuation.test(a) && punctuation.test(b));
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The near miss in words: the closest passage, and the first difference (with code points where the two look alike). */
export function describeNearMiss(miss: NearMiss | undefined): string {
  if (!miss) return 'no passage of the source shares more than a character with it';
  const show = (ch: string) => (lookAlike(miss.typed, miss.found) ? `"${ch}" (${codePoint(ch)})` : `"${ch}"`);
  const difference = miss.found
    ? `character ${miss.at + 1} is ${show(miss.typed)} where the source has ${show(miss.found)}`
    : `the source's passage ends before character ${miss.at + 1}`;
  return `closest passage "${miss.passage}"; ${difference}`;
}
