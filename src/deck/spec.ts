/**
 * The deck's composition, as `slides/` writes it: which text and which facts
 * go on which slide, in which layout. Text is referenced by translation key,
 * figures by fact id; nothing here is visible text.
 */

import type { ChartKind } from '../charts/kinds.ts';

/** The chart kinds the engine draws: the registry's names, so a slide naming another does not type-check. */
export type { ChartKind };

/**
 * `K` is the type of translation keys and `F` of fact ids: plain strings for
 * the engine, the report's own keys and ids in `slides/`, so that a slide
 * naming a key or fact the data lacks does not type-check.
 */
export type Block<K extends string = string, F extends string = string> =
  /** A paragraph of text. */
  | { kind: 'text'; key: K; fragment?: boolean; size?: 'lead' | 'small' }
  /** A bulleted list; with `fragments`, items appear one step at a time. */
  | { kind: 'list'; items: K[]; fragments?: boolean; columns?: 1 | 2 }
  /**
   * Big figures that count up, each labelled `facts.<id>`; `notes` gives each a line beneath
   * (its growth and rank, say), `hero` sets the first as the slide's lead figure, larger than the rest.
   */
  | { kind: 'figures'; facts: F[]; fragments?: boolean; notes?: K[]; hero?: boolean }
  /** A D3 chart over the given facts; `caption` says the one point it makes. */
  | { kind: 'chart'; chart: ChartKind; facts: F[]; caption?: K }
  /** Numbered cards that build up one by one. */
  | { kind: 'grid'; items: K[] }
  /** Glossary terms with their explanations. */
  | { kind: 'glossary'; terms: string[] };

export interface Slide<K extends string = string, F extends string = string> {
  /** Stable and meaningful: it is the slide's address (`#/main-indicators`). */
  id: string;
  layout: 'title' | 'section' | 'content' | 'closing';
  title?: K;
  subtitle?: K;
  /** A short line above the title naming the part of the report. */
  kicker?: K;
  blocks?: Block<K, F>[];
  /** Speaker notes: talking points, not the paragraph pasted. */
  notes: K;
}

/** A horizontal step of the deck: one slide, or a vertical stack of them. */
export type DeckEntry<K extends string = string, F extends string = string> =
  Slide<K, F> | { id: string; stack: Slide<K, F>[] };

export interface DeckSpec<K extends string = string, F extends string = string> {
  /** Key of the document title. */
  title: K;
  /** Key of the one-line description used for link previews. */
  description: K;
  entries: DeckEntry<K, F>[];
  /**
   * The slides of the long picture (一图读懂, `npm run export -- --format long`), by id, top to bottom;
   * without it, each part's opener and every slide with a chart (`longSlides`).
   */
  long?: string[];
}

export function slidesOf(deck: DeckSpec): Slide[] {
  return deck.entries.flatMap((entry) => ('stack' in entry ? entry.stack : [entry]));
}

/** Every translation key a block shows on its slide. */
export function keysOfBlock(block: Block): string[] {
  switch (block.kind) {
    case 'text':
      return [block.key];
    case 'list':
    case 'grid':
      return block.items;
    case 'chart':
      return block.caption ? [block.caption] : [];
    case 'figures':
      return block.notes ?? [];
    default:
      return [];
  }
}
