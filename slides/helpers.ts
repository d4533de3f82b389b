/**
 * What every composition file builds its slides from: a slide whose heading,
 * kicker and notes live under its id, and the blocks it holds. Keys are
 * written `<id>.<part>`; the build's deck check fails on any that is missing.
 */
import type { Block as AnyBlock, ChartKind, IconName, Layout } from '../src/deck/spec.ts';
import { keyOf, numberedKeys, type FactId, type IdWith, type Slide, type TextKey } from './keys.ts';

export type Block = AnyBlock<TextKey, FactId & string>;
type Fact = FactId & string;

export interface SlideOptions {
  /** The line above the heading; `<id>.kicker` unless given (a slide of a stack names its stack's). */
  kicker?: TextKey;
  icon?: IconName;
  spare?: Slide['spare'];
  autoAnimate?: boolean;
}

/** A slide whose heading and notes are `<id>.heading` and `<id>.notes`. */
export function slide<Id extends IdWith<'heading'> & IdWith<'notes'>>(
  id: Id,
  layout: Layout,
  blocks: Block[],
  options: SlideOptions = {},
): Slide {
  return {
    id,
    layout,
    kicker: options.kicker ?? (`${id}.kicker` as TextKey),
    title: keyOf(id, 'heading'),
    blocks,
    notes: keyOf(id, 'notes'),
    ...(options.icon ? { icon: options.icon } : {}),
    ...(options.spare ? { spare: options.spare } : {}),
    ...(options.autoAnimate ? { autoAnimate: true } : {}),
  };
}

/** An opener (the title, a part's divider, the close): `<id>.kicker`, `.heading`, `.subtitle`, `.notes`. */
export function opener(
  id: string,
  layout: 'title' | 'section' | 'closing',
  blocks: Block[],
  parts: { kicker?: boolean; subtitle?: boolean; icon?: IconName; autoAnimate?: boolean } = {},
): Slide {
  return {
    id,
    layout,
    ...(parts.icon ? { icon: parts.icon } : {}),
    ...(parts.autoAnimate ? { autoAnimate: true } : {}),
    ...(parts.kicker === false ? {} : { kicker: `${id}.kicker` as TextKey }),
    title: `${id}.heading` as TextKey,
    ...(parts.subtitle === false ? {} : { subtitle: `${id}.subtitle` as TextKey }),
    blocks,
    notes: `${id}.notes` as TextKey,
  };
}

/** `<id>.points.p1` … `<id>.points.pN` as a list; with `icons`, one per point, as rows that fill the slide. */
export function points(
  id: string,
  count: number,
  options: { fragments?: boolean; icons?: IconName[]; from?: number; columns?: 2 } = {},
): Block {
  const from = options.from ?? 1;
  const items = numberedKeys(id, 'points', 'p', from, from + count - 1);
  if (options.icons && options.icons.length !== items.length)
    throw new Error(`slides: ${id} names ${options.icons.length} icons for ${items.length} points`);
  return {
    kind: 'list',
    items,
    fragments: options.fragments ?? true,
    ...(options.icons ? { icons: options.icons } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
  };
}

/** Particular points of a slide, `<id>.points.p<n>` for each n. */
export function pointsOf(id: string, numbers: number[], options: { fragments?: boolean; icons?: IconName[] } = {}) {
  const items = numbers.map((n) => `${id}.points.p${n}` as TextKey);
  return {
    kind: 'list',
    items,
    fragments: options.fragments ?? true,
    ...(options.icons ? { icons: options.icons } : {}),
  } as Block;
}

export function figures(
  facts: Fact[],
  options: { notes?: TextKey[]; hero?: boolean; fragments?: boolean } = {},
): Block {
  return { kind: 'figures', facts, ...options };
}

export function chart(kind: ChartKind, facts: Fact[], caption?: TextKey): Block {
  return { kind: 'chart', chart: kind, facts, ...(caption ? { caption } : {}) };
}

/** `<id>.items.i<from>` … `<id>.items.i<to>` as numbered cards. */
export function grid(id: string, from: number, to: number, icons?: IconName[]): Block {
  return { kind: 'grid', items: numberedKeys(id, 'items', 'i', from, to), ...(icons ? { icons } : {}) };
}

export function text(key: TextKey, options: { size?: 'lead' | 'small'; fragment?: boolean } = {}): Block {
  return { kind: 'text', key, ...options };
}

export function quote(key: TextKey, icon?: IconName): Block {
  return { kind: 'quote', key, ...(icon ? { icon } : {}) };
}

/** Targets beside the results of the year before: `[result, target]` pairs. */
export function compare(...pairs: [Fact, Fact][]): Block {
  return { kind: 'compare', pairs: pairs.map(([result, target]) => ({ result, target })) };
}

/** An opener's key figures, and behind them a quiet motif of `motif`'s facts (one unit). */
export function band(facts: Fact[], notes?: TextKey[]): Block {
  return { kind: 'band', facts, ...(notes ? { notes } : {}) };
}

export function motif(facts: Fact[]): Block {
  return { kind: 'motif', facts };
}
