import { renderQuantity, toQuantity, type Words } from '../format/units.ts';
import type { SourcedFact } from '../report/payload.ts';
import type { ChartInput, ChartSpec, Mark, TextMark } from './spec.ts';
import { LABEL_GAP, LABEL_SHARE, labelColumn, textWidth, TYPE, weightOf, wrapLines, type TextSize } from './layout.ts';

/** The fact's chart label in the chart's language. */
export function labelOf(input: ChartInput, id: string): string {
  return input.labels[input.language]![id]!;
}

/**
 * Where the marks start after the column of the facts' names, in every language (so geometry is the
 * same in every language), within the share of the chart's width the kind allows them.
 */
export function labelColumnOf(
  input: ChartInput,
  kind: keyof typeof LABEL_SHARE,
  share: number = LABEL_SHARE[kind],
): number {
  const names = Object.values(input.labels).flatMap((byId) => input.facts.map((f) => byId[f.id] ?? ''));
  return labelColumn(names, input.width, share);
}

/** A fact's name, right-aligned before `column`, on two lines (three in a narrow chart) when it does not fit on one. */
export function rowLabel(input: ChartInput, id: string, column: number, y: number): TextMark {
  const name = labelOf(input, id);
  const room = column - LABEL_GAP;
  // Measured at the label size though a wrapped name is set smaller: estimates of width need the room.
  const [text = '', line2, line3] = wrapLines(name, room, TYPE.label, 3);
  return {
    type: 'text',
    id: `${id}-label`,
    x: column - LABEL_GAP,
    y,
    text,
    line2,
    line3,
    anchor: 'end',
    tone: 'ink',
    size: 'label',
  };
}

/**
 * The widest of some texts in any language, at the size they are drawn:
 * measured rather than sized by hand, so another report's words fit too.
 */
export function widest(input: ChartInput, texts: (words: Words, language: string) => string[], size: TextSize): number {
  return Math.max(
    0,
    ...input.languages.flatMap((lng) =>
      texts(input.wordsIn[lng]!, lng).map((text) => textWidth(text, TYPE[size], weightOf(size))),
    ),
  );
}

/** The widest figure of these facts in any language, as a chart's short form writes it. */
export function widestFigure(
  input: ChartInput,
  facts: Pick<SourcedFact, 'value' | 'unit' | 'counter' | 'qualifier'>[],
  size: TextSize,
): number {
  return widest(input, (words, lng) => facts.map((f) => renderQuantity(toQuantity(f, words, 'short'), lng)), size);
}

/** Facts on one scale must be in one unit; counts of different things (家 and 个) are different units too. */
export function assertOneUnit(
  kind: string,
  facts: Pick<ChartInput['facts'][number], 'id' | 'unit' | 'counter'>[],
): void {
  if (new Set(facts.map((f) => `${f.unit}/${f.counter ?? ''}`)).size <= 1) return;
  const named = facts.map((f) => `${f.id} (${f.unit}${f.counter ? ` ${f.counter}` : ''})`).join(', ');
  throw new Error(`${kind}: facts ${named} do not share one unit, so cannot share one scale`);
}

/**
 * The spec around a kind's marks: its size and language from the input, and
 * its accessible name and description from `charts.<kind>.title` and
 * `.description` (given `count`, the number of facts, and `terms`).
 */
export function chartOf(
  kind: string,
  input: ChartInput,
  body: { marks: Mark[]; table: ChartSpec['table']; terms?: Record<string, unknown> },
): ChartSpec {
  const { words, language, width, height, facts } = input;
  const terms = body.terms ?? {};
  return {
    kind,
    language,
    width,
    height,
    marks: body.marks,
    title: words(`charts.${kind}.title`, terms),
    description: words(`charts.${kind}.description`, { count: facts.length, ...terms }),
    table: body.table,
  };
}
