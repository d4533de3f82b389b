import { formatNumber, renderQuantity, toQuantity } from '../format/units.ts';
import type { ChartInput, ChartSpec, Mark, Tone } from './spec.ts';
import { textWidth, TYPE, wrap } from './layout.ts';
import { chartOf, labelOf, widestFigure } from './base.ts';

const GAP = 12;
/** The design's own height: in a taller or shorter box it is centred. */
const DESIGN_HEIGHT = 440;
const BAR_TOP = 180;
const BAR_HEIGHT = 100;
const NAME_Y = 140;
const VALUE_Y = 330;
const TONES: Tone[] = ['primary', 'secondary', 'accent'];

/**
 * Spreads centred labels apart so none overlaps its neighbour or leaves the
 * chart: pushed right where they crowd, then back left from the right edge.
 */
function spread(centres: number[], halves: number[], width: number, gap: number): number[] {
  const at = [...centres];
  for (let i = 0; i < at.length; i += 1) {
    const floor = i === 0 ? halves[0]! : at[i - 1]! + halves[i - 1]! + gap + halves[i]!;
    at[i] = Math.max(at[i]!, floor);
  }
  for (let i = at.length - 1; i >= 0; i -= 1) {
    const ceiling = i === at.length - 1 ? width - halves[i]! : at[i + 1]! - halves[i + 1]! - gap - halves[i]!;
    at[i] = Math.min(at[i]!, ceiling);
  }
  return at;
}

/** The parts of a whole (industry structure 24 : 34.6 : 41.4) as one 100 % stacked bar. */
export function structure(input: ChartInput): ChartSpec {
  const { facts, words, language, width } = input;
  const total = facts.reduce((sum, f) => sum + f.value, 0);
  if (!(total > 0))
    throw new Error(`structure: the parts ${facts.map((f) => f.id).join(', ')} do not add up to a positive whole`);

  const segments = facts.reduce<{ x: number; width: number }[]>((acc, fact) => {
    const x = acc.length ? acc[acc.length - 1]!.x + acc[acc.length - 1]!.width : 0;
    return [...acc, { x, width: (fact.value / total) * width }];
  }, []);
  /** Names wrap to their segment; the room each label needs is its widest in any language. */
  const wrapWidth = segments.map((s) => Math.max(s.width - GAP, 140));
  const halves = facts.map((fact, i) => {
    const name = Math.max(
      ...Object.values(input.labels).map((byId) => {
        const [line1, line2] = wrap(byId[fact.id]!, wrapWidth[i]!, TYPE.label);
        return Math.max(textWidth(line1, TYPE.label), textWidth(line2 ?? '', TYPE.label));
      }),
    );
    const value = widestFigure(input, [fact], 'big');
    return Math.max(name, value) / 2;
  });
  const centres = spread(
    segments.map((s) => s.x + s.width / 2),
    halves,
    width,
    GAP,
  );

  const dy = (input.height - DESIGN_HEIGHT) / 2;
  const marks: Mark[] = [];
  const table: ChartSpec['table'] = [];
  facts.forEach((fact, i) => {
    const segment = segments[i]!;
    const [line1, line2] = wrap(labelOf(input, fact.id), wrapWidth[i]!, TYPE.label);
    const q = toQuantity(fact, words, 'short');
    marks.push(
      {
        type: 'rect',
        id: `${fact.id}-bar`,
        x: segment.x,
        y: BAR_TOP + dy,
        width: segment.width,
        height: BAR_HEIGHT,
        grow: 'right',
        tone: TONES[i % TONES.length]!,
      },
      {
        type: 'text',
        id: `${fact.id}-label`,
        x: centres[i]!,
        y: NAME_Y + dy,
        text: line1,
        line2,
        anchor: 'middle',
        tone: 'ink',
        size: 'label',
      },
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: centres[i]!,
        y: VALUE_Y + dy,
        text: renderQuantity(q, language),
        anchor: 'middle',
        tone: 'ink',
        size: 'big',
        count: q,
      },
    );
    table.push({ label: labelOf(input, fact.id), value: renderQuantity(q, language) });
  });
  const ratio = facts
    .map((f) => formatNumber(f.value, language, toQuantity(f, words, 'short').decimals))
    .join(words('charts.structure.separator'));
  return chartOf('structure', input, { marks, table, terms: { ratio } });
}
