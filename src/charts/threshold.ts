import { scaleBand, scaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity, type Words } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { chartOf, labelColumnOf, labelOf, widest, widestFigure } from './base.ts';
import { LABEL_GAP, TYPE } from './layout.ts';

/** Room above the bars for the threshold's label. */
const HEADER = 2.5 * TYPE.value;
const GAP = 10;
const ROW = 120;

/** The largest power of ten not above `value` (113.5 → 100): the round mark a figure has passed. */
export function roundThreshold(value: number): number {
  if (!(value > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  // 10 ** -1 is 0.1000…01 in floating point; a power of ten is exact to twelve digits.
  return Number(power.toPrecision(12));
}

/** One measure's result and its floor or target as bars, against the round mark the result passed. */
export function threshold(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  const ids = facts.map((f) => `${f.id} (${f.measure ?? '?'}, ${f.unit})`).join(', ');
  if (new Set(facts.map((f) => f.unit)).size > 1 || new Set(facts.map((f) => f.measure)).size > 1) {
    throw new Error(`threshold: facts ${ids} are not one measure in one unit`);
  }
  const result = facts.find((f) => f.kind === 'result') ?? facts[0]!;
  const mark = roundThreshold(result.value);
  const markFigure = { value: mark, unit: result.unit, counter: result.counter };
  const markText = renderQuantity(toQuantity(markFigure, words, 'short'), language);
  const tagOf = (w: Words, fact: ChartInput['facts'][number]) =>
    w(fact.kind === 'target' ? 'charts.threshold.target' : 'charts.threshold.result', { year: fact.year });
  const valueWidth = widestFigure(input, facts, 'value');
  // Each row's name has its year tag beneath, at the size of a wrapped label.
  const tagWidth = widest(input, (w) => facts.map((f) => tagOf(w, f)), 'label') * (TYPE.wrapped / TYPE.label);
  const column = Math.max(labelColumnOf(input, 'threshold'), tagWidth + LABEL_GAP);
  const plotRight = width - GAP - valueWidth;
  const x = scaleLinear()
    .domain([0, Math.max(mark, ...facts.map((f) => f.value))])
    .range([column, plotRight]);
  const rowsHeight = Math.min(height - HEADER, ROW * facts.length);
  const top = HEADER + (height - HEADER - rowsHeight) / 2;
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([top, top + rowsHeight])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const lineX = x(mark);

  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const bandTop = y(fact.id)!;
    const mid = bandTop + y.bandwidth() / 2;
    const end = x(fact.value);
    const q = toQuantity(fact, words, 'short');
    const value = renderQuantity(q, language);
    const tag = tagOf(words, fact);
    // A value that the dashed line would cross starts after the line instead.
    const crossed = mark > 0 && lineX >= end && lineX <= end + GAP + valueWidth;
    marks.push(
      {
        type: 'text',
        id: `${fact.id}-label`,
        x: column - LABEL_GAP,
        y: mid,
        text: labelOf(input, fact.id),
        line2: tag,
        anchor: 'end',
        tone: 'ink',
        size: 'label',
      },
      {
        type: 'rect',
        id: `${fact.id}-bar`,
        x: column,
        y: bandTop,
        width: end - column,
        height: y.bandwidth(),
        grow: 'right',
        tone: fact === result ? 'primary' : 'secondary',
      },
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: (crossed ? lineX : end) + GAP,
        y: mid,
        text: value,
        anchor: 'start',
        tone: 'ink',
        size: 'value',
        count: q,
      },
    );
    table.push({ label: words('charts.threshold.row', { label: labelOf(input, fact.id), tag }), value });
  }
  if (mark > 0) {
    const text = words('charts.threshold.line', { value: markText });
    const lineLabel = widest(
      input,
      (w, lng) => [w('charts.threshold.line', { value: renderQuantity(toQuantity(markFigure, w, 'short'), lng) })],
      'value',
    );
    const anchor = lineX + lineLabel / 2 > width ? 'end' : lineX - lineLabel / 2 < 0 ? 'start' : 'middle';
    marks.push(
      { type: 'line', id: 'threshold', x1: lineX, y1: HEADER - 8, x2: lineX, y2: height, tone: 'accent', dash: true },
      { type: 'text', id: 'threshold-label', x: lineX, y: HEADER / 2 - 4, text, anchor, tone: 'accent', size: 'value' },
    );
    table.push({ label: words('charts.threshold.name'), value: markText });
  }
  return chartOf('threshold', input, { marks, table, terms: { value: markText } });
}
