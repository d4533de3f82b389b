/**
 * The deck's composition, as `slides/` writes it: which text and which facts
 * go on which slide, in which layout. Text is referenced by translation key,
 * figures by fact id; nothing here is visible text.
 */

export type ChartKind =
  | 'growth-ranks'
  | 'structure'
  | 'income'
  | 'targets'
  | 'threshold'
  | 'bars'
  | 'days'
  | 'tiers';

export type Block =
  /** A paragraph of text. */
  | { kind: 'text'; key: string; fragment?: boolean; size?: 'lead' | 'small' }
  /** A bulleted list; with `fragments`, items appear one step at a time. */
  | { kind: 'list'; items: string[]; fragments?: boolean; columns?: 1 | 2 }
  /** Big figures that count up, each labelled `facts.<id>`. */
  | { kind: 'figures'; facts: string[]; fragments?: boolean }
  /** A D3 chart over the given facts; `caption` says the one point it makes. */
  | { kind: 'chart'; chart: ChartKind; facts: string[]; caption?: string; groups?: string[][] }
  /** Numbered cards that build up one by one. */
  | { kind: 'grid'; items: string[] }
  /** Glossary terms with their explanations. */
  | { kind: 'glossary'; terms: string[] };

export interface Slide {
  /** Stable and meaningful: it is the slide's address (`#/indicators-2022`). */
  id: string;
  layout: 'title' | 'section' | 'content' | 'closing';
  title?: string;
  subtitle?: string;
  /** A short line above the title naming the part of the report. */
  kicker?: string;
  blocks?: Block[];
  /** Speaker notes: talking points, not the paragraph pasted. */
  notes: string;
}

/** A horizontal step of the deck: one slide, or a vertical stack of them. */
export type DeckEntry = Slide | { id: string; stack: Slide[] };

export interface DeckSpec {
  /** Key of the document title. */
  title: string;
  /** Key of the one-line description used for link previews. */
  description: string;
  entries: DeckEntry[];
}

export function slidesOf(deck: DeckSpec): Slide[] {
  return deck.entries.flatMap((entry) => ('stack' in entry ? entry.stack : [entry]));
}
