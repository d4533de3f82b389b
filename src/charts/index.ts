import type { ChartSpec } from './spec.ts';
import { chartKinds, isChartKind, type ChartKind } from './kinds.ts';

export { chartKinds, isChartKind, type ChartKind };

/** The size a chart is laid out at before its box on the slide is known (a slide not yet shown), in slide pixels. */
export const CHART_SIZE = { width: 1152, height: 440 };

export interface ChartSize {
  width: number;
  height: number;
}

/** Names (label-size text) get the other language's name beneath them, unless either already wraps. */
export function withSecondNames(lead: ChartSpec, other: ChartSpec): ChartSpec {
  const names = new Map(
    other.marks.flatMap((m) => (m.type === 'text' && m.size === 'label' ? [[m.id, m] as const] : [])),
  );
  const marks = lead.marks.map((mark) => {
    const name = mark.type === 'text' && mark.size === 'label' ? names.get(mark.id) : undefined;
    if (mark.type !== 'text' || !name || mark.line2 || name.line2 || name.text === mark.text) return mark;
    return { ...mark, line2: name.text };
  });
  return { ...lead, marks };
}
