import type { DeckContext } from '../deck/context.ts';
import { formatFigure } from '../format/units.ts';
import { markTerms } from './terms.ts';

const FACT_TOKEN = /\[\[([a-z0-9-]+)\]\]/g;

export type Segment = { text: string } | { fact: string };

/** Splits "粮食总产达[[grain-output-2022]]。" into text and fact segments. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(FACT_TOKEN)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({ fact: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

export function factText(id: string, ctx: DeckContext, language = ctx.i18n.language): string {
  const fact = ctx.payload.facts[id];
  if (!fact) throw new Error(`unknown fact "${id}"`);
  return formatFigure(fact, language, ctx.i18n.getFixedT(language));
}

/** A figure inside running text: focusable, so its source can be asked for. */
export function factSpan(id: string, ctx: DeckContext): HTMLElement {
  const span = document.createElement('span');
  span.className = 'fact';
  span.dataset.fact = id;
  span.tabIndex = 0;
  span.textContent = factText(id, ctx);
  return span;
}

/** A glossary term in running text: focusable, described by the shared glossary tooltip. */
function termSpan(text: string, term: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'term';
  span.dataset.term = term;
  span.tabIndex = 0;
  span.textContent = text;
  return span;
}

function textNodes(text: string, ctx: DeckContext, withTerms: boolean): Node[] {
  if (!withTerms) return [document.createTextNode(text)];
  return markTerms(text, ctx.payload.glossary, ctx.i18n.language).map((seg) =>
    'term' in seg ? termSpan(seg.text, seg.term) : document.createTextNode(seg.text),
  );
}

/**
 * Fills an element with the translation of its `data-i18n` key, in the
 * current language: figures as fact spans, glossary terms marked (unless the
 * element is `data-plain`), text always as text nodes, never as markup.
 */
export function paintText(el: HTMLElement, ctx: DeckContext): void {
  const key = el.dataset.i18n!;
  const text = ctx.i18n.t(key);
  const withTerms = el.dataset.plain === undefined;
  const lines = el.dataset.lines !== undefined ? text.split('\n') : [text];
  const nodes = lines.map((line) => {
    const parts = segments(line).flatMap((seg) => ('fact' in seg ? [factSpan(seg.fact, ctx)] : textNodes(seg.text, ctx, withTerms)));
    if (el.dataset.lines === undefined) return parts;
    const item = document.createElement('li');
    item.append(...parts);
    return [item];
  });
  el.replaceChildren(...nodes.flat());
}

/** An element whose text is the translation of `key`, kept in step with the language by the language controller. */
export function textElement(
  tag: string,
  key: string,
  ctx: DeckContext,
  className?: string,
  options: { lines?: boolean; plain?: boolean } = {},
): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.dataset.i18n = key;
  if (options.lines) el.dataset.lines = '';
  if (options.plain) el.dataset.plain = '';
  paintText(el, ctx);
  return el;
}
