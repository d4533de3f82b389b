/**
 * The figures a passage of the report states: Arabic numbers that measure
 * something. Years, dates, list enumerators and names that contain digits
 * (5G, PM2.5, "2+20+N", "593460") are not figures.
 */
export interface FigureAt {
  text: string;
  index: number;
}

const NUMBER = /\d+(?:\.\d+)?/g;

function isFigure(source: string, index: number, text: string): boolean {
  const before = source.slice(Math.max(0, index - 1), index);
  const after = source.slice(index + text.length, index + text.length + 2);
  if (/^\d{4}$/.test(text) && /^年/.test(after)) return false; // a year
  if (/^(?:年|月|日)/.test(after) && /^[01]?\d$/.test(text) && /[年月]$/.test(source.slice(index - 1, index)))
    return false; // a date
  if (/^[月日]/.test(after)) return false;
  if (/^\.(?!\d)/.test(after) && (index === 0 || /[\n。：；]/.test(before))) return false; // an enumerator "1."
  if (/[A-Za-z+]/.test(before) || /^[A-Za-z+]/.test(after)) return false; // part of a name: 5G, PM10, 2+20+N
  const quoteStart = source.lastIndexOf('“', index);
  const quoteEnd = source.indexOf('”', index);
  if (quoteStart >= 0 && quoteEnd >= 0 && source.lastIndexOf('”', index) < quoteStart) {
    const quoted = source.slice(quoteStart + 1, quoteEnd);
    if (/^[\d+]+$/.test(quoted)) return false; // a name made of digits: “593460”
  }
  return true;
}

export function figuresIn(source: string, from = 0, to = source.length): FigureAt[] {
  const out: FigureAt[] = [];
  for (const match of source.slice(0, to).matchAll(NUMBER)) {
    if (match.index < from) continue;
    if (isFigure(source, match.index, match[0])) out.push({ text: match[0], index: match.index });
  }
  return out;
}
