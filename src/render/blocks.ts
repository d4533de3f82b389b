import type { Block } from '../deck/spec.ts';
import type { DeckContext } from '../deck/context.ts';
import { factText, textElement } from './text.ts';

function el(tag: string, className: string, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function list(block: Extract<Block, { kind: 'list' }>, ctx: DeckContext): HTMLElement {
  const ul = el('ul', `points${block.columns === 2 ? ' columns-2' : ''}`);
  for (const key of block.items) ul.append(textElement('li', key, ctx, block.fragments ? 'fragment' : undefined));
  return ul;
}

function figures(block: Extract<Block, { kind: 'figures' }>, ctx: DeckContext): HTMLElement {
  const ul = el('ul', block.hero ? 'figures figures-hero' : `figures figures-${Math.min(block.facts.length, 6)}`);
  block.facts.forEach((id, i) => {
    const value = el('span', 'figure-value');
    value.dataset.fact = id;
    value.dataset.countup = '';
    value.tabIndex = 0;
    value.textContent = factText(id, ctx);
    const item = el(
      'li',
      `figure${block.fragments ? ' fragment' : ''}`,
      value,
      textElement('span', `facts.${id}`, ctx, 'figure-label'),
    );
    const note = block.notes?.[i];
    if (note) item.append(textElement('span', note, ctx, 'figure-note'));
    ul.append(item);
  });
  return ul;
}

/** The chart's frame; the charts controller draws into it. */
function chart(block: Extract<Block, { kind: 'chart' }>, ctx: DeckContext): HTMLElement {
  const figure = el('figure', 'chart');
  figure.dataset.chart = block.chart;
  figure.dataset.facts = block.facts.join(' ');
  figure.dataset.chartState = 'idle';
  if (block.caption) figure.append(textElement('figcaption', block.caption, ctx, 'chart-caption'));
  return figure;
}

function grid(block: Extract<Block, { kind: 'grid' }>, ctx: DeckContext): HTMLElement {
  const ol = el('ol', 'grid');
  for (const key of block.items) ol.append(textElement('li', key, ctx, 'grid-item fragment'));
  return ol;
}

function glossary(block: Extract<Block, { kind: 'glossary' }>, ctx: DeckContext): HTMLElement {
  const dl = el('dl', 'glossary-list');
  for (const term of block.terms) {
    dl.append(
      textElement('dt', `glossary.${term}.term`, ctx, undefined, { plain: true }),
      textElement('dd', `glossary.${term}.explanation`, ctx, undefined, { plain: true }),
    );
  }
  return dl;
}

export function renderBlock(block: Block, ctx: DeckContext): HTMLElement {
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
  }
}
