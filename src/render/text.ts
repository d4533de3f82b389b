import { wordsFor } from '../i18n/words.ts';
import type { DeckContext } from '../deck/context.ts';
import { formatFigure } from '../format/units.ts';
import { markTerms } from './terms.ts';
import { languagesOf, primaryLanguage } from '../i18n/modes.ts';

const FACT_TOKEN = /\[\[([a-z0-9-]+)\]\]/g;

export type Segment = { text: string } | { fact: string };

/** Splits "粮食总产达[[grain-output]]。" into text and fact segments. */
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

export function factText(id: string, ctx: DeckContext, language = primaryLanguage(ctx.i18n)): string {
  const fact = ctx.payload.facts[id];
  if (!fact) throw new Error(`unknown fact "${id}"`);
  return formatFigure(fact, language, wordsFor(ctx.i18n, language));
}

/** A text with each `[[fact]]` written as the slide writes it: the text a slide shows, as plain text. */
export function textWithFigures(text: string, ctx: DeckContext, language = primaryLanguage(ctx.i18n)): string {
  return segments(text)
    .map((seg) => ('fact' in seg ? factText(seg.fact, ctx, language) : seg.text))
    .join('');
}

/** A figure inside running text: focusable, so its source can be asked for. */
export function factSpan(id: string, ctx: DeckContext, language = primaryLanguage(ctx.i18n)): HTMLElement {
  const span = document.createElement('span');
  span.className = 'fact';
  span.dataset.fact = id;
  span.tabIndex = 0;
  span.textContent = factText(id, ctx, language);
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

function textNodes(text: string, ctx: DeckContext, withTerms: boolean, language: string): Node[] {
  if (!withTerms) return [document.createTextNode(text)];
  return markTerms(text, ctx.payload.glossary, language).map((seg) =>
    'term' in seg ? termSpan(seg.text, seg.term) : document.createTextNode(seg.text),
  );
}

/** The nodes of one language's text: figures as fact spans, glossary terms marked unless `withTerms` is off. */
function lineNodes(line: string, ctx: DeckContext, withTerms: boolean, language: string): Node[] {
  return segments(line).flatMap((seg) =>
    'fact' in seg ? [factSpan(seg.fact, ctx, language)] : textNodes(seg.text, ctx, withTerms, language),
  );
}

function languageNodes(el: HTMLElement, ctx: DeckContext, language: string, className?: string): Node[] {
  const values = el.dataset.i18nValues ? (JSON.parse(el.dataset.i18nValues) as Record<string, unknown>) : undefined;
  const text = wordsFor(ctx.i18n, language)(el.dataset.i18n!, values);
  const withTerms = el.dataset.plain === undefined;
  if (el.dataset.lines === undefined) {
    const nodes = lineNodes(text, ctx, withTerms, language);
    if (!className) return nodes;
    const span = document.createElement('span');
    span.className = className;
    span.lang = language;
    span.append(...nodes);
    return [span];
  }
  return text.split('\n').map((line) => {
    const item = document.createElement('li');
    if (className) {
      item.className = className;
      item.lang = language;
    }
    item.append(...lineNodes(line, ctx, withTerms, language));
    return item;
  });
}

/** Each element's text as built for each mode it has been shown or prepared in: switching back is a swap of nodes. */
const built = new WeakMap<HTMLElement, Map<string, Node[]>>();

/** An element's text in `mode`: one language, or in the bilingual mode the first with the second beneath it. */
function modeNodes(el: HTMLElement, ctx: DeckContext, mode: string): Node[] {
  let byMode = built.get(el);
  if (!byMode) built.set(el, (byMode = new Map()));
  let nodes = byMode.get(mode);
  if (!nodes) {
    const [first, second] = languagesOf(mode);
    nodes = languageNodes(el, ctx, first);
    if (second) nodes.push(...languageNodes(el, ctx, second, 'second'));
    byMode.set(mode, nodes);
  }
  return nodes;
}

/**
 * Fills an element with the translation of its `data-i18n` key in the
 * current mode. Text is always set as text nodes, never as markup. The nodes
 * are kept per mode, so a mode the element has shown or been prepared in
 * (`prepareText`) comes back without being built again.
 */
export function paintText(el: HTMLElement, ctx: DeckContext): void {
  el.replaceChildren(...modeNodes(el, ctx, ctx.i18n.language));
}

/** Builds an element's text in `mode` ahead of a switch to it, without showing it. */
export function prepareText(el: HTMLElement, ctx: DeckContext, mode: string): void {
  modeNodes(el, ctx, mode);
}

/** An element whose text is the translation of `key` (with `values` interpolated), kept in step with the language by the language controller. */
export function textElement(
  tag: string,
  key: string,
  ctx: DeckContext,
  className?: string,
  options: { lines?: boolean; plain?: boolean; values?: Record<string, string | number> } = {},
): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.dataset.i18n = key;
  if (options.values) el.dataset.i18nValues = JSON.stringify(options.values);
  if (options.lines) el.dataset.lines = '';
  if (options.plain) el.dataset.plain = '';
  paintText(el, ctx);
  return el;
}
