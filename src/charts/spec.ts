import type { SourcedFact } from '../report/payload.ts';
import type { Words } from '../format/units.ts';

/**
 * A chart, fully laid out: marks with their final geometry, and text in one
 * language. Geometry never depends on the language (layout reserves room for
 * the longest label of any language), so switching language only swaps text.
 */
export type Mark =
  | {
      type: 'rect';
      id: string;
      x: number;
      y: number;
      width: number;
      height: number;
      grow: 'right' | 'up' | 'none';
      tone: Tone;
      /** Its place in the chart's entry, in steps of the stagger (its index among the marks, unless given). */
      step?: number;
    }
  | { type: 'line'; id: string; x1: number; y1: number; x2: number; y2: number; tone: Tone; dash?: boolean }
  | { type: 'circle'; id: string; cx: number; cy: number; r: number; tone: Tone }
  | TextMark;

export interface TextMark {
  type: 'text';
  id: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  tone: Tone;
  /** One of the chart typography's sizes (`TYPE` in base.ts). */
  size: 'label' | 'value' | 'big' | 'small';
  /** Counts up from zero to `amount` while the marks grow, ending on `text`. */
  count?: { amount: number; decimals: number; prefix: string; suffix: string } | undefined;
  /** A second line under the first (labels that wrap). */
  line2?: string | undefined;
  /** A third, where a name needs it in a narrow chart (a phone's). */
  line3?: string | undefined;
}

/** Colour roles, resolved by the theme: distinguishable under colour-vision deficiencies. */
export type Tone = 'primary' | 'secondary' | 'accent' | 'muted' | 'track' | 'ink' | 'inverse';

export interface ChartSpec {
  kind: string;
  /** The language the text is in. */
  language: string;
  width: number;
  height: number;
  marks: Mark[];
  /** Accessible name and description, in the current language. */
  title: string;
  description: string;
  /** The chart's numbers as rows of text, for the visually hidden table. */
  table: { label: string; value: string }[];
}

/** What a chart kind is given: its facts with their labels in every language, and the current one. */
export interface ChartInput {
  facts: (SourcedFact & { id: string })[];
  /** Every fact in the report, for kinds that pair a fact with its counterpart (by `measure`). */
  all: Record<string, SourcedFact>;
  /** language → fact id → label. */
  labels: Record<string, Record<string, string>>;
  language: string;
  languages: string[];
  words: Words;
  /** The engine's words in every language, so layout can make room for the longest. */
  wordsIn: Record<string, Words>;
  /** The box the chart is drawn in, in slide pixels: text sizes are real sizes. */
  width: number;
  height: number;
}

export type ChartKindSpec = (input: ChartInput) => ChartSpec;
