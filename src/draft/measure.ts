import { ATTRIBUTES, CLAUSE_END, ITEM_START, lastBoundary } from './grammar.ts';
import { parseLead, type Lead } from './lead.ts';
import type { FigureToken, RankToken, RatioToken, Token } from './scan.ts';

/**
 * What each figure of a paragraph measures: its own phrase before it, the noun
 * after it (17个乡镇卫生院), the measure of the figure before it in the same
 * clause group (…完成292.1亿元，同比增长5.4%，增速全市第3), or its subject in a
 * 分别 list. Offsets are the paragraph's.
 */

export type BaseKind = 'result' | 'growth' | 'change' | 'share' | 'rank' | 'part';

export interface Reading {
  token: Token;
  /** The number as written and its value (signed for a fall). */
  text: string;
  value: number;
  /** Offset of the number. */
  start: number;
  phrase: string;
  core: string;
  base: BaseKind;
  verb?: string;
  bound?: 'over' | 'around' | 'within';
  /** The reading whose measure this one states something about (a growth of a level, a rank of a growth). */
  of?: Reading;
  /** One part of a ratio. */
  part?: { index: number; count: number };
  /** A second unit of one measure (49条42公里): told apart by its unit. */
  byUnit?: boolean;
  quoteStart: number;
  quoteEnd: number;
  /** The raw words before it, for 首次 and the like. */
  raw: string;
}

const HAN_NOUN = /^[\p{Script=Han}“”《》]/u;

