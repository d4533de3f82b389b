import { resolve } from 'node:path';
import type PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { loadChecked } from '../../build/report-plugin.ts';
import { slidesOf, type Block, type ChartKind } from '../../deck/spec.ts';
import { toPayload } from '../../deck/payload.ts';
import { chartSpec } from '../../deck/chart-spec.ts';
import { LABEL_GAP } from '../../charts/layout.ts';
import type { TextMark } from '../../charts/spec.ts';
import { exportContext } from './context.ts';
import { nativeCharts } from './charts.ts';

const payload = toPayload(loadChecked(resolve('data'), deck, resolve('.')), deck);
/** The size a chart is drawn at on a slide, and its frame on a PowerPoint slide: slide pixels both. */
const SIZE = { width: 1152, height: 440 };

/** The deck's charts of the kinds PowerPoint draws with a column of names left of the plot. */
const charts = slidesOf(payload.deck)
  .flatMap((s) => s.blocks ?? [])
  .filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart')
  .filter((b) => ['bars', 'growth-ranks', 'targets', 'days'].includes(b.chart))
  .map((b) => ({ kind: b.chart, facts: b.facts }));

/** What a native chart puts on a slide: the chart's categories and where its plot area is. */
function drawnNatively(kind: ChartKind, facts: string[], x: Awaited<ReturnType<typeof exportContext>>) {
  const added: { labels: string[]; layout: { x: number } }[] = [];
  const slide = {
    addChart: (_type: unknown, data: { labels: string[] }[], options: { layout: { x: number } }) =>
      void added.push({ labels: data[0]!.labels, layout: options.layout }),
    addText: () => undefined,
  } as unknown as PptxGenJS.Slide;
  const box = { x: 0, y: 0, w: SIZE.width, h: SIZE.height };
  nativeCharts[kind]!(
    slide,
    facts.map((id) => ({ ...payload.facts[id]!, id })),
    box,
    x,
  );
  expect(added).toHaveLength(1);
  return { names: added[0]!.labels, column: added[0]!.layout.x * SIZE.width };
}

describe('the same chart on a slide and in PowerPoint', () => {
  it('should be drawn for every kind PowerPoint draws with a column of names', () => {
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set(['bars', 'growth-ranks', 'targets', 'days']));
  });

  describe.each(payload.meta.languages)('in %s', (language) => {
    it.each(charts.map((c) => [`${c.kind} ${c.facts.join(' ')}`, c] as const))(
      'should place the same names in the same column: %s',
      async (_name, { kind, facts }) => {
        const x = await exportContext(payload, language);
        const svg = chartSpec(kind, facts, x.deck, language, SIZE);
        const labels = facts.map((id) => svg.marks.find((m): m is TextMark => m.id === `${id}-label`)!);
        expect(labels.every(Boolean), 'a name mark per fact').toBe(true);
        const svgColumns = new Set(labels.map((mark) => mark.x + LABEL_GAP));
        expect(svgColumns.size, 'one column of names').toBe(1);

        const pptx = drawnNatively(kind, facts, x);
        expect(pptx.column).toBeCloseTo([...svgColumns][0]!, 1);
        const names = facts.map((id) => x.words(`facts.${id}`));
        expect(pptx.names).toEqual(names);
        labels.forEach((mark, i) => expect(names[i]!.startsWith(mark.text), mark.id).toBe(true));
      },
    );
  });
});
