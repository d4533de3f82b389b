import { formatNumber, renderQuantity, toQuantity, type Quantity, type Words } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark } from './spec.ts';
import { TYPE, wrapLines } from './layout.ts';
import { chartOf, labelOf } from './base.ts';
import { daysInYear } from './days.ts';

/** The share of a cell's pitch its square fills. */
const FILL = 0.8;
/** The height of a name of up to three lines, set at the wrapped size. */
const NAME = 3 * 1.05 * TYPE.wrapped;
/** Room above each whole for its figure and a name of up to three lines under it. */
const HEADER = 1.3 * TYPE.big + NAME + 28;
const GAP = 48;
/** Stands in for the figure while the sentence around it is looked up. */
const SLOT = '\u0000';

type Fact = ChartInput['facts'][number];

/** The whole a fact is part of: a hundred for a percentage, the days of its year for a count of days. */
function wholeOf(fact: Fact): number {
  if (fact.unit === 'percent' && Number.isInteger(fact.value) && fact.value >= 0 && fact.value <= 100) return 100;
  if (fact.unit === 'day' && Number.isInteger(fact.value) && fact.value <= daysInYear(fact.year))
    return daysInYear(fact.year);
  throw new Error(
    `waffle: ${fact.id} (${fact.value} ${fact.unit}) is neither a whole percentage nor a count of its year's days`,
  );
}

/** The figure as drawn ("275 days of 365" for a count of days), and the line beneath it: the fact's name. */
function texts(fact: Fact, input: ChartInput, words: Words, language: string) {
  const q = toQuantity(fact, words, 'short');
  if (fact.unit !== 'day')
    return { count: q, value: renderQuantity(q, language), line: input.labels[language]![fact.id]! };
  const total = wholeOf(fact);
  const [before = '', after = ''] = words('charts.waffle.of-year', {
    value: SLOT,
    total: formatNumber(total, language, 0),
  }).split(SLOT);
  const count: Quantity = { ...q, prefix: before + q.prefix, suffix: q.suffix + after };
  return { count, value: renderQuantity(count, language), line: input.labels[language]![fact.id]! };
}

/** The column count that gives the largest squares for `total` in a box. */
function grid(total: number, box: { width: number; height: number }): { columns: number; step: number } {
  let best = { columns: 1, step: 0 };
  for (let columns = 1; columns <= total; columns += 1) {
    const step = Math.min(box.width / columns, box.height / Math.ceil(total / columns));
    if (step > best.step) best = { columns, step };
  }
  return best;
}

/**
 * A part of a whole as squares, one for each unit of the whole, the part's
 * filled: a percentage as a hundred squares, a count of days (good-air days)
 * as the days of its year. Squares fill in order and stand for no particular
 * unit (the report names no dates); the grid is as square as the box allows.
 */
export function waffle(input: ChartInput): ChartSpec {
  const { facts, words, language, width, height } = input;
  if (facts.length < 1 || facts.length > 3) throw new Error(`waffle: draws one to three wholes (got ${facts.length})`);
  const wholes = facts.map(wholeOf);
  const slot = (width - GAP * (facts.length - 1)) / facts.length;
  /** A hundred as ten rows of ten, as a percentage is read; the days of a year as square as the room allows. */
  const columnsOf = (whole: number) =>
    whole === 100 ? 10 : grid(whole, { width: slot, height: height - HEADER }).columns;
  // One square size for every whole, so that a square is the same amount in each.
  const step = Math.min(
    ...wholes.map((whole) => {
      const columns = columnsOf(whole);
      return Math.min(slot / columns, (height - HEADER) / Math.ceil(whole / columns));
    }),
  );

  const marks: Mark[] = [];
  const squares: Mark[] = [];
  const table: ChartSpec['table'] = [];
  facts.forEach((fact, k) => {
    const whole = wholes[k]!;
    const columns = columnsOf(whole);
    const rows = Math.ceil(whole / columns);
    const left = k * (slot + GAP) + (slot - columns * step) / 2;
    const top = HEADER + (height - HEADER - rows * step) / 2;
    const { count, value, line } = texts(fact, input, words, language);
    // Its name wraps within the whole's slot, from where the squares start.
    const [line1 = '', line2, line3] = wrapLines(line, k * (slot + GAP) + slot - left, TYPE.label, 3);
    marks.push(
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: left,
        y: top - 22 - NAME - 0.6 * TYPE.big,
        text: value,
        anchor: 'start',
        tone: 'ink',
        size: 'big',
        count,
      },
      {
        type: 'text',
        id: `${fact.id}-label`,
        x: left,
        // Its lines (one to three) about the middle of the room kept for three, in every language alike.
        y: top - 8 - NAME / 2,
        text: line1,
        line2,
        line3,
        anchor: 'start',
        tone: 'ink',
        size: 'label',
      },
    );
    for (let i = 0; i < whole; i += 1) {
      const row = Math.floor(i / columns);
      const filled = i < fact.value;
      squares.push({
        type: 'rect',
        id: `${fact.id}-unit-${i}`,
        x: left + (i % columns) * step,
        y: top + row * step,
        width: step * FILL,
        height: step * FILL,
        grow: filled ? 'up' : 'none',
        tone: filled ? 'primary' : 'track',
        // A row at a time: a whole fills in a second or so, not a square at a time.
        step: 2 * facts.length + Math.floor((row * 10) / rows),
      });
    }
    table.push({ label: labelOf(input, fact.id), value });
  });
  return chartOf('waffle', input, { marks: [...marks, ...squares], table });
}