/** The noun a count names after its measure word (13个项目建成投产), up to the clause's end or the next figure. */
function trailingNoun(p: string, from: number): string {
  if (!HAN_NOUN.test(p.slice(from))) return '';
  const rest = p.slice(from);
  const stop = rest.search(/[，；。！？：、\n（(]|\d|[和及与](?=\d)/u);
  return (stop < 0 ? rest : rest.slice(0, stop)).replace(/[和及与等]$/u, '').slice(0, 24);
}

function baseOf(token: FigureToken, lead: Lead): { base: BaseKind; sign: 1 | -1 } {
  const sign = lead.change?.sign ?? 1;
  if (lead.growthNoun) return { base: 'growth', sign };
  if (lead.change) return { base: token.unit === 'percent' ? 'growth' : 'change', sign };
  if (token.unit === 'percentage-point') return { base: 'change', sign };
  if (token.unit === 'percent' || token.unit === 'permille') return { base: 'share', sign };
  return { base: 'result', sign };
}

/** What may stand between the figures of a 分别 list, and between its subjects. */
const AND = /^(?:、|和|及|与|以及)$/u;

/** What a figure of a 分别 list is about: its subject's words, or the level it follows up. */
interface Distributed {
  lead: string;
  owner?: Reading;
  bound?: FigureToken['bound'];
}

/**
 * 分别: one figure of the list that follows for each subject before it
 * (城镇和农村居民人均可支配收入分别达到41200元和19870元), or, with no subject, for each
 * of the levels just stated (…520万人次，…42.3亿元，分别增长35.6%和41.2%).
 */
function distribute(
  p: string,
  tokens: Token[],
  i: number,
  clauseStart: number,
  group: readonly Reading[],
): Distributed[] {
  const before = p.slice(clauseStart, tokens[i]!.start);
  const at = before.indexOf('分别');
  if (at < 0) return [];
  const verb = before.slice(at + 2);
  let run = 1;
  while (tokens[i + run] && AND.test(p.slice(tokens[i + run - 1]!.end, tokens[i + run]!.start))) run += 1;
  if (!before.slice(0, at).trim()) {
    const levels = group.filter((r) => r.base === 'result').slice(-run);
    return levels.length === run && run > 1 ? levels.map((owner) => ({ lead: verb, owner })) : [];
  }
  const subjects = before.slice(0, at).split(/、|和|及|与/u);
  return subjects.length === run ? shareTail(subjects).map((subject) => ({ lead: subject + verb })) : [];
}

/**
 * The last subject's noun belongs to the short ones before it: PM10、PM2.5平均浓度 →
 * PM10平均浓度; 城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入.
 */
function shareTail(subjects: string[]): string[] {
  const last = subjects.at(-1)!;
  const others = subjects.slice(0, -1);
  const latin = /^[A-Za-z][A-Za-z0-9.]*/u;
  if (others.every((s) => new RegExp(`${latin.source}$`, 'u').test(s))) {
    const tail = last.slice(latin.exec(last)?.[0].length ?? 0);
    return tail && tail !== last ? [...others.map((s) => s + tail), last] : subjects;
  }
  const head = others[0]?.length ?? 0;
  if (head > 0 && head <= 3 && others.every((s) => s.length === head) && last.length > head + 1)
    return [...others.map((s) => s + last.slice(head)), last];
  return subjects;
}

/** 全省…、全市…先进县等市级以上荣誉112项: after a list of examples, the measure is what follows 等. */
function afterExamples(p: string, clauseStart: number, itemStart: number, leadEnd: number): number {
  const lead = p.slice(itemStart, leadEnd);
  const at = lead.lastIndexOf('等');
  if (at < 0 || at === lead.length - 1) return itemStart;
  const listed = lastBoundary(p, /、/u, itemStart + 1, clauseStart) >= clauseStart;
  return listed ? itemStart + at + 1 : itemStart;
}

export function readParagraph(p: string, tokens: Token[]): Reading[] {
  const readings: Reading[] = [];
  /** The readings of the current clause group (up to ；。！？), newest last. */
  let group: Reading[] = [];
  const distributed = new Map<Token, Distributed>();
  /** Where the last reading's words end: a count's noun after its figure is not the next figure's lead. */
  let previousEnd = 0;
  tokens.forEach((token, i) => {
    if (lastBoundary(p, /[；。！？\n]/u, token.start, previousEnd) >= previousEnd) group = [];
    const clauseStart = lastBoundary(p, CLAUSE_END, token.start) + 1;
    const leadEnd = token.type === 'rank' ? token.leadEnd : token.start;
    const itemStart = afterExamples(
      p,
      clauseStart,
      Math.max(lastBoundary(p, ITEM_START, token.start) + 1, previousEnd),
      leadEnd,
    );
    if (!distributed.has(token) && token.type === 'figure') {
      const shares = distribute(p, tokens, i, clauseStart, group);
      const run = tokens.slice(i, i + shares.length) as FigureToken[];
      const shared = run.at(-1)?.bound;
      run.forEach((t, k) => distributed.set(t, { ...shares[k]!, ...(shared ? { bound: t.bound ?? shared } : {}) }));
    }
    const own = distributed.get(token);
    const raw = own?.lead ?? p.slice(itemStart, Math.max(itemStart, leadEnd));
    const lead = parseLead(raw);
    const quoteStart = own ? clauseStart : itemStart + (/^(?:\d+[.．、]|[（(]\d+[）)])/u.exec(raw)?.[0].length ?? 0);
    const before = own?.owner ?? group.at(-1);
    const add = (reading: Reading) => {
      readings.push(reading);
      group.push(reading);
      previousEnd = Math.max(previousEnd, reading.quoteEnd, token.end);
    };

    if (token.type === 'rank') {
      const of = lead.core ? undefined : (group.findLast((r) => r.base === 'growth') ?? before);
      add(rankReading(token, lead, raw, of, quoteStart));
      return;
    }
    if (token.type === 'ratio') {
      token.parts.forEach((part, index) => add(ratioReading(token, part, index, lead, raw, quoteStart)));
      return;
    }
    const trailing = trailingNoun(p, token.end);
    const { base, sign } = baseOf(token, lead);
    const common = {
      token,
      text: token.text,
      value: sign * token.value,
      start: token.start,
      base,
      raw,
      ...(lead.change && base !== 'result' ? { verb: lead.change.verb } : {}),
      ...((own?.bound ?? token.bound ?? lead.bound) ? { bound: own?.bound ?? token.bound ?? lead.bound } : {}),
    };
    if (trailing && (lead.opens || !lead.core)) {
      const label = lead.opens === '等' ? trailing : lead.phrase + trailing;
      add({ ...common, phrase: label, core: trailing, quoteStart, quoteEnd: token.end + trailing.length });
      return;
    }
    if (lead.core) {
      const attribute = ATTRIBUTES.includes(lead.core) && before && /count$/u.test(unitOf(before));
      const phrase = attribute ? before.core + lead.core : lead.phrase;
      const core = attribute ? before.core + lead.core : lead.core;
      const start = attribute ? before.quoteStart : quoteStart;
      add({ ...common, phrase, core, quoteStart: start, quoteEnd: token.end });
      return;
    }
    if (before) {
      const owner = before.of && before.base !== 'result' && before.base !== 'share' ? before.of : before;
      const byUnit = common.base === owner.base && unitOf(owner) !== token.unit;
      add({
        ...common,
        phrase: owner.phrase,
        core: owner.core,
        of: owner,
        ...(byUnit ? { byUnit } : {}),
        quoteStart: Math.min(owner.quoteStart, quoteStart),
        quoteEnd: token.end,
      });
      return;
    }
    add({ ...common, phrase: '', core: '', quoteStart: clauseStart, quoteEnd: token.end });
  });
  return readings;
}

function unitOf(reading: Reading): string {
  return reading.token.type === 'figure' ? reading.token.unit : reading.token.type;
}

function rankReading(token: RankToken, lead: Lead, raw: string, of: Reading | undefined, quoteStart: number): Reading {
  return {
    token,
    text: token.text,
    value: token.value,
    start: token.start,
    phrase: of?.phrase ?? lead.phrase,
    core: of?.core ?? lead.core,
    base: 'rank',
    raw,
    ...(of ? { of } : {}),
    quoteStart: of ? Math.min(of.quoteStart, quoteStart) : quoteStart,
    quoteEnd: token.end,
  };
}

function ratioReading(
  token: RatioToken,
  part: RatioToken['parts'][number],
  index: number,
  lead: Lead,
  raw: string,
  quoteStart: number,
): Reading {
  return {
    token,
    text: part.text,
    value: part.value,
    start: part.start,
    phrase: lead.phrase,
    core: lead.core,
    base: 'part',
    raw,
    part: { index, count: token.parts.length },
    quoteStart,
    quoteEnd: token.end,
  };
}

/** The clause after a reading, when it has no figure of its own (…113.5万吨，首次突破百万吨). */
export function clauseAfter(p: string, reading: Reading): string {
  const from = reading.token.end;
  if (!/^[，；]/u.test(p.slice(from))) return '';
  const rest = p.slice(from + 1);
  const stop = rest.search(CLAUSE_END);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  return /\d/u.test(clause) ? '' : clause;
}
