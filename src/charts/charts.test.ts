// @vitest-environment jsdom
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import type { ChartKind, DeckSpec } from '../deck/spec.ts';
import type { DeckContext } from '../deck/context.ts';
import { loadReport } from '../report/load.ts';
import { toPayload, type Payload } from '../deck/payload.ts';
import { createI18n } from '../i18n/create.ts';
import { engineResources } from '../i18n/engine.ts';
import type { Resource } from '../report/schema.ts';
import { chartInput, chartKinds } from './index.ts';
import { drawChart } from './render.ts';
import { textWidth } from './layout.ts';
import type { ChartSpec, Mark } from './spec.ts';
import { roundThreshold } from './threshold.ts';
import { daysInYear } from './days.ts';

/** Each kind over the real facts the deck gives it. */
const CASES: { name: string; kind: ChartKind; facts: string[] }[] = [
  {
    name: 'growth-ranks',
    kind: 'growth-ranks',
    facts: ['gdp-growth-2022', 'industry-growth-2022', 'investment-growth-2022', 'retail-growth-2022', 'revenue-growth-2022', 'deposits-growth-2022'],
  },
  { name: 'structure', kind: 'structure', facts: ['structure-primary-2022', 'structure-secondary-2022', 'structure-tertiary-2022'] },
  { name: 'income', kind: 'income', facts: ['urban-income-2022', 'rural-income-2022'] },
  {
    name: 'targets',
    kind: 'targets',
    facts: ['gdp-growth-2023', 'industry-growth-2023', 'investment-growth-2023', 'retail-growth-2023', 'revenue-growth-2023'],
  },
  {
    name: 'targets, with targets that have no 2022 result',
    kind: 'targets',
    facts: ['gdp-growth-2023', 'industry-growth-2023', 'investment-growth-2023', 'retail-growth-2023', 'revenue-growth-2023', 'unemployment-2023', 'cpi-2023'],
  },
  { name: 'threshold', kind: 'threshold', facts: ['grain-output-2022', 'grain-output-2023'] },
  { name: 'bars', kind: 'bars', facts: ['green-coverage-area-2022', 'park-area-2022'] },
  {
    name: 'bars of counts',
    kind: 'bars',
    facts: ['new-urban-jobs-2023', 'rural-labor-transfer-2023', 'reemployment-2023', 'returning-entrepreneurs-2023', 'hard-to-employ-2023'],
  },
  { name: 'days', kind: 'days', facts: ['good-air-days-2022', 'good-air-days-2023'] },
  { name: 'tiers', kind: 'tiers', facts: ['projects-over-1bn-2023', 'projects-over-500m-2023', 'projects-over-100m-2023'] },
  { name: 'tiers, wrapping', kind: 'tiers', facts: ['key-projects-provincial-2023', 'key-projects-city-2023'] },
];

const SIZES = { label: 22, value: 22, big: 40, small: 17 } as const;
const CJK = /[\u2E80-\u9FFF\uFF00-\uFFEF]/u;

type TextMark = Extract<Mark, { type: 'text' }>;
interface Box {
  id: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a text mark roughly is: its widest line from its anchor, and one or two lines about `y`. */
function textBox(mark: TextMark): Box {
  const size = SIZES[mark.size];
  const width = Math.max(textWidth(mark.text, size), textWidth(mark.line2 ?? '', size));
  const left = mark.anchor === 'start' ? mark.x : mark.anchor === 'middle' ? mark.x - width / 2 : mark.x - width;
  const [up, down] = mark.line2 ? [1.3, 0.85] : [0.5, 0.5];
  return { id: mark.id, left, right: left + width, top: mark.y - up * size, bottom: mark.y + down * size };
}

function shapeBox(mark: Exclude<Mark, TextMark>): Box {
  switch (mark.type) {
    case 'rect':
      return { id: mark.id, left: mark.x, right: mark.x + mark.width, top: mark.y, bottom: mark.y + mark.height };
    case 'circle':
      return { id: mark.id, left: mark.cx - mark.r, right: mark.cx + mark.r, top: mark.cy - mark.r, bottom: mark.cy + mark.r };
    case 'line':
      return { id: mark.id, left: Math.min(mark.x1, mark.x2), right: Math.max(mark.x1, mark.x2), top: Math.min(mark.y1, mark.y2), bottom: Math.max(mark.y1, mark.y2) };
  }
}

/** Overlap of more than a pixel each way (estimates of text width are rough). */
function overlap(a: Box, b: Box): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
}

