import { scaleBand, scaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { chartOf, labelColumnOf, labelOf, rowLabel, widestFigure } from './base.ts';

const GAP = 16;
/** The thickest a bar is drawn, however few the rows: a share is read against its track, not by its weight. */
const MOST = 72;

/**
 * Shares of a whole (percentages the report states: a share of spending, a rate of coverage)
 * as bars across a track of the whole, 100 %: the part against its whole.
 */
export function shares(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  const bad = facts.filter((f) => f.unit !== 'percent' || f.value < 0 || f.value > 100);
  if (bad.length)
    throw new Error(
      `shares: facts ${bad.map((f) => `${f.id} (${f.value} ${f.unit})`).join(', ')} are not shares of 100 %`,
    );

  const column = labelColumnOf(input, 'shares');
  // Measured widths are estimates; a figure at the big size is given a tenth more.
  const valueWidth = widestFigure(input, facts, 'big') * 1.1;
  const trackRight = width - valueWidth - GAP;
  const x = scaleLinear().domain([0, 100]).range([column, trackRight]);
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([0, height])
    .paddingInner(0.45)
    .paddingOuter(0.2);
  const thick = Math.min(MOST, y.bandwidth());

  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const mid = y(fact.id)! + y.bandwidth() / 2;
    const top = mid - thick / 2;
    const q = toQuantity(fact, words, 'short');
    const value = renderQuantity(q, language);
    marks.push(
      rowLabel(input, fact.id, column, mid),
      {
        type: 'rect',
        id: `${fact.id}-whole`,
        x: column,
        y: top,
        width: trackRight - column,
        height: thick,
        grow: 'none',
        tone: 'track',
      },
      {
        type: 'rect',
        id: `${fact.id}-share`,
        x: column,
        y: top,
        width: x(fact.value) - column,
        height: thick,
        grow: 'right',
        tone: 'primary',
      },
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: trackRight + GAP,
        y: mid,
        text: value,
        anchor: 'start',
        tone: 'ink',
        size: 'big',
        count: q,
      },
    );
    table.push({ label: labelOf(input, fact.id), value });
  }
  return chartOf('shares', input, { marks, table });
}
