import { describe, expect, it } from 'vitest';
import { loadReport } from './load.ts';
import { figuresIn } from '../source/figures.ts';
import { quoteStatesValue } from './check.ts';
import { flattenKeys, lookup } from './resource.ts';
import { keysOfBlock, slidesOf } from '../deck/spec.ts';
import { deck } from '../../slides/index.ts';

const report = loadReport('data', '.');
const source = report.source;
const partOne = source.indexOf('\n一、');
const partThree = source.indexOf('\n三、');

/** Positions in the source of the figures that facts state: the value's digits inside each occurrence of its quote. */
function coveredPositions(): Set<number> {
  const covered = new Set<number>();
  for (const fact of Object.values(report.facts)) {
    const digits = String(fact.value);
    for (let at = source.indexOf(fact.quote); at >= 0; at = source.indexOf(fact.quote, at + 1)) {
      for (const figure of figuresIn(fact.quote)) {
        if (figure.text === digits) covered.add(at + figure.index);
      }
    }
  }
  return covered;
}

describe('figures of parts one and two', () => {
  it.each([
    ['a year', '回顾2022年，', []],
    ['a date', '2023年5月11日在', []],
    ['an enumerator', '。1.完成农村户厕改造4713户。', ['4713']],
    ['a name with digits', '华鼎电气5G智慧杆塔、PM2.5平均浓度', []],
    ['a name in quotes', '“593460”', []],
    ['an amount and a percent', '完成292.1亿元，增长5.4%', ['292.1', '5.4']],
  ])('tells a figure from %s', (_title, text, expected) => {
    expect(figuresIn(text).map((f) => f.text)).toEqual(expected);
  });

  it('are at least 95 % stated by a fact', () => {
    const figures = figuresIn(source, partOne, partThree);
    const covered = coveredPositions();
    const missing = figures.filter((f) => !covered.has(f.index));
    const share = 1 - missing.length / figures.length;
    console.log(
      `fact coverage of parts one and two: ${figures.length - missing.length}/${figures.length} figures (${(share * 100).toFixed(1)} %)` +
        (missing.length
          ? `\nnot stated by a fact:\n${missing.map((f) => `  ${f.text} in …${source.slice(f.index - 12, f.index + 10)}…`).join('\n')}`
          : ''),
    );
    expect(figures.length).toBeGreaterThan(150);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('pairs 2022 results with 2023 targets of the same measure', () => {
    const byMeasure = new Map<string, Set<number>>();
    for (const fact of Object.values(report.facts)) {
      if (fact.measure) byMeasure.set(fact.measure, (byMeasure.get(fact.measure) ?? new Set()).add(fact.year));
    }
    for (const measure of ['gdp-growth', 'new-urban-jobs', 'good-air-days', 'grain-output']) {
      expect([...(byMeasure.get(measure) ?? [])].sort(), measure).toEqual([2022, 2023]);
    }
  });

  it('states the value of every fact in its quote', () => {
    for (const fact of Object.values(report.facts))
      expect(quoteStatesValue(fact.quote, fact.value), fact.quote).toBe(true);
  });
});

/** The fact ids a slide names: figures and charts it draws, and `[[fact]]` tokens in its text and notes, in any language. */
function factsOfSlides(): { onScreen: Set<string>; inNotes: Set<string> } {
  const onScreen = new Set<string>();
  const inNotes = new Set<string>();
  const tokensOf = (key: string, into: Set<string>) => {
    for (const resource of Object.values(report.resources)) {
      const under =
        lookup(resource, key) !== undefined ? [key] : flattenKeys(resource).filter((k) => k.startsWith(`${key}.`));
      for (const k of under)
        for (const match of (lookup(resource, k) ?? '').matchAll(/\[\[([a-z0-9-]+)\]\]/g)) into.add(match[1]!);
    }
  };
  for (const slide of slidesOf(deck)) {
    for (const key of [slide.kicker, slide.title, slide.subtitle]) if (key) tokensOf(key, onScreen);
    for (const block of slide.blocks ?? []) {
      if ('facts' in block) block.facts.forEach((id) => onScreen.add(id));
      keysOfBlock(block).forEach((key) => tokensOf(key, onScreen));
    }
    tokensOf(slide.notes, inNotes);
  }
  return { onScreen, inNotes };
}

/** The report's headline indicators of 2022: the figures its review opens with. */
const HEADLINE = [
  'gdp-2022',
  'gdp-growth-2022',
  'gdp-growth-rank-2022',
  'industry-growth-2022',
  'industry-growth-rank-2022',
  'investment-growth-2022',
  'investment-growth-rank-2022',
  'retail-2022',
  'retail-growth-2022',
  'revenue-2022',
  'revenue-growth-2022',
  'deposits-2022',
  'deposits-growth-2022',
  'loans-2022',
  'loans-growth-2022',
  'urban-income-2022',
  'urban-income-growth-2022',
  'rural-income-2022',
  'rural-income-growth-2022',
];

describe('facts of the deck', () => {
  const { onScreen, inNotes } = factsOfSlides();

  it('shows or speaks every fact of data/: none is on no slide and in no notes', () => {
    const nowhere = Object.keys(report.facts).filter((id) => !onScreen.has(id) && !inNotes.has(id));
    expect(nowhere).toEqual([]);
  });

  it('puts the report’s headline indicators on a slide, not only in the notes', () => {
    expect(HEADLINE.filter((id) => !report.facts[id])).toEqual([]);
    expect(HEADLINE.filter((id) => !onScreen.has(id))).toEqual([]);
  });
});
