// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { engineResources } from '../../i18n/engine.ts';
import type { Resource } from '../../report/schema.ts';
import { chartKinds, withSecondNames } from '../index.ts';
import { drawChart } from '../render.ts';
import { sizeOf, textWidth, TYPE, weightOf } from '../layout.ts';
import type { ChartSpec, Mark, TextMark } from '../spec.ts';
import { roundThreshold } from '../threshold.ts';
import { daysInYear } from '../days.ts';
import { CASES, fixtureI18n, fixtureInput, LANGUAGES, SIZE, type Case } from './fixtures.ts';
import { prettySvg } from './pretty.ts';

const CJK = /[\u2E80-\u9FFF\uFF00-\uFFEF]/u;

interface Box {
  id: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a text mark roughly is: its widest line from its anchor, and one or two lines about `y`. */
function textBox(mark: TextMark): Box {
  const size = sizeOf(mark);
  const weight = weightOf(mark.size);
  const width = Math.max(
    textWidth(mark.text, size, weight),
    textWidth(mark.line2 ?? '', size, weight),
    textWidth(mark.line3 ?? '', size, weight),
  );
  const left = mark.anchor === 'start' ? mark.x : mark.anchor === 'middle' ? mark.x - width / 2 : mark.x - width;
  const [up, down] = mark.line3 ? [1.85, 1.35] : mark.line2 ? [1.3, 0.85] : [0.5, 0.5];
  return { id: mark.id, left, right: left + width, top: mark.y - up * size, bottom: mark.y + down * size };
}

function shapeBox(mark: Exclude<Mark, TextMark>): Box {
  switch (mark.type) {
    case 'rect':
      return { id: mark.id, left: mark.x, right: mark.x + mark.width, top: mark.y, bottom: mark.y + mark.height };
    case 'circle':
      return {
        id: mark.id,
        left: mark.cx - mark.r,
        right: mark.cx + mark.r,
        top: mark.cy - mark.r,
        bottom: mark.cy + mark.r,
      };
    case 'line':
      return {
        id: mark.id,
        left: Math.min(mark.x1, mark.x2),
        right: Math.max(mark.x1, mark.x2),
        top: Math.min(mark.y1, mark.y2),
        bottom: Math.max(mark.y1, mark.y2),
      };
  }
}

/** Overlap of more than a pixel each way (estimates of text width are rough). */
function overlap(a: Box, b: Box): boolean {
  return (
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
  );
}

/** Everything about a mark but its words. */
function geometry(mark: Mark): Record<string, unknown> {
  if (mark.type !== 'text') return mark;
  const { id, x, y, anchor, size, tone } = mark;
  return { id, x, y, anchor, size, tone };
}

const texts = (spec: ChartSpec) => spec.marks.filter((m): m is TextMark => m.type === 'text');
const text = (spec: ChartSpec, id: string) => texts(spec).find((m) => m.id === id);

let i18n: I18n;
const build = ({ kind, facts, size }: Pick<Case, 'kind' | 'facts' | 'size'>, language: string): ChartSpec =>
  chartKinds[kind](fixtureInput(i18n, facts, language, size));
/** The bilingual mode: the first language, each name with the second's beneath. */
const bilingual = (c: Case) => withSecondNames(build(c, LANGUAGES[0]!), build(c, LANGUAGES[1]!));

beforeAll(async () => {
  i18n = await fixtureI18n();
});

describe.each(CASES)('$name chart', (c) => {
  it.each(LANGUAGES)('draws the same SVG as before in %s', async (language) => {
    const spec = build(c, language);
    expect(spec.language).toBe(language);
    expect(spec.kind).toBe(c.kind);
    await expect(`${prettySvg(drawChart(spec))}\n`).toMatchFileSnapshot(`output/${c.name}.${language}.svg`);
  });

  it('draws the same SVG as before with both languages', async () => {
    await expect(`${prettySvg(drawChart(bilingual(c)))}\n`).toMatchFileSnapshot(
      `output/${c.name}.${LANGUAGES.join('-')}.svg`,
    );
  });

  it.each(LANGUAGES)('has finite geometry inside its box in %s', (language) => {
    const spec = build(c, language);
    expect([spec.width, spec.height]).toEqual([c.size?.width ?? SIZE.width, c.size?.height ?? SIZE.height]);
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
      const box = mark.type === 'text' ? textBox(mark) : shapeBox(mark);
      expect(box.left, `${mark.id} left`).toBeGreaterThanOrEqual(-1);
      expect(box.right, `${mark.id} right`).toBeLessThanOrEqual(spec.width + 1);
      expect(box.top, `${mark.id} top`).toBeGreaterThanOrEqual(-1);
      expect(box.bottom, `${mark.id} bottom`).toBeLessThanOrEqual(spec.height + 1);
    }
  });

  it.each([...LANGUAGES, LANGUAGES.join('-')])('has no text over another text or a shape in %s', (mode) => {
    const spec = mode.includes('-') ? bilingual(c) : build(c, mode);
    const boxes = texts(spec).map(textBox);
    const shapes = spec.marks.filter((m): m is Exclude<Mark, TextMark> => m.type !== 'text').map(shapeBox);
    const clashes: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) if (overlap(a, b)) clashes.push(`${a.id} × ${b.id}`);
      for (const b of shapes) if (overlap(a, b)) clashes.push(`${a.id} × ${b.id}`);
    });
    expect(clashes).toEqual([]);
  });

  it('lays out the same geometry in every language', () => {
    const [first, ...rest] = LANGUAGES.map((lng) => build(c, lng));
    for (const other of rest) {
      expect(other.marks.filter((m) => m.type !== 'text')).toEqual(first!.marks.filter((m) => m.type !== 'text'));
      // Text keeps its place too: switching language only swaps the words.
      expect(other.marks.map(geometry)).toEqual(first!.marks.map(geometry));
    }
  });

  it('has a title, a description and a table in each language, with no Chinese in English', () => {
    for (const language of LANGUAGES) {
      const spec = build(c, language);
      expect(spec.title).not.toMatch(/charts\./);
      expect(spec.description).not.toMatch(/charts\.|\{\{/);
      expect(spec.table.length).toBeGreaterThan(0);
      for (const row of spec.table) expect(`${row.label} ${row.value}`).not.toMatch(/charts\.|\{\{|\u0000/);
      for (const mark of texts(spec))
        expect(`${mark.text}${mark.line2 ?? ''}${mark.line3 ?? ''}`).not.toMatch(/charts\.|\{\{|\u0000/);
    }
    const en = build(c, 'en');
    const words = [
      en.title,
      en.description,
      ...en.table.flatMap((r) => [r.label, r.value]),
      ...texts(en).flatMap((m) => [m.text, m.line2 ?? '', m.line3 ?? '']),
    ];
    expect(words.filter((t) => CJK.test(t))).toEqual([]);
  });
});

describe('chart typography', () => {
  it('lays a chart out in the box it is given, so its text is drawn at its own size', () => {
    const small = build(
      { kind: 'bars', facts: ['new-orchards-2022', 'new-parks-2022'], size: { width: 900, height: 200 } },
      'en',
    );
    const svg = drawChart(small);
    expect(svg.getAttribute('viewBox')).toBe('0 0 900 200');
    const label = svg.querySelector<SVGTextElement>('[data-mark="new-parks-2022-label"]')!;
    expect(label.style.fontSize).toBe(`${TYPE.label}px`);
  });
});

describe('chart words', () => {
  const keys = (resource: Resource, prefix = ''): string[] =>
    Object.entries(resource).flatMap(([key, value]) =>
      typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
    );

  it('has the same keys under charts.* in every language, and no Chinese in English', () => {
    const zh = keys(engineResources.zh!.charts as Resource).sort();
    expect(keys(engineResources.en!.charts as Resource).sort()).toEqual(zh);
    for (const kind of Object.keys(chartKinds))
      expect(
        zh.some((k) => k.startsWith(`${kind}.`)),
        kind,
      ).toBe(true);
    expect(JSON.stringify(engineResources.en!.charts)).not.toMatch(CJK);
  });
});

describe('chart kinds', () => {
  it('growth-ranks: a rate has its rank where a rank fact names its measure, and none elsewhere', () => {
    const spec = build(
      CASES.find((c) => c.name === 'growth-ranks')!,
      'en',
    );
    expect(text(spec, 'orchard-growth-2022-rank')!.text).toBe('2nd');
    expect(text(spec, 'cider-growth-2022-rank')).toBeUndefined();
    expect(spec.marks.find((m) => m.id === 'cider-growth-2022-bar')!.tone).toBe('secondary');
  });

  it('growth-ranks: with no rank among its rates, no rank column and no heading over one', () => {
    const ranked = build(
      CASES.find((c) => c.name === 'growth-ranks')!,
      'zh',
    );
    const unranked = build(
      CASES.find((c) => c.name === 'growth-unranked')!,
      'zh',
    );
    expect(text(ranked, 'rank-header')).toBeDefined();
    expect(text(unranked, 'rank-header')).toBeUndefined();
    expect(unranked.marks.some((m) => m.id.endsWith('-rank'))).toBe(false);
    // Every rate is drawn as a lead rate, and the value of the longest bar ends at the chart's edge.
    const bars = unranked.marks.filter((m) => m.type === 'rect');
    expect(bars.map((m) => m.type === 'rect' && m.tone)).toEqual(['primary', 'primary']);
    const ends = unranked.marks.flatMap((m) => (m.type === 'text' && m.id.endsWith('-value') ? [m.x] : []));
    expect(ends).toHaveLength(2);
    expect(Math.max(...ends)).toBeGreaterThan(unranked.width * 0.8);
  });

  it('structure: segments fill the width in proportion to the parts', () => {
    const spec = build(
      CASES.find((c) => c.name === 'structure')!,
      'zh',
    );
    const rects = spec.marks.filter((m) => m.type === 'rect');
    expect(rects.map((r) => r.tone)).toEqual(['primary', 'secondary', 'accent']);
    expect(rects.reduce((sum, r) => sum + (r.type === 'rect' ? r.width : 0), 0)).toBeCloseTo(spec.width, 6);
    expect(spec.description).toContain('18.5:31.5:50');
  });

  it('income: the ratio is computed from the two incomes', () => {
    const c = CASES.find((k) => k.name === 'income')!;
    expect(text(build(c, 'zh'), 'ratio')!.line2).toBe('2.00:1');
    expect(text(build(c, 'en'), 'ratio')!.line2).toBe('2.00 : 1');
    expect(
      build(c, 'en')
        .marks.filter((m) => m.type === 'rect')
        .every((m) => m.type === 'rect' && m.grow === 'up'),
    ).toBe(true);
  });

  it('targets: each target is paired with the year before of its measure, and drawn alone without one', () => {
    const spec = build(
      CASES.find((c) => c.name === 'targets')!,
      'en',
    );
    const results = spec.marks.filter((m) => m.type === 'circle' && m.id.endsWith('-2023-result')).map((m) => m.id);
    expect(results).toEqual(['orchard-growth-2023-result', 'cider-growth-2023-result']);
    expect(spec.marks.some((m) => m.id === 'jobless-2023-target')).toBe(true);
    expect(text(spec, 'orchard-growth-2023-result-value')!.text).toBe('6.2%');
    expect(text(spec, 'orchard-growth-2023-target-value')!.text).toBe('around 7%');
    expect(text(spec, 'legend-result-label')!.text).toBe('2022 result');
    expect(text(spec, 'legend-target-label')!.text).toBe('2023 target');
  });

  it.each([6.9, 7, 0.2])(
    'targets: a result of %s (close to the target, or no room on its left) goes above, the target below',
    (value) => {
      const input = fixtureInput(i18n, ['orchard-growth-2023', 'cider-growth-2023'], 'en');
      input.all = { ...input.all, 'orchard-growth-2022': { ...input.all['orchard-growth-2022']!, value } };
      const spec = chartKinds.targets(input);
      const circle = spec.marks.find((m) => m.id === 'orchard-growth-2023-target');
      const mid = circle?.type === 'circle' ? circle.cy : NaN;
      const result = text(spec, 'orchard-growth-2023-result-value')!;
      const target = text(spec, 'orchard-growth-2023-target-value')!;
      expect(result.y).toBeLessThan(mid);
      expect(target.y).toBeGreaterThan(mid);
      const boxes = texts(spec).map(textBox);
      const shapes = spec.marks.filter((m): m is Exclude<Mark, TextMark> => m.type !== 'text').map(shapeBox);
      for (const box of [textBox(result), textBox(target)]) {
        expect(boxes.filter((b) => b.id !== box.id && overlap(b, box))).toEqual([]);
        expect(shapes.filter((b) => overlap(b, box))).toEqual([]);
      }
    },
  );

  it.each([
    ['targets', ['orchard-growth-2023', 'clear-days-2023'], /clear-days-2023/],
    ['bars', ['new-orchards-2022', 'parks-per-person-2022'], /new-orchards-2022.*parks-per-person-2022/],
    ['income', ['town-pay-2022', 'new-parks-2022'], /new-parks-2022/],
  ] as const)('%s: facts in different units cannot share a scale, and are named', (kind, facts, named) => {
    expect(() => build({ kind, facts: [...facts] }, 'en')).toThrow(named);
  });

  it('threshold: the round mark is computed from the result', () => {
    expect(roundThreshold(113.5)).toBe(100);
    expect(roundThreshold(96)).toBe(10);
    expect(roundThreshold(0.35)).toBe(0.1);
    const c = CASES.find((k) => k.name === 'threshold')!;
    expect(text(build(c, 'zh'), 'threshold-label')!.text).toBe('100万吨大关');
    expect(text(build(c, 'en'), 'threshold-label')!.text).toBe('1 million metric tons mark');
    const line = build(c, 'en').marks.find((m) => m.id === 'threshold');
    expect(line?.type === 'line' && line.dash).toBe(true);
  });

  it('days: each count of days is set against its year, and no share the report does not state', () => {
    expect(daysInYear(2022)).toBe(365);
    expect(daysInYear(2024)).toBe(366);
    const c = CASES.find((k) => k.name === 'days')!;
    expect(text(build(c, 'zh'), 'clear-days-2022-value')!.text).toBe('301天 / 365天');
    expect(text(build(c, 'en'), 'clear-days-2023-value')!.text).toBe('over 305 days of 365');
    const shown = build(c, 'en').marks.flatMap((m) => (m.type === 'text' ? [m.text, m.line2, m.line3] : []));
    expect(shown.filter((t) => t && /%|percent/.test(t))).toEqual([]);
  });

  it('tiers: one square per thing, and a row too long for one line wraps', () => {
    const spec = build(
      CASES.find((c) => c.name === 'tiers')!,
      'en',
    );
    expect(spec.marks.filter((m) => m.type === 'rect')).toHaveLength(4 + 9 + 17);
    const wrapping = build(
      CASES.find((c) => c.name === 'tiers-wrapping')!,
      'en',
    );
    const carts = wrapping.marks.filter((m) => m.type === 'rect' && m.id.startsWith('new-carts-2023'));
    expect(carts).toHaveLength(140);
    expect(new Set(carts.map((m) => (m.type === 'rect' ? m.y : 0))).size).toBeGreaterThan(1);
  });

  it('shares: each share is a bar across a track of the whole, and only percentages are shares', () => {
    const spec = build(
      CASES.find((c) => c.name === 'shares')!,
      'en',
    );
    const track = spec.marks.find((m) => m.id === 'cider-cover-2022-whole');
    const share = spec.marks.find((m) => m.id === 'cider-cover-2022-share');
    expect(track?.type === 'rect' && share?.type === 'rect' && share.width / track.width).toBeCloseTo(0.375, 6);
    expect(text(spec, 'cider-cover-2022-value')!.text).toBe('37.5%');
    expect(() => build({ kind: 'shares', facts: ['new-parks-2022'] }, 'en')).toThrow(/new-parks-2022.*not shares/);
  });

  it('waffle: a whole of squares, the part filled: a hundred for a percentage, the days of its year for days', () => {
    const percent = build(
      CASES.find((c) => c.name === 'waffle-percent')!,
      'en',
    );
    const squares = (spec: ChartSpec, id: string) => spec.marks.filter((m) => m.type === 'rect' && m.id.startsWith(id));
    expect(squares(percent, 'orchard-cover-2022')).toHaveLength(100);
    expect(squares(percent, 'orchard-cover-2022').filter((m) => m.tone === 'primary')).toHaveLength(64);
    const days = build(
      CASES.find((c) => c.name === 'waffle-days')!,
      'zh',
    );
    expect(squares(days, 'clear-days-2022')).toHaveLength(365);
    expect(squares(days, 'clear-days-2022').filter((m) => m.tone === 'primary')).toHaveLength(301);
    expect(text(days, 'clear-days-2022-value')!.text).toBe('301天 / 365天');
    expect(
      text(
        build(
          CASES.find((c) => c.name === 'waffle-days')!,
          'en',
        ),
        'clear-days-2022-label',
      )!.text,
    ).toBe('Clear days');
    // A share that is not whole has no whole number of squares: the bars of `shares` draw it.
    expect(() => build({ kind: 'waffle', facts: ['cider-cover-2022'] }, 'en')).toThrow(/cider-cover-2022/);
  });

  it('tiers and waffle: many squares come up in a few steps, the names and figures first', () => {
    const wrapping = build(
      CASES.find((c) => c.name === 'tiers-wrapping')!,
      'en',
    );
    const steps = wrapping.marks.flatMap((m) => (m.type === 'rect' && m.step !== undefined ? [m.step] : []));
    expect(steps).toHaveLength(157);
    expect(Math.max(...steps)).toBeLessThan(40);
    const firstSquare = wrapping.marks.findIndex((m) => m.type === 'rect');
    expect(wrapping.marks.slice(firstSquare).every((m) => m.type === 'rect')).toBe(true);
  });

  it('a name too long for two lines of a narrow chart takes a third, inside the chart', () => {
    const spec = build(
      CASES.find((c) => c.name === 'tiers-narrow')!,
      'en',
    );
    const name = text(spec, 'big-presses-2023-label')!;
    expect(name.line3).toBeDefined();
    expect([name.text, name.line2, name.line3].join(' ')).toBe('Cider presses of over 10 tonnes a day');
    expect(textBox(name).left).toBeGreaterThanOrEqual(0);
  });
});
