import type { ScaleBand, ScaleLinear } from 'd3-scale';
import { renderQuantity, toQuantity, type Quantity } from '../format/units.ts';
import type { ChartInput, Mark, Tone } from './spec.ts';
import { rowLabel } from './base.ts';

/** Room between a bar's end and its value. */
export const VALUE_GAP = 10;

/** One labelled horizontal bar: label right-aligned before `column`, bar from it, value after the bar. */
export function barRow(
  input: ChartInput,
  fact: ChartInput['facts'][number],
  scales: { x: ScaleLinear<number, number>; y: ScaleBand<string> },
  layout: { column: number; tone: Tone },
): { marks: Mark[]; quantity: Quantity; value: string } {
  const top = scales.y(fact.id)!;
  const mid = top + scales.y.bandwidth() / 2;
  const quantity = toQuantity(fact, input.words, 'short');
  const value = renderQuantity(quantity, input.language);
  const width = scales.x(fact.value);
  return {
    quantity,
    value,
    marks: [
      rowLabel(input, fact.id, layout.column, mid),
      {
        type: 'rect',
        id: `${fact.id}-bar`,
        x: layout.column,
        y: top,
        width,
        height: scales.y.bandwidth(),
        grow: 'right',
        tone: layout.tone,
      },
      {
        type: 'text',
        id: `${fact.id}-value`,
        x: layout.column + width + VALUE_GAP,
        y: mid,
        text: value,
        anchor: 'start',
        tone: 'ink',
        size: 'value',
        count: quantity,
      },
    ],
  };
}
