import { scaleBand, scaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { labelColumn, wrap } from './layout.ts';

const LABEL = 22;
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
    const top = y(fact.id)!;
    const mid = top + y.bandwidth() / 2;
    const [line1, line2] = wrap(labels[fact.id]!, column - 16, LABEL);
    const q = toQuantity(fact, words, 'short');
    marks.push(
      { type: 'text', id: `${fact.id}-label`, x: column - 16, y: mid, text: line1, line2, anchor: 'end', tone: 'ink', size: 'label' },
      { type: 'rect', id: `${fact.id}-bar`, x: column, y: top, width: x(fact.value), height: y.bandwidth(), grow: 'right', tone: 'primary' },
      { type: 'text', id: `${fact.id}-value`, x: column + x(fact.value) + 10, y: mid, text: renderQuantity(q, language), anchor: 'start', tone: 'ink', size: 'value', count: q },
    );
    table.push({ label: labels[fact.id]!, value: renderQuantity(q, language) });
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
