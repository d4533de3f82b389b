import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber, renderQuantity, toQuantity, type Quantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { labelColumn, wrap } from './layout.ts';

const LABEL = 22;
/** Room the days and the share need in the longest language ("over 275 days of 365", "over 75.3% of the year"). */
const VALUE_WIDTH = 270;
const GAP = 14;
const ROW = 150;
/** Stands in for the figure while the sentence around it is looked up. */
const SLOT = '\u0000';

export function daysInYear(year: number): number {
  return new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 366 : 365;
}

/** Counts of days (good-air days) against the days of their year, with the share of the year. */
export function days(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  const labels = input.labels[language]!;
  if (facts.some((f) => f.unit !== 'day')) {
    throw new Error(`days: facts ${facts.map((f) => `${f.id} (${f.unit})`).join(', ')} are not all counts of days`);
  }
  const column = labelColumn(input.labels, LABEL, width * 0.3) + 16;
  const trackRight = width - VALUE_WIDTH - GAP;
  const x = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => daysInYear(f.year)))])
    .range([column, trackRight]);
  const rowsHeight = Math.min(height, ROW * facts.length);
  const top = (height - rowsHeight) / 2;
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([top, top + rowsHeight])
    .paddingInner(0.5)
    .paddingOuter(0.4);

  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  for (const fact of facts) {
    const bandTop = y(fact.id)!;
    const mid = bandTop + y.bandwidth() / 2;
    const total = daysInYear(fact.year);
    const q = toQuantity(fact, words, 'short');
    // "275天 / 365天": the sentence around the figure, so the figure alone counts up.
    const [before = '', after = ''] = words('charts.days.of-year', { value: SLOT, total: formatNumber(total, language, 0) }).split(SLOT);
    const count: Quantity = { ...q, prefix: before + q.prefix, suffix: q.suffix + after };
    const share = toQuantity({ value: Math.round((fact.value / total) * 1000) / 10, unit: 'percent', qualifier: fact.qualifier }, words, 'short');
    const shareText = words('charts.days.share', { share: renderQuantity(share, language) });
    const [line1, line2] = wrap(labels[fact.id]!, column - 16, LABEL);
    marks.push(
      { type: 'text', id: `${fact.id}-label`, x: column - 16, y: mid, text: line1, line2, anchor: 'end', tone: 'ink', size: 'label' },
      { type: 'rect', id: `${fact.id}-year`, x: column, y: bandTop, width: x(total) - column, height: y.bandwidth(), grow: 'none', tone: 'track' },
      { type: 'rect', id: `${fact.id}-days`, x: column, y: bandTop, width: x(fact.value) - column, height: y.bandwidth(), grow: 'right', tone: fact.kind === 'target' ? 'secondary' : 'primary' },
      { type: 'text', id: `${fact.id}-value`, x: trackRight + GAP, y: mid - 13, text: renderQuantity(count, language), anchor: 'start', tone: 'ink', size: 'value', count },
      { type: 'text', id: `${fact.id}-share`, x: trackRight + GAP, y: mid + 15, text: shareText, anchor: 'start', tone: 'muted', size: 'small' },
    );
    table.push({ label: labels[fact.id]!, value: words('charts.days.row', { days: renderQuantity(count, language), share: shareText }) });
  }
  return {
    kind: 'days',
    language,
    width,
    height,
    marks,
    title: words('charts.days.title'),
    description: words('charts.days.description', { count: facts.length }),
    table,
  };
}
