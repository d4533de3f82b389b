import { scaleLinear } from 'd3-scale';
import { formatNumber, renderQuantity, toQuantity, type Quantity, type Words } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { chartOf, labelColumnOf, labelOf, rowLabel } from './base.ts';
import { TYPE } from './layout.ts';

const GAP = 14;
const ROW = 150;
/** The thickest a bar of days is drawn. */
const BAR = 56;
/** Stands in for the figure while the sentence around it is looked up. */
const SLOT = '\u0000';

export function daysInYear(year: number): number {
  return new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 366 : 365;
}

/**
 * Counts of days (good-air days) against the days of their year. The bar shows the part of the year; no
 * share is computed and printed, for the report states none.
 */
export function days(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  if (facts.some((f) => f.unit !== 'day')) {
    throw new Error(`days: facts ${facts.map((f) => `${f.id} (${f.unit})`).join(', ')} are not all counts of days`);
  }
  const column = labelColumnOf(input, 'days');
  const texts = (fact: ChartInput['facts'][number], w: Words, lng: string) => {
    const total = daysInYear(fact.year);
    const q = toQuantity(fact, w, 'short');
    // "275天 / 365天": the sentence around the figure, so the figure alone counts up.
    const [before = '', after = ''] = w('charts.days.of-year', {
      value: SLOT,
      total: formatNumber(total, lng, 0),
    }).split(SLOT);
    const count: Quantity = { ...q, prefix: before + q.prefix, suffix: q.suffix + after };
    return { count, days: renderQuantity(count, lng) };
  };
  // Each row: the figure ("275 days of 365") on a line of its own above its bar, so that the bar has the
  // chart's whole width, and the rows together in the middle of the chart.
  const valueRoom = TYPE.value * 1.3 + 8;
  const pitch = Math.min(ROW, height / facts.length);
  const bar = Math.max(12, Math.min(BAR, pitch - valueRoom - GAP * 2));
  const block = valueRoom + bar;
  const gap = pitch - block;
  const top = (height - (facts.length * block + (facts.length - 1) * gap)) / 2;
  const barTop = (i: number) => top + i * pitch + valueRoom;
  const x = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => daysInYear(f.year)))])
    .range([column, width]);

  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  facts.forEach((fact, i) => {
    const bandTop = barTop(i);
    const mid = bandTop + bar / 2;
    const total = daysInYear(fact.year);
    const { count, days: daysText } = texts(fact, words, language);
    marks.push(
      rowLabel(input, fact.id, column, mid),
      {
        type: 'rect',
        id: `${fact.id}-year`,
        x: column,
        y: bandTop,
        width: x(total) - column,
        height: bar,
        grow: 'none',
        tone: 'track',
      },
      {
        type: 'rect',
        id: `${fact.id}-days`,
        x: column,
        y: bandTop,
        width: x(fact.value) - column,
        height: bar,
        grow: 'right',
        tone: fact.kind === 'target' ? 'secondary' : 'primary',
      },
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: column,
        y: bandTop - valueRoom / 2,
        text: daysText,
        anchor: 'start',
        tone: 'ink',
        size: 'value',
        count,
      },
    );
    table.push({ label: labelOf(input, fact.id), value: daysText });
  });
  return chartOf('days', input, { marks, table });
}
