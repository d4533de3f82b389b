import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber, renderQuantity, toQuantity, type Quantity, type Words } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { chartOf, labelColumnOf, labelOf, rowLabel, widest } from './base.ts';
import { TYPE } from './layout.ts';

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
    const share = toQuantity(
      { value: Math.round((fact.value / total) * 1000) / 10, unit: 'percent', qualifier: fact.qualifier },
      w,
      'short',
    );
    return {
      count,
      days: renderQuantity(count, lng),
      share: w('charts.days.share', { share: renderQuantity(share, lng) }),
    };
  };
  const valueWidth = Math.max(
    widest(input, (w, lng) => facts.map((f) => texts(f, w, lng).days), 'value'),
    widest(input, (w, lng) => facts.map((f) => texts(f, w, lng).share), 'small'),
  );
  const trackRight = width - valueWidth - GAP;
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
    const { count, days: daysText, share: shareText } = texts(fact, words, language);
    // The two lines of value and share sit either side of the row's middle.
    const half = (TYPE.value + TYPE.small) / 4 + 2;
    marks.push(
      rowLabel(input, fact.id, column, mid),
      {
        type: 'rect',
        id: `${fact.id}-year`,
        x: column,
        y: bandTop,
        width: x(total) - column,
        height: y.bandwidth(),
        grow: 'none',
        tone: 'track',
      },
      {
        type: 'rect',
        id: `${fact.id}-days`,
        x: column,
        y: bandTop,
        width: x(fact.value) - column,
        height: y.bandwidth(),
        grow: 'right',
        tone: fact.kind === 'target' ? 'secondary' : 'primary',
      },
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: trackRight + GAP,
        y: mid - half - 2,
        text: daysText,
        anchor: 'start',
        tone: 'ink',
        size: 'value',
        count,
      },
      {
        type: 'text',
        id: `${fact.id}-share`,
        x: trackRight + GAP,
        y: mid + half + 2,
        text: shareText,
        anchor: 'start',
        tone: 'muted',
        size: 'small',
      },
    );
    table.push({
      label: labelOf(input, fact.id),
      value: words('charts.days.row', { days: daysText, share: shareText }),
    });
  }
  return chartOf('days', input, { marks, table });
}
