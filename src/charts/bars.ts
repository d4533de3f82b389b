import { scaleBand, scaleLinear } from 'd3-scale';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { labelColumn } from './layout.ts';
import { barRow, LABEL } from './bar-row.ts';

/** Room a value needs in the longest language ("1,449.1 hectares", "over 5,700"). */
const VALUE_COLUMN = 230;

/** Figures in one unit as horizontal bars on one scale. */
export function bars(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  const labels = input.labels[language]!;
  // Counts of different things (家 and 个) are different units too.
  if (new Set(facts.map((f) => `${f.unit}/${f.counter ?? ''}`)).size > 1) {
    throw new Error(`bars: facts ${facts.map((f) => `${f.id} (${f.unit}${f.counter ? ` ${f.counter}` : ''})`).join(', ')} do not share one unit`);
  }
  const column = labelColumn(input.labels, LABEL, width * 0.42) + 16;
  const x = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => f.value))])
    .range([0, width - column - VALUE_COLUMN]);
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([0, height])
    .paddingInner(0.28);

  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const row = barRow(fact, { x, y }, { column, label: labels[fact.id]!, tone: 'primary' }, { words, language });
    marks.push(...row.marks);
    table.push({ label: labels[fact.id]!, value: row.value });
  }
  return {
    kind: 'bars',
    language,
    width,
    height,
    marks,
    title: words('charts.bars.title'),
    description: words('charts.bars.description', { count: facts.length }),
    table,
  };
}
