/**
 * The deck's composition, as `slides/` writes it: which text and which facts
 * go on which slide, in which layout. Text is referenced by translation key,
 * figures by fact id; nothing here is visible text.
 */

import type { ChartKind } from '../charts/kinds.ts';
import type { IconName } from '../theme/icons.ts';

/** The chart kinds the engine draws: the registry's names, so a slide naming another does not type-check. */
export type { ChartKind, IconName };

/**
 * `K` is the type of translation keys and `F` of fact ids: plain strings for
 * the engine, the report's own keys and ids in `slides/`, so that a slide
 * naming a key or fact the data lacks does not type-check.
 */
export type Block<K extends string = string, F extends string = string> =
  /** A paragraph of text. */
  | { kind: 'text'; key: K; fragment?: boolean; size?: 'lead' | 'small' }
  /**
   * A bulleted list; with `fragments`, items appear one step at a time. With `icons`
   * (one per item), each point is a row with its icon, the rows sharing the room the slide leaves.
   */
  | { kind: 'list'; items: K[]; fragments?: boolean; columns?: 1 | 2; icons?: IconName[] }
  /**
   * Big figures that count up, each labelled `facts.<id>`; `notes` gives each a line beneath
   * (its growth and rank, say), `hero` sets the first as the slide's lead figure, larger than the rest.
   */
  | { kind: 'figures'; facts: F[]; fragments?: boolean; notes?: K[]; hero?: boolean }
  /** A D3 chart over the given facts; `caption` says the one point it makes. */
  | { kind: 'chart'; chart: ChartKind; facts: F[]; caption?: K }
  /** Numbered cards that build up one by one, each with its icon where `icons` names one. */
  | { kind: 'grid'; items: K[]; icons?: IconName[] }
  /** Glossary terms with their explanations. */
  | { kind: 'glossary'; terms: string[] }
  /**
   * Targets beside the results of the year before, a pair a row (labelled by the target's
   * `facts.<id>`), each pair drawn to its own scale.
   */
  | { kind: 'compare'; pairs: { result: F; target: F }[] }
  /** A sentence of the report set large: a quote, a commitment. */
  | { kind: 'quote'; key: K; icon?: IconName }
  /**
   * The key figures of an opener in a band across the slide, each with its label (or `notes`);
   * they are set at once, never counted up, so an opener loads nothing to show them.
   */
  | { kind: 'band'; facts: F[]; notes?: K[] }
  /**
   * A quiet figure behind an opener, drawn from facts of one unit (a bar each, in proportion):
   * decoration that the band and the slides after it state in words.
   */
  | { kind: 'motif'; facts: F[] };

/**
 * How a slide's body is arranged, each with a purpose; one renderer each for the
 * slides, the reading page and the PowerPoint export.
 *
 * - `title`, `section`, `closing`: the openers and the close, large type with their band and motif.
 * - `content`: blocks top to bottom, the last taking the room left.
 * - `hero`: the first figure very large, its context (the other blocks) beside it.
 * - `beside`: a chart on the right, the figures and points it goes with on the left.
 * - `points`: points with an icon each, as rows sharing the slide's height.
 * - `grid`: numbered cards (a list of projects).
 * - `compare`: targets beside the results of the year before.
 * - `quote`: a sentence of the report set large, the points that follow it beneath.
 * - `reference`: a page to look things up on (the glossary).
 */
export type Layout =
  | 'title'
  | 'section'
  | 'closing'
  | 'content'
  | 'hero'
  | 'beside'
  | 'points'
  | 'grid'
  | 'compare'
  | 'quote'
  | 'reference';

export interface Slide<K extends string = string, F extends string = string> {
  /** Stable and meaningful: it is the slide's address (`#/main-indicators`). */
  id: string;
  layout: Layout;
  title?: K;
  subtitle?: K;
  /** A short line above the title naming the part of the report. */
  kicker?: K;
  /** The icon of the slide's theme, beside its kicker. */
  icon?: IconName;
  blocks?: Block<K, F>[];
  /**
   * Why this slide may leave the lower part of the screen empty, where it does so by design:
   * a page to look things up on. The composition check holds every other slide to the whole screen.
   */
  spare?: 'reference';
  /**
   * reveal.js's auto-animate from the slide before: elements showing the same fact on both
   * (`data-id` = fact id) move from their place there to their place here.
   */
  autoAnimate?: boolean;
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
    case 'quote':
      return [block.key];
    case 'list':
    case 'grid':
      return block.items;
    case 'chart':
      return block.caption ? [block.caption] : [];
    case 'figures':
    case 'band':
      return block.notes ?? [];
    default:
      return [];
  }
}

/** Every fact a block shows or draws. */
export function factsOfBlock(block: Block): string[] {
  switch (block.kind) {
    case 'figures':
    case 'chart':
    case 'band':
    case 'motif':
      return block.facts;
    case 'compare':
      return block.pairs.flatMap((pair) => [pair.result, pair.target]);
    default:
      return [];
  }
}
