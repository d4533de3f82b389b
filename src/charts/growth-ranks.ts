import { scaleBand, scaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { SourcedFact } from '../report/payload.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { chartOf, labelColumnOf, labelOf, widest, widestFigure } from './base.ts';
import { LABEL_GAP, TYPE } from './layout.ts';
import { barRow, VALUE_GAP } from './bar-row.ts';

/** Growth rates as bars, each with its rank in the city where the report gives one; no rank column when it gives none. */
export function growthRanks(input: ChartInput): ChartSpec {
  const { facts, all, words, language, width, height } = input;
  const rankOf = (measure?: string) =>
    measure ? Object.values(all).find((f) => f.kind === 'rank' && f.ranks === measure) : undefined;
  const ranks = facts.map((f) => rankOf(f.measure)).filter((r): r is SourcedFact => r !== undefined);
  const rankColumn = ranks.length
    ? LABEL_GAP +
      Math.max(
        widest(input, (w) => [w('charts.growth-ranks.rank')], 'small'),
        widest(input, (w, lng) => ranks.map((r) => renderQuantity(toQuantity(r, w), lng)), 'value'),
      )
    : 0;
  const header = ranks.length ? TYPE.small * 2 : 0;
  const column = labelColumnOf(input, 'growth-ranks');
  const x = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => f.value))])
    .range([0, width - column - VALUE_GAP - widestFigure(input, facts, 'value') - rankColumn]);
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([header, height])
    .paddingInner(0.28);

  const marks: Mark[] = ranks.length
    ? [
        {
          type: 'text',
          id: 'rank-header',
          x: width,
          y: header / 2 - 4,
          text: words('charts.growth-ranks.rank'),
          anchor: 'end',
          tone: 'ink',
          size: 'small',
        },
      ]
    : [];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const rank = rankOf(fact.measure);
    const row = barRow(input, fact, { x, y }, { column, tone: rank || !ranks.length ? 'primary' : 'secondary' });
    const mid = y(fact.id)! + y.bandwidth() / 2;
    marks.push(...row.marks);
    const rankText = rank ? renderQuantity(toQuantity(rank, words), language) : undefined;
    if (rankText)
      marks.push({
        type: 'text',
        id: `${fact.id}-rank`,
        x: width,
        y: mid,
        text: rankText,
        anchor: 'end',
        tone: 'accent',
        size: 'value',
      });
    table.push({
      label: labelOf(input, fact.id),
      value: rankText ? words('charts.growth-ranks.row', { value: row.value, rank: rankText }) : row.value,
    });
  }
  return chartOf('growth-ranks', input, { marks, table });
}
