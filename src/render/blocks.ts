import type { Block } from '../deck/spec.ts';
import type { DeckContext } from '../deck/context.ts';
import { factText, textElement } from './text.ts';
import { iconElement } from './icons.ts';
import { motifElement } from './motif.ts';

type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;

export function el(tag: string, className: string, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A figure set large, focusable for its source; `countup` counts it up as its slide comes up. */
function figureValue(id: string, ctx: DeckContext, countup = true): HTMLElement {
  const value = el('span', 'figure-value');
  value.dataset.fact = id;
  // What reveal.js's auto-animate pairs between two slides showing the same figure.
  value.dataset.id = id;
  if (countup) value.dataset.countup = '';
  value.tabIndex = 0;
  value.textContent = factText(id, ctx);
  return value;
}

/** Longer than this, a lead figure is set a size smaller ("over 4.8 billion yuan" beside "30"). */
const WIDE = 6;

/** Marks a figure with the languages it is long in, for the stylesheet to set it to fit in each. */
export function markWide(value: HTMLElement, ctx: DeckContext): void {
  const wide = ctx.payload.meta.languages.filter((lng) => factText(value.dataset.fact!, ctx, lng).length > WIDE);
  if (wide.length) value.dataset.wide = wide.join(' ');
}

function list(block: Of<'list'>, ctx: DeckContext): HTMLElement {
  const icons = block.icons;
  const ul = el('ul', `points${block.columns === 2 ? ' columns-2' : ''}${icons ? ' points-icons' : ''}`);
  ul.dataset.count = String(block.items.length);
  block.items.forEach((key, i) => {
    const step = block.fragments ? 'fragment' : undefined;
    const icon = icons?.[i];
    if (!icon) return ul.append(textElement('li', key, ctx, step));
    const item = el(
      'li',
      `point${step ? ` ${step}` : ''}`,
      iconElement(icon),
      textElement('span', key, ctx, 'point-text'),
    );
    ul.append(item);
  });
  return ul;
}

function figures(block: Of<'figures'>, ctx: DeckContext): HTMLElement {
  const ul = el('ul', block.hero ? 'figures figures-hero' : `figures figures-${Math.min(block.facts.length, 6)}`);
  block.facts.forEach((id, i) => {
    const item = el(
      'li',
      `figure${block.fragments ? ' fragment' : ''}`,
      figureValue(id, ctx),
      textElement('span', `facts.${id}`, ctx, 'figure-label'),
    );
    const note = block.notes?.[i];
    if (note) item.append(textElement('span', note, ctx, 'figure-note'));
    ul.append(item);
  });
  return ul;
}

/** The chart's frame; the charts controller draws into it. */
function chart(block: Of<'chart'>, ctx: DeckContext): HTMLElement {
  const figure = el('figure', 'chart');
  figure.dataset.chart = block.chart;
  figure.dataset.facts = block.facts.join(' ');
  figure.dataset.chartState = 'idle';
  if (block.caption) figure.append(textElement('figcaption', block.caption, ctx, 'chart-caption'));
  return figure;
}

function grid(block: Of<'grid'>, ctx: DeckContext): HTMLElement {
  const ol = el('ol', 'grid');
  ol.dataset.count = String(block.items.length);
  block.items.forEach((key, i) => {
    const icon = block.icons?.[i];
    const text = textElement('span', key, ctx, 'grid-text');
    ol.append(el('li', 'grid-item fragment', ...(icon ? [iconElement(icon, 'icon grid-icon')] : []), text));
  });
  return ol;
}

function glossary(block: Of<'glossary'>, ctx: DeckContext): HTMLElement {
  const dl = el('dl', 'glossary-list');
  for (const term of block.terms) {
    dl.append(
      textElement('dt', `glossary.${term}.term`, ctx, undefined, { plain: true }),
      textElement('dd', `glossary.${term}.explanation`, ctx, undefined, { plain: true }),
    );
  }
  return dl;
}

/**
 * Targets beside the year before's results as a table (a row a measure), each figure with a bar
 * drawn to the larger of its pair: the two are one unit, the rows need not be.
 */
function compare(block: Of<'compare'>, ctx: DeckContext): HTMLElement {
  const { facts } = ctx.payload;
  const first = block.pairs[0];
  const resultYear = first ? facts[first.result]!.year : 0;
  const targetYear = first ? facts[first.target]!.year : 0;
  const head = el(
    'tr',
    '',
    el('td', ''),
    el(
      'th',
      'compare-result',
      textElement('span', 'ui.compare.result', ctx, undefined, { values: { year: resultYear } }),
    ),
    el(
      'th',
      'compare-target',
      textElement('span', 'ui.compare.target', ctx, undefined, { values: { year: targetYear } }),
    ),
  );
  for (const cell of head.querySelectorAll('th')) cell.setAttribute('scope', 'col');
  const rows = block.pairs.map(({ result, target }) => {
    const most = Math.max(facts[result]!.value, facts[target]!.value) || 1;
    const cell = (id: string, tone: string) => {
      const bar = el('span', `compare-bar ${tone}`);
      bar.style.width = `${Math.round((facts[id]!.value / most) * 1000) / 10}%`;
      bar.setAttribute('aria-hidden', 'true');
      return el('td', tone, figureValue(id, ctx), bar);
    };
    const name = el('th', 'compare-name', textElement('span', `facts.${target}`, ctx));
    name.setAttribute('scope', 'row');
    return el('tr', '', name, cell(result, 'compare-result'), cell(target, 'compare-target'));
  });
  const table = el('table', 'compare', el('thead', '', head), el('tbody', '', ...rows));
  table.dataset.count = String(rows.length);
  return table;
}

function quote(block: Of<'quote'>, ctx: DeckContext): HTMLElement {
  const mark = block.icon ? [iconElement(block.icon, 'icon quote-icon')] : [];
  return el('blockquote', 'quote', ...mark, textElement('p', block.key, ctx, 'quote-text'));
}

/** The opener's key figures: set, never counted, so the slide needs no chart code to show them. */
function band(block: Of<'band'>, ctx: DeckContext): HTMLElement {
  const ul = el('ul', 'band');
  block.facts.forEach((id, i) =>
    ul.append(
      el(
        'li',
        'band-item',
        figureValue(id, ctx, false),
        textElement('span', block.notes?.[i] ?? `facts.${id}`, ctx, 'band-label'),
      ),
    ),
  );
  return ul;
}

export function renderBlock(block: Block, ctx: DeckContext): HTMLElement | SVGSVGElement {
  switch (block.kind) {
    case 'text': {
      const p = textElement('p', block.key, ctx, `text${block.size ? ` text-${block.size}` : ''}`);
      if (block.fragment) p.classList.add('fragment');
      return p;
    }
    case 'list':
      return list(block, ctx);
    case 'figures':
      return figures(block, ctx);
    case 'chart':
      return chart(block, ctx);
    case 'grid':
      return grid(block, ctx);
    case 'glossary':
      return glossary(block, ctx);
    case 'compare':
      return compare(block, ctx);
    case 'quote':
      return quote(block, ctx);
    case 'band':
      return band(block, ctx);
    case 'motif':
      return motifElement(block.facts.map((id) => ctx.payload.facts[id]!));
  }
}
