import {
  ACTION_VERBS,
  CHANGE_VERBS,
  FILLERS,
  GENERIC_VERBS,
  GROWTH_NOUNS,
  LEVEL_VERBS,
  LINKS,
  stripLeading,
} from './grammar.ts';

/** What the words before a figure say: the measure's phrase, and how the figure relates to it. */
export interface Lead {
  /** The measure as a label says it: scope, manner and generic verbs dropped (新增上云企业). */
  phrase: string;
  /** The measure without its verbs, to look up in the term base (上云企业). */
  core: string;
  /** A change verb (增长, 下降 …) and its sign, when the figure is a change rather than a level. */
  change?: { verb: string; sign: 1 | -1 };
  /** The phrase named the growth rate as a noun (研发投入增速): the figure is a growth rate. */
  growthNoun: boolean;
  /** 突破 / 超 / 约 before the figure. */
  bound?: 'over' | 'around';
  /** The phrase ends with 等 (examples before the things counted) or 的 (it describes what follows). */
  opens?: '等' | '的';
}

function stripTrailing<T>(text: string, words: readonly (readonly [string, T])[]): readonly [string, T] | undefined {
  for (const entry of words) if (text.endsWith(entry[0])) return entry;
  return undefined;
}

/** Drops fillers and generic verbs from the start and links from the end, again and again. */
function trim(text: string): string {
  let out = text;
  for (let before = ''; before !== out;) {
    before = out;
    out = stripLeading(out, [...FILLERS, ...GENERIC_VERBS]);
    for (const link of [...LINKS, ...FILLERS]) if (out.endsWith(link)) out = out.slice(0, -link.length);
  }
  return out;
}

/** Reads the words between the start of a figure's clause (or list item) and the figure. */
export function parseLead(raw: string): Lead {
  // A page number a page break left in the sentence, a list number before the item, or a conjunction alone (…卫生院和3个…).
  let text = raw
    .replace(/\s*[-—–]\s*\d+\s*[-—–]\s*/gu, '')
    .replace(/^(?:\d+[.．、]|[（(]\d+[）)])/u, '')
    // A year before the measure (2022年完成…) or the year compared with (较2017年增加…) is not the measure.
    .replace(/^[较比]?(?:19|20)\d\d年(?:底|末)?/u, '')
    .replace(/^(?:和|及|与|以及|或)$/u, '');
  let bound: Lead['bound'];
  let change: Lead['change'];
  for (let found = true; found;) {
    found = false;
    text = trim(text);
    const level = stripTrailing(text, LEVEL_VERBS);
    if (level && !change) {
      text = text.slice(0, -level[0].length);
      bound ??= level[1];
      found = true;
      continue;
    }
    const verb = stripTrailing(text, CHANGE_VERBS);
    if (verb && !change && !bound) {
      text = text.slice(0, -verb[0].length);
      change = { verb: verb[0], sign: verb[1] };
      found = true;
    }
  }
  const opens = text.endsWith('等') ? '等' : text.endsWith('的') ? '的' : undefined;
  const growth = GROWTH_NOUNS.find((noun) => text.endsWith(noun));
  const phrase = growth ? trim(text.slice(0, -growth.length)) : text;
  return {
    phrase,
    core: stripLeading(phrase, ACTION_VERBS),
    growthNoun: growth !== undefined,
    ...(change ? { change } : {}),
    ...(bound ? { bound } : {}),
    ...(opens ? { opens } : {}),
  };
}
