import type { ScaleBand, ScaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity, type Quantity, type Words } from '../format/units.ts';
import type { ChartInput, Mark, Tone } from './spec.ts';
import { wrap } from './layout.ts';

/** The size labels are laid out for, in chart units. */
export const LABEL = 22;

/** One labelled horizontal bar: label right-aligned before `column`, bar from it, value after the bar. */
export function barRow(
  fact: ChartInput['facts'][number],
  scales: { x: ScaleLinear<number, number>; y: ScaleBand<string> },
  layout: { column: number; label: string; tone: Tone },
  text: { words: Words; language: string },
): { marks: Mark[]; quantity: Quantity; value: string } {
  const top = scales.y(fact.id)!;
  const mid = top + scales.y.bandwidth() / 2;
  const [line1, line2] = wrap(layout.label, layout.column - 16, LABEL);
  const quantity = toQuantity(fact, text.words, 'short');
  const value = renderQuantity(quantity, text.language);
  const width = scales.x(fact.value);
  return {
    quantity,
    value,
    marks: [
      { type: 'text', id: `${fact.id}-label`, x: layout.column - 16, y: mid, text: line1, line2, anchor: 'end', tone: 'ink', size: 'label' },
      { type: 'rect', id: `${fact.id}-bar`, x: layout.column, y: top, width, height: scales.y.bandwidth(), grow: 'right', tone: layout.tone },
      { type: 'text', id: `${fact.id}-value`, x: layout.column + width + 10, y: mid, text: value, anchor: 'start', tone: 'ink', size: 'value', count: quantity },
    ],
  };
}
