import { scaleBand, scaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { labelColumn, wrap } from './layout.ts';

const LABEL = 22;
const HEADER = 34;

/** Growth rates as bars, each with its rank in the city where the report gives one. */
export function growthRanks(input: ChartInput): ChartSpec {
  const { facts, all, words, language, width, height } = input;
  const labels = input.labels[language]!;
  const column = labelColumn(input.labels, LABEL, width * 0.42) + 16;
  const rankColumn = 92;
  const valueColumn = 110;
  const x = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => f.value))])
    .range([0, width - column - valueColumn - rankColumn]);
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([HEADER, height])
    .paddingInner(0.28);
  const rankOf = (measure?: string) =>
    measure ? Object.values(all).find((f) => f.kind === 'rank' && f.measure === `${measure}-rank`) : undefined;

  const marks: Mark[] = [
    { type: 'text', id: 'rank-header', x: width, y: HEADER / 2 - 4, text: words('charts.growth-ranks.rank'), anchor: 'end', tone: 'ink', size: 'small' },
  ];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const top = y(fact.id)!;
    const mid = top + y.bandwidth() / 2;
    const [line1, line2] = wrap(labels[fact.id]!, column - 16, LABEL);
    const q = toQuantity(fact, words, 'short');
    const rank = rankOf(fact.measure);
    marks.push(
      { type: 'text', id: `${fact.id}-label`, x: column - 16, y: mid, text: line1, line2, anchor: 'end', tone: 'ink', size: 'label' },
      { type: 'rect', id: `${fact.id}-bar`, x: column, y: top, width: x(fact.value), height: y.bandwidth(), grow: 'right', tone: rank ? 'primary' : 'secondary' },
      { type: 'text', id: `${fact.id}-value`, x: column + x(fact.value) + 10, y: mid, text: renderQuantity(q, language), anchor: 'start', tone: 'ink', size: 'value', count: q },
    );
    if (rank) {
      const rq = toQuantity(rank, words);
      marks.push({ type: 'text', id: `${fact.id}-rank`, x: width, y: mid, text: renderQuantity(rq, language), anchor: 'end', tone: 'accent', size: 'value' });
    }
    table.push({ label: labels[fact.id]!, value: renderQuantity(q, language) + (rank ? ` (${renderQuantity(toQuantity(rank, words), language)})` : '') });
  }
  return {
    kind: 'growth-ranks',
    language,
    width,
    height,
    marks,
    title: words('charts.growth-ranks.title'),
    description: words('charts.growth-ranks.description', { count: facts.length }),
    table,
  };
}
