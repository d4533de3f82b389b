import { scaleBand, scaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { labelColumn } from './layout.ts';
import { barRow, LABEL } from './bar-row.ts';

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
  const rankOf = (measure?: string) => (measure ? Object.values(all).find((f) => f.kind === 'rank' && f.measure === `${measure}-rank`) : undefined);

  const marks: Mark[] = [{ type: 'text', id: 'rank-header', x: width, y: HEADER / 2 - 4, text: words('charts.growth-ranks.rank'), anchor: 'end', tone: 'ink', size: 'small' }];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const rank = rankOf(fact.measure);
    const row = barRow(fact, { x, y }, { column, label: labels[fact.id]!, tone: rank ? 'primary' : 'secondary' }, { words, language });
    const mid = y(fact.id)! + y.bandwidth() / 2;
    marks.push(...row.marks);
    const rankText = rank ? renderQuantity(toQuantity(rank, words), language) : undefined;
    if (rankText) marks.push({ type: 'text', id: `${fact.id}-rank`, x: width, y: mid, text: rankText, anchor: 'end', tone: 'accent', size: 'value' });
    table.push({ label: labels[fact.id]!, value: rankText ? words('charts.growth-ranks.row', { value: row.value, rank: rankText }) : row.value });
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
