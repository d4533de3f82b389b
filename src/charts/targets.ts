import { scaleBand, scaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { SourcedFact } from '../report/payload.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { assertOneUnit, chartOf, labelColumnOf, labelOf, rowLabel, widest, widestFigure } from './base.ts';
import { TYPE } from './layout.ts';

const HEADER = 2.4 * TYPE.small;
const GAP = 8;
/** Room between the two legend items. */
const LEGEND_GAP = 40;

/**
 * A dumbbell per measure: the year before's result and the target, on one
 * scale from zero. The result is the fact of the year before with the same
 * `measure`; a target without one is drawn alone.
 */
export function targets(input: ChartInput): ChartSpec {
  const { facts, all, words, language, width, height } = input;
  const rows = facts.map((fact) => {
    const match = Object.entries(all).find(
      ([id, f]) =>
        id !== fact.id && fact.measure !== undefined && f.measure === fact.measure && f.year === fact.year - 1,
    );
    const before = match ? { ...match[1], id: match[0] } : undefined;
    return { fact, before };
  });
  const shown = rows.flatMap(({ fact, before }) => (before ? [fact, before] : [fact]));
  assertOneUnit('targets', shown);

  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([HEADER, height]);
  const band = y.bandwidth();
  /** Rows too tight for value labels above and below their circles use the small size. */
  const valueSize = band < 3.3 * TYPE.value ? 'small' : 'value';
  const size = TYPE[valueSize];
  const r = valueSize === 'small' ? 7 : 9;
  const offset = r + 4 + size / 2;
  /** How wide a value label can be in any language: language-independent, so geometry is too. */
  const valueWidth = (fact: SourcedFact) => widestFigure(input, [fact], valueSize);

  // A narrow chart (a phone's) gives its names more of its width: the dumbbells need less than the names.
  const column = labelColumnOf(input, 'targets', width < 800 ? 0.45 : undefined);
  const plotLeft = column + r;
  const right = Math.max(...shown.map(valueWidth));
  const plotRight = width - right - r - GAP;
  const x = scaleLinear()
    .domain([0, Math.max(...shown.map((f) => f.value))])
    .range([plotLeft, plotRight]);

  const year = facts[0]?.year ?? 0;
  const legendStep =
    2 * r + GAP + LEGEND_GAP + widest(input, (w) => [w('charts.targets.result', { year: year - 1 })], 'small');
  const legendWidth = legendStep + 2 * r + GAP + widest(input, (w) => [w('charts.targets.target', { year })], 'small');
  // Over the plot, unless that would take it past the chart's edge (a narrow chart's names are wide).
  const legendLeft = Math.max(r, Math.min(plotLeft, width - legendWidth));
  const marks: Mark[] = [];
  if (rows.some((row) => row.before)) {
    marks.push(
      { type: 'circle', id: 'legend-result', cx: legendLeft, cy: HEADER / 2, r, tone: 'secondary' },
      {
        type: 'text',
        id: 'legend-result-label',
        x: legendLeft + r + GAP,
        y: HEADER / 2,
        text: words('charts.targets.result', { year: year - 1 }),
        anchor: 'start',
        tone: 'ink',
        size: 'small',
      },
    );
  }
  marks.push(
    { type: 'circle', id: 'legend-target', cx: legendLeft + legendStep, cy: HEADER / 2, r, tone: 'accent' },
    {
      type: 'text',
      id: 'legend-target-label',
      x: legendLeft + legendStep + r + GAP,
      y: HEADER / 2,
      text: words('charts.targets.target', { year }),
      anchor: 'start',
      tone: 'ink',
      size: 'small',
    },
  );

  const table: ChartSpec['table'] = [];
  for (const { fact, before } of rows) {
    const mid = y(fact.id)! + band / 2;
    const q = toQuantity(fact, words, 'short');
    const target = renderQuantity(q, language);
    const tx = x(fact.value);
    marks.push(rowLabel(input, fact.id, column, mid));
    if (!before) {
      marks.push(
        { type: 'circle', id: `${fact.id}-target`, cx: tx, cy: mid, r, tone: 'accent' },
        {
          type: 'text',
          id: `${fact.id}-target-value`,
          x: tx + r + GAP,
          y: mid,
          text: target,
          anchor: 'start',
          tone: 'ink',
          size: valueSize,
          count: q,
        },
      );
      table.push({
        label: labelOf(input, fact.id),
        value: words('charts.targets.row-alone', { target, targetYear: fact.year }),
      });
      continue;
    }
    const bq = toQuantity(before, words, 'short');
    const result = renderQuantity(bq, language);
    const bx = x(before.value);
    const low = before.value <= fact.value ? before : fact;
    const lowX = Math.min(bx, tx);
    const highX = Math.max(bx, tx);
    // Outward (low value to the left, high to the right) when the circles stand apart and the
    // left label clears the names; otherwise the result above its circle and the target below.
    const beside = highX - lowX >= 2 * r + GAP && lowX - r - GAP - valueWidth(low) >= plotLeft;
    const place = (f: SourcedFact, cx: number): { x: number; y: number; anchor: 'start' | 'end' } => {
      if (beside)
        return f === low ? { x: cx - r - GAP, y: mid, anchor: 'end' } : { x: cx + r + GAP, y: mid, anchor: 'start' };
      return { x: cx - r, y: f === before ? mid - offset : mid + offset, anchor: 'start' };
    };
    marks.push(
      { type: 'line', id: `${fact.id}-change`, x1: bx, y1: mid, x2: tx, y2: mid, tone: 'muted' },
      { type: 'circle', id: `${fact.id}-result`, cx: bx, cy: mid, r, tone: 'secondary' },
      { type: 'circle', id: `${fact.id}-target`, cx: tx, cy: mid, r, tone: 'accent' },
      {
        type: 'text',
        id: `${fact.id}-result-value`,
        ...place(before, bx),
        text: result,
        tone: 'ink',
        size: valueSize,
        count: bq,
      },
      {
        type: 'text',
        id: `${fact.id}-target-value`,
        ...place(fact, tx),
        text: target,
        tone: 'ink',
        size: valueSize,
        count: q,
      },
    );
    table.push({
      label: labelOf(input, fact.id),
      value: words('charts.targets.row', { result, resultYear: before.year, target, targetYear: fact.year }),
    });
  }
  return chartOf('targets', input, { marks, table, terms: { year, before: year - 1 } });
}
