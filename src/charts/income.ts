import { scaleBand, scaleLinear } from 'd3-scale';
import { formatNumber, renderQuantity, toQuantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark, Tone } from './spec.ts';
import { TYPE, wrapLines } from './layout.ts';
import { assertOneUnit, chartOf, labelOf } from './base.ts';

const BAR_WIDTH = 150;
/** Room under the baseline for names of two lines. */
const NAMES = 3.5 * TYPE.label;
/** Room above the tallest bar for its value. */
const TOP = 1.75 * TYPE.big;
const TONES: Tone[] = ['primary', 'secondary'];

/** Amounts in one unit (urban vs rural income) as upright bars; with two, the ratio between them, computed. */
export function income(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  assertOneUnit('income', facts);

  const x = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([0, width])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const baseline = height - NAMES;
  const y = scaleLinear()
    .domain([0, Math.max(...facts.map((f) => f.value))])
    .range([0, baseline - TOP]);

  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  facts.forEach((fact, i) => {
    const centre = x(fact.id)! + x.bandwidth() / 2;
    const barHeight = y(fact.value);
    const [line1 = '', line2, line3] = wrapLines(labelOf(input, fact.id), x.bandwidth(), TYPE.label, 3);
    const q = toQuantity(fact, words, 'short');
    marks.push(
      {
        type: 'rect',
        id: `${fact.id}-bar`,
        x: centre - BAR_WIDTH / 2,
        y: baseline - barHeight,
        width: BAR_WIDTH,
        height: barHeight,
        grow: 'up',
        tone: TONES[i % TONES.length]!,
      },
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: centre,
        y: baseline - barHeight - 0.8 * TYPE.big,
        text: renderQuantity(q, language),
        anchor: 'middle',
        tone: 'ink',
        size: 'big',
        count: q,
      },
      {
        type: 'text',
        id: `${fact.id}-label`,
        x: centre,
        y: baseline + 1.8 * TYPE.label,
        text: line1,
        line2,
        line3,
        anchor: 'middle',
        tone: 'ink',
        size: 'label',
      },
    );
    table.push({ label: labelOf(input, fact.id), value: renderQuantity(q, language) });
  });

  const [a, b] = facts;
  if (facts.length === 2 && a && b && a.value > 0 && b.value > 0) {
    // Larger to smaller, in the facts' order: "1.87 : 1" or "1 : 1.87".
    const big = formatNumber(Math.max(a.value, b.value) / Math.min(a.value, b.value), language, 2);
    const one = formatNumber(1, language, 0);
    const ratio = words(
      'charts.income.ratio',
      a.value >= b.value ? { first: big, second: one } : { first: one, second: big },
    );
    const label = words('charts.income.ratio-label');
    const shorter = y(Math.min(a.value, b.value));
    marks.push({
      type: 'text',
      id: 'ratio',
      x: width / 2,
      y: baseline - shorter / 2,
      text: label,
      line2: ratio,
      anchor: 'middle',
      tone: 'ink',
      size: 'small',
    });
    table.push({ label, value: ratio });
  }
  return chartOf('income', input, { marks, table });
}