/** Everything about a mark but its words. */
function geometry(mark: Mark): Record<string, unknown> {
  if (mark.type !== 'text') return mark;
  const { id, x, y, anchor, size, tone } = mark;
  return { id, x, y, anchor, size, tone };
}

let payload: Payload;
const contexts: Record<string, DeckContext> = {};
const specs: Record<string, Record<string, ChartSpec>> = {};

function build(kind: ChartKind, facts: string[], language: string): ChartSpec {
  return chartKinds[kind]!(chartInput(facts, contexts[language]!, language));
}

beforeAll(async () => {
  const deck: DeckSpec = { title: 'deck.title', description: 'deck.description', entries: [] };
  payload = toPayload(loadReport(resolve(import.meta.dirname, '../../data')), deck);
  for (const language of payload.meta.languages) {
    const i18n: I18n = await createI18n(payload.resources, payload.meta.languages, language);
    contexts[language] = { payload, i18n };
  }
  for (const { name, kind, facts } of CASES) {
    specs[name] = Object.fromEntries(payload.meta.languages.map((lng) => [lng, build(kind, facts, lng)]));
  }
});

describe.each(CASES)('$name chart', ({ name, kind }) => {
  it.each(['zh', 'en'])('draws the same SVG as before in %s', (language) => {
    const spec = specs[name]![language]!;
    expect(spec.language).toBe(language);
    expect(spec.kind).toBe(kind);
    expect(drawChart(spec).outerHTML).toMatchSnapshot();
  });

  it.each(['zh', 'en'])('has finite geometry inside the chart in %s', (language) => {
    const spec = specs[name]![language]!;
    expect(spec.marks.length).toBeGreaterThan(0);
    expect(new Set(spec.marks.map((m) => m.id)).size).toBe(spec.marks.length);
    for (const mark of spec.marks) {
      for (const [key, value] of Object.entries(mark)) {
        if (typeof value === 'number') expect(Number.isFinite(value), `${mark.id}.${key}`).toBe(true);
      }
      if (mark.type === 'rect') {
        expect(mark.width, `${mark.id}.width`).toBeGreaterThanOrEqual(0);
        expect(mark.height, `${mark.id}.height`).toBeGreaterThanOrEqual(0);
      }
      if (mark.type === 'circle') expect(mark.r, `${mark.id}.r`).toBeGreaterThanOrEqual(0);
      const box = mark.type === 'text' ? textBox(mark) : shapeBox(mark);
      expect(box.left, `${mark.id} left`).toBeGreaterThanOrEqual(-1);
      expect(box.right, `${mark.id} right`).toBeLessThanOrEqual(spec.width + 1);
      expect(box.top, `${mark.id} top`).toBeGreaterThanOrEqual(-1);
      expect(box.bottom, `${mark.id} bottom`).toBeLessThanOrEqual(spec.height + 1);
    }
  });

  it.each(['zh', 'en'])('has no text over another text or a shape in %s', (language) => {
    const spec = specs[name]![language]!;
    const texts = spec.marks.filter((m): m is TextMark => m.type === 'text').map(textBox);
    const shapes = spec.marks.filter((m): m is Exclude<Mark, TextMark> => m.type !== 'text').map(shapeBox);
    const clashes: string[] = [];
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) if (overlap(a, b)) clashes.push(`${a.id} × ${b.id}`);
      for (const b of shapes) if (overlap(a, b)) clashes.push(`${a.id} × ${b.id}`);
    });
    expect(clashes).toEqual([]);
  });

  it('lays out the same geometry in every language', () => {
    const [first, ...rest] = payload.meta.languages.map((lng) => specs[name]![lng]!);
    for (const other of rest) {
      expect(other.marks.filter((m) => m.type !== 'text')).toEqual(first!.marks.filter((m) => m.type !== 'text'));
      // Text keeps its place too: switching language only swaps the words.
      expect(other.marks.map(geometry)).toEqual(first!.marks.map(geometry));
    }
  });

  it('has a title, a description and a table in each language, with no Chinese in English', () => {
    for (const language of payload.meta.languages) {
      const spec = specs[name]![language]!;
      expect(spec.title).not.toMatch(/charts\./);
      expect(spec.description).not.toMatch(/charts\.|\{\{/);
      expect(spec.table.length).toBeGreaterThan(0);
      for (const row of spec.table) expect(`${row.label} ${row.value}`).not.toMatch(/charts\.|\{\{|\u0000/);
      for (const mark of spec.marks) if (mark.type === 'text') expect(`${mark.text}${mark.line2 ?? ''}`).not.toMatch(/charts\.|\{\{|\u0000/);
    }
    const en = specs[name]!.en!;
    const texts = [en.title, en.description, ...en.table.flatMap((r) => [r.label, r.value])];
    for (const mark of en.marks) if (mark.type === 'text') texts.push(mark.text, mark.line2 ?? '');
    expect(texts.filter((t) => CJK.test(t))).toEqual([]);
  });
});

describe('chart words', () => {
  const keys = (resource: Resource, prefix = ''): string[] => Object.entries(resource).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`)));

  it('has the same keys under charts.* in every language, and no Chinese in English', () => {
    const zh = keys(engineResources.zh!.charts as Resource).sort();
    expect(keys(engineResources.en!.charts as Resource).sort()).toEqual(zh);
    for (const kind of Object.keys(chartKinds))
      expect(
        zh.some((k) => k.startsWith(`${kind}.`)),
        kind,
      ).toBe(true);
    const english = JSON.stringify(engineResources.en!.charts);
    expect(english).not.toMatch(CJK);
  });
});

describe('chart kinds on the data', () => {
  const text = (spec: ChartSpec, id: string) => spec.marks.find((m): m is TextMark => m.type === 'text' && m.id === id);

  it('structure: segments fill the width in proportion to the parts', () => {
    const spec = specs.structure!.zh!;
    const rects = spec.marks.filter((m) => m.type === 'rect');
    expect(rects.map((r) => r.tone)).toEqual(['primary', 'secondary', 'accent']);
    expect(rects.reduce((sum, r) => sum + (r.type === 'rect' ? r.width : 0), 0)).toBeCloseTo(spec.width, 6);
    expect(spec.description).toContain('24:34.6:41.4');
  });

  it('income: the ratio is computed from the two incomes', () => {
    const ratio = (32175 / 17179).toFixed(2);
    expect(ratio).toBe('1.87');
    expect(text(specs.income!.zh!, 'ratio')!.line2).toBe(`${ratio}:1`);
    expect(text(specs.income!.en!, 'ratio')!.line2).toBe(`${ratio} : 1`);
    expect(specs.income!.en!.marks.filter((m) => m.type === 'rect').every((m) => m.type === 'rect' && m.grow === 'up')).toBe(true);
  });

  it('targets: each target is paired with the 2022 figure of its measure, and drawn alone without one', () => {
    const spec = specs['targets, with targets that have no 2022 result']!.en!;
    const results = spec.marks.filter((m) => m.type === 'circle' && m.id.endsWith('-2023-result')).map((m) => m.id);
    expect(results).toEqual(['gdp-growth-2023', 'industry-growth-2023', 'investment-growth-2023', 'retail-growth-2023', 'revenue-growth-2023'].map((id) => `${id}-result`));
    expect(spec.marks.some((m) => m.id === 'unemployment-2023-target')).toBe(true);
    expect(spec.marks.some((m) => m.id === 'unemployment-2023-result' || m.id === 'cpi-2023-result')).toBe(false);
    expect(text(spec, 'gdp-growth-2023-result-value')!.text).toBe('5.4%');
    expect(text(spec, 'gdp-growth-2023-target-value')!.text).toBe('around 7.5%');
    expect(text(spec, 'legend-result-label')!.text).toBe('2022 result');
    expect(text(spec, 'legend-target-label')!.text).toBe('2023 target');
    const zero = spec.marks.find((m) => m.id === 'legend-result');
    expect(zero?.type === 'circle' && zero.cx).toBeGreaterThan(0);
  });

  it.each([7.4, 7.5, 0.2])('targets: a 2022 result of %s (close to the target, or no room on its left) goes above, the target below', (value) => {
    const input = chartInput(['gdp-growth-2023', 'investment-growth-2023'], contexts.en!, 'en');
    input.all = { ...input.all, 'gdp-growth-2022': { ...input.all['gdp-growth-2022']!, value } };
    const spec = chartKinds.targets!(input);
    const circle = spec.marks.find((m) => m.id === 'gdp-growth-2023-target');
    const mid = circle?.type === 'circle' ? circle.cy : NaN;
    const result = text(spec, 'gdp-growth-2023-result-value')!;
    const target = text(spec, 'gdp-growth-2023-target-value')!;
    expect(result.y).toBeLessThan(mid);
    expect(target.y).toBeGreaterThan(mid);
    const boxes = spec.marks.filter((m): m is TextMark => m.type === 'text').map(textBox);
    const shapes = spec.marks.filter((m): m is Exclude<Mark, TextMark> => m.type !== 'text').map(shapeBox);
    for (const box of [textBox(result), textBox(target)]) {
      expect(boxes.filter((b) => b.id !== box.id && overlap(b, box))).toEqual([]);
      expect(shapes.filter((b) => overlap(b, box))).toEqual([]);
    }
  });

  it('targets: a fact in another unit cannot share the scale', () => {
    expect(() => build('targets', ['gdp-growth-2023', 'urbanization-2023'], 'en')).toThrow(/urbanization-2023/);
  });

  it('threshold: the round mark is computed from the result', () => {
    expect(roundThreshold(113.5)).toBe(100);
    expect(roundThreshold(96)).toBe(10);
    expect(roundThreshold(0.35)).toBe(0.1);
    expect(text(specs.threshold!.zh!, 'threshold-label')!.text).toBe('100万吨大关');
    expect(text(specs.threshold!.en!, 'threshold-label')!.text).toBe('1 million metric tons mark');
    const line = specs.threshold!.en!.marks.find((m) => m.id === 'threshold');
    expect(line?.type === 'line' && line.dash).toBe(true);
  });

  it('bars: facts in different units are refused, naming them', () => {
    expect(() => build('bars', ['green-coverage-area-2022', 'park-area-per-capita-2022'], 'en')).toThrow(/green-coverage-area-2022.*park-area-per-capita-2022/);
    expect(() => build('bars', ['demo-cooperatives-2022', 'key-projects-2022'], 'en')).toThrow(/demo-cooperatives-2022/);
  });

  it('days: each count of days is set against its year, with its share', () => {
    expect(daysInYear(2022)).toBe(365);
    expect(daysInYear(2024)).toBe(366);
    expect(text(specs.days!.zh!, 'good-air-days-2022-value')!.text).toBe('275天 / 365天');
    expect(text(specs.days!.en!, 'good-air-days-2023-value')!.text).toBe('over 275 days of 365');
    expect(text(specs.days!.en!, 'good-air-days-2022-share')!.text).toBe('75.3% of the year');
    expect(text(specs.days!.zh!, 'good-air-days-2023-share')!.text).toBe('占全年75.3%以上');
  });

  it('tiers: one square per project', () => {
    for (const name of ['tiers', 'tiers, wrapping']) {
      const spec = specs[name]!.en!;
      const squares = spec.marks.filter((m) => m.type === 'rect');
      const total = name === 'tiers' ? 6 + 10 + 15 : 44 + 89;
      expect(squares).toHaveLength(total);
    }
    const wrapped = specs['tiers, wrapping']!.en!.marks.filter((m) => m.type === 'rect' && m.id.startsWith('key-projects-city-2023'));
    expect(new Set(wrapped.map((m) => (m.type === 'rect' ? m.y : 0))).size).toBeGreaterThan(1);
  });
});
