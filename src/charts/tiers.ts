import { scaleBand } from 'd3-scale';
import { renderQuantity, toQuantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark, Tone } from './spec.ts';
import { chartOf, labelColumnOf, labelOf, rowLabel, widestFigure } from './base.ts';
import { textReach } from './layout.ts';

const GAP = 16;
/** The pitch of the squares: as large as lets every row fit, within these bounds. */
const MAX_STEP = 64;
const MIN_STEP = 6;
/** The share of the pitch a square fills; the rest is the gap between squares. */
const FILL = 0.78;
/** The squares come up in at most this many steps of the stagger, a few at a time when there are many. */
const ANIMATED_STEPS = 24;
const TONES: Tone[] = ['primary', 'secondary', 'accent'];

/** Counts of things (projects by investment size) as rows of squares, one square per thing. */
export function tiers(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  const bad = facts.filter((f) => f.unit !== 'count' || !Number.isInteger(f.value) || f.value < 0);
  if (bad.length)
    throw new Error(`tiers: facts ${bad.map((f) => `${f.id} (${f.value} ${f.unit})`).join(', ')} are not whole counts`);

  const column = labelColumnOf(input, 'tiers');
  const area = width - column - widestFigure(input, facts, 'value') - GAP;
  const y = scaleBand<string>()
    .domain(facts.map((f) => f.id))
    .range([0, height])
    .paddingInner(0.2);
  const band = y.bandwidth();
  const linesOf = (n: number, perLine: number) => Math.max(1, Math.ceil(n / perLine));
  const perLineAt = (step: number) => Math.floor((area + step * (1 - FILL)) / step);
  const linesAt = (step: number) => facts.reduce((sum, f) => sum + linesOf(f.value, perLineAt(step)), 0);
  const fits = (step: number) =>
    perLineAt(step) >= 1 && facts.every((f) => linesOf(f.value, perLineAt(step)) * step - step * (1 - FILL) <= band);
  let largest = MAX_STEP;
  while (largest > MIN_STEP && !fits(largest)) largest -= 1;
  if (!fits(largest))
    throw new Error(
      `tiers: facts ${facts.map((f) => `${f.id} (${f.value})`).join(', ')} are too many squares for the chart`,
    );
  // Slightly smaller squares are better than a line broken for one or two of them.
  let step = largest;
  for (let s = largest - 1; s >= Math.ceil(largest * 0.8); s -= 1) if (linesAt(s) < linesAt(step)) step = s;
  const perLine = perLineAt(step);
  const size = step * FILL;
  const total = facts.reduce((sum, f) => sum + f.value, 0);
  /** Squares fill in this many steps of the stagger, row by row, however many there are. */
  const steps = Math.min(total, ANIMATED_STEPS);

  // The names and figures first, so that they come up together whatever the count of squares.
  const texts: Mark[] = [];
  const squares: Mark[] = [];
  const table: ChartSpec['table'] = [];
  const blockOf = (fact: (typeof facts)[number]) => linesOf(fact.value, perLine) * step - (step - size);
  // Rows of a few squares each sit together in the middle of the chart, a step apart, rather than each in
  // the middle of its share of the height with the chart's emptiness between them. A row is as tall as
  // its squares or its name, whichever reaches further from the row's middle.
  // In every language, so that the rows sit where they sit in each.
  const halves = facts.map((fact) =>
    Math.max(
      blockOf(fact) / 2,
      ...input.languages.flatMap((language) => {
        const reach = textReach(rowLabel({ ...input, language }, fact.id, column, 0));
        return [reach.up, reach.down];
      }),
    ),
  );
  const rowGap = Math.max(step * 0.75, GAP * 2);
  const together = 2 * halves.reduce((sum, half) => sum + half, 0) + rowGap * (facts.length - 1);
  let top = (height - together) / 2;
  const mids =
    together < height * (1 - y.paddingInner())
      ? halves.map((half) => {
          const mid = top + half;
          top += 2 * half + rowGap;
          return mid;
        })
      : facts.map((fact) => y(fact.id)! + band / 2);

  let before = 0;
  facts.forEach((fact, row) => {
    const lines = linesOf(fact.value, perLine);
    // Lines of a wrapped row are filled evenly (8 + 7, not 14 + 1).
    const perRow = Math.max(1, Math.ceil(fact.value / lines));
    const block = blockOf(fact);
    const mid = mids[row]!;
    const top = mid - block / 2;
    const columns = Math.max(1, Math.min(fact.value, perRow));
    const q = toQuantity(fact, words, 'short');
    texts.push(rowLabel(input, fact.id, column, mid), {
      type: 'text',
      id: `${fact.id}-value`,
      x: column + (columns - 1) * step + size + GAP,
      y: mid,
      text: renderQuantity(q, language),
      anchor: 'start',
      tone: 'ink',
      size: 'value',
      count: q,
    });
    for (let i = 0; i < fact.value; i += 1) {
      squares.push({
        type: 'rect',
        id: `${fact.id}-unit-${i}`,
        x: column + (i % perRow) * step,
        y: top + Math.floor(i / perRow) * step,
        width: size,
        height: size,
        grow: 'up',
        tone: TONES[row % TONES.length]!,
        step: 2 * facts.length + Math.floor(((before + i) * steps) / total),
      });
    }
    before += fact.value;
    table.push({ label: labelOf(input, fact.id), value: renderQuantity(q, language) });
  });
  const marks = [...texts, ...squares];
  return chartOf('tiers', input, { marks, table, terms: { total } });
}
