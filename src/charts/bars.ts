import { scaleBand, scaleLinear } from 'd3-scale';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { assertOneUnit, chartOf, labelColumnOf, labelOf, widestFigure } from './base.ts';
import { barRow, VALUE_GAP } from './bar-row.ts';

/** Figures in one unit as horizontal bars on one scale. */
export function bars(input: ChartInput): ChartSpec {
  const { facts, width, height } = input;
  assertOneUnit('bars', facts);
  const column = labelColumnOf(input, 'bars');
  const x = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => f.value))])
    .range([0, width - column - VALUE_GAP - widestFigure(input, facts, 'value')]);
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([0, height])
    .paddingInner(0.28);

  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const row = barRow(input, fact, { x, y }, { column, tone: 'primary' });
    marks.push(...row.marks);
    table.push({ label: labelOf(input, fact.id), value: row.value });
  }
  return chartOf('bars', input, { marks, table });
}
