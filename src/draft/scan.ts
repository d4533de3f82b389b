import type { Unit } from '../report/schema.ts';
import { BOUNDS, CLAUSE_END, RANK_AREA, RANK_VERB } from './grammar.ts';
import { unitAt } from './units.ts';

/**
 * The figures of one paragraph of the normalised source, and the numbers that
 * are not figures (years, dates, list numbers, names with digits, page numbers),
 * each with the reason it was left out.
 */

interface At {
  /** Offsets in the paragraph: the number's first character, and the end of all the token takes. */
  start: number;
  end: number;
}

export interface FigureToken extends At {
  type: 'figure';
  /** The number as written. */
  text: string;
  value: number;
  unit: Unit;
  counter?: string;
  /** Where the unit ends: a bound (以上 …) may follow it. */
  unitEnd: number;
  bound?: 'over' | 'around' | 'within';
}

export interface RatioToken extends At {
  type: 'ratio';
  parts: { text: string; value: number; start: number }[];
}

export interface RankToken extends At {
  type: 'rank';
  text: string;
  value: number;
  /** Where 全市 / 位居 … begin: the text before is the rank's own lead. */
  leadEnd: number;
  /** The area as written (全市), when the text names one. */
  area?: string;
}

export type Token = FigureToken | RatioToken | RankToken;

export type SkipReason =
  'year' | 'date' | 'list number' | 'name' | 'ordinal' | 'page number' | 'threshold' | 'no unit' | 'not exact';

export interface Skipped {
  start: number;
  text: string;
  reason: SkipReason;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/gu;
const RATIO_SEPARATOR = /^[:：︰∶]/u;
const HAN = /^\p{Script=Han}/u;

/** A number the build's quote check can find in its quote: no grouping commas, no trailing zero decimals. */
function isExact(text: string): boolean {
  return !text.includes(',') && !/\.\d*0$/.test(text);
}

function inDigitsOnlyQuote(p: string, start: number): boolean {
  const open = p.lastIndexOf('“', start);
  if (open < 0 || p.lastIndexOf('”', start) > open) return false;
  const close = p.indexOf('”', start);
  return close >= 0 && /^[\d+＋]+$/u.test(p.slice(open + 1, close));
}

/** Why the number at `start` is not a figure, or undefined if it may be one. */
function notAFigure(p: string, start: number, text: string): SkipReason | undefined {
  const end = start + text.length;
  const before = p.slice(Math.max(0, start - 2), start);
  const after = p.slice(end, end + 2);
  if (/^[-—–\s]*$/u.test(p.slice(0, start)) && /^[-—–\s]*$/u.test(p.slice(end))) return 'page number';
  if (/[-—–]\s*$/u.test(before) && /^\s*[-—–]/u.test(after)) return 'page number';
  if (before.endsWith('第') && after.startsWith('页')) return 'page number';
  if (/[A-Za-z+＋#_]$/u.test(before) || /^[A-Za-z+＋#_]/u.test(after)) return 'name';
  if (inDigitsOnlyQuote(p, start)) return 'name';
  if (/^(?:19|20)\d\d$/u.test(text) && /^[年—\-~至到－]/u.test(after)) return 'year';
  if (/^[月日号时]/u.test(after)) return 'date';
  const clauseStart = start === 0 || /[。；：！？\n]$/u.test(before);
  if (clauseStart && /^[.．、](?!\d)/u.test(after)) return 'list number';
  if (/[（(]$/u.test(before) && /^[）)]/u.test(after)) return 'list number';
  return undefined;
}

/** 第N: a rank when an area or a ranking verb stands before it, or 位/名 after; an ordinal otherwise. */
function rankAt(p: string, start: number, text: string): RankToken | 'ordinal' | undefined {
  if (p[start - 1] !== '第') return undefined;
  const before = p.slice(Math.max(0, start - 12), start - 1);
  const area = RANK_AREA.exec(before)?.[1];
  const verb = RANK_VERB.exec(area ? before.slice(0, before.length - area.length) : before)?.[1];
  const tail = /^[位名]/u.test(p.slice(start + text.length)) ? 1 : 0;
  if (!area && !verb && !tail) return 'ordinal';
  const leadEnd = start - 1 - (area?.length ?? 0) - (verb?.length ?? 0);
  return {
    type: 'rank',
    start,
    end: start + text.length + tail,
    text,
    value: Number(text),
    leadEnd,
    ...(area ? { area } : {}),
  };
}

function ratioAt(p: string, start: number): RatioToken | undefined {
  const match = /^\d+(?:\.\d+)?(?:[:：︰∶]\d+(?:\.\d+)?)+/u.exec(p.slice(start));
  if (!match) return undefined;
  const parts: RatioToken['parts'] = [];
  for (const part of match[0].matchAll(/\d+(?:\.\d+)?/gu))
    parts.push({ text: part[0], value: Number(part[0]), start: start + part.index });
  return { type: 'ratio', start, end: start + match[0].length, parts };
}

function boundAt(p: string, at: number): { bound: FigureToken['bound']; end: number } {
  const found = BOUNDS.find(([word]) => p.startsWith(word, at));
  return found ? { bound: found[1], end: at + found[0].length } : { bound: undefined, end: at };
}

/** A figure with a bound and then a noun, with another figure later in the clause: 10亿元以上项目6个. */
function isThreshold(p: string, token: FigureToken): boolean {
  if (!token.bound || !HAN.test(p.slice(token.end))) return false;
  const clause = p.slice(token.end).split(CLAUSE_END)[0] ?? '';
  return /\d/u.test(clause);
}

export function scanParagraph(p: string): { tokens: Token[]; skipped: Skipped[] } {
  const tokens: Token[] = [];
  const skipped: Skipped[] = [];
  let consumed = 0;
  for (const match of p.matchAll(NUMBER)) {
    const start = match.index;
    const text = match[0];
    if (start < consumed) continue;
    const skip = (reason: SkipReason) => void skipped.push({ start, text, reason });
    const reason = notAFigure(p, start, text);
    if (reason) {
      skip(reason);
      continue;
    }
    if (RATIO_SEPARATOR.test(p.slice(start + text.length)) && /^\d/u.test(p.slice(start + text.length + 1))) {
      const ratio = ratioAt(p, start);
      if (ratio) {
        tokens.push(ratio);
        consumed = ratio.end;
        continue;
      }
    }
    const rank = rankAt(p, start, text);
    if (rank === 'ordinal') {
      skip('ordinal');
      continue;
    }
    if (rank) {
      tokens.push(rank);
      consumed = rank.end;
      continue;
    }
    // 3000多人, 200余家: more than the figure.
    const more = /^[多余]/u.test(p.slice(start + text.length)) ? 1 : 0;
    const unit = unitAt(p, start + text.length + more);
    if (!unit) {
      skip(HAN.test(p.slice(start + text.length)) ? 'name' : 'no unit');
      continue;
    }
    if (!isExact(text)) {
      skip('not exact');
      continue;
    }
    const unitEnd = start + text.length + more + unit.text.length;
    const { bound, end } = boundAt(p, unitEnd);
    const token: FigureToken = {
      type: 'figure',
      start,
      end,
      text,
      value: Number(text),
      unit: unit.unit,
      unitEnd,
      ...(unit.counter ? { counter: unit.counter } : {}),
      ...(bound ? { bound } : more ? { bound: 'over' as const } : {}),
    };
    if (isThreshold(p, token)) {
      skip('threshold');
      continue;
    }
    tokens.push(token);
    consumed = end;
  }
  return { tokens, skipped };
}
