import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../report/load.ts';
import { normaliseSource } from '../source/normalise.ts';
import { extract } from './extract.ts';
import { compare, precision } from './recall.ts';
import { loadTermBase } from './terms.ts';

/** The draft measured against this project's own report, whose facts were made by hand, and against the test report. */
const report = loadReport('data', '.');
const drafted = extract(report.source, report.meta, loadTermBase()).facts;

describe('the draft of the project’s report', () => {
  it('finds at least 95 % of the hand-made facts with the same value, unit and kind, quoting the figure', () => {
    const comparison = compare(report.facts, drafted, report.source);
    const found = comparison.filter((c) => c.found);
    const share = found.length / comparison.length;
    console.log(
      `recall: ${found.length}/${comparison.length} (${(share * 100).toFixed(1)} %)` +
        comparison
          .filter((c) => !c.found)
          .map((c) => `\n  missed ${c.id}: ${c.why}`)
          .join(''),
    );
    expect(comparison.length).toBeGreaterThan(150);
    expect(share).toBeGreaterThanOrEqual(0.95);
    for (const c of found) expect(report.source.includes(c.drafted!.fact.quote)).toBe(true);
  });

  it('drafts at least 95 % real figures: none at a page number, date, list number, year or id', () => {
    const { real, unjudged } = precision(report.facts, drafted, report.source);
    const share = real.length / drafted.length;
    console.log(
      `precision: ${real.length}/${drafted.length} (${(share * 100).toFixed(1)} %)` +
        unjudged.map((d) => `\n  not a curated figure: ${d.id} "${d.fact.quote}"`).join(''),
    );
    expect(drafted.length).toBeGreaterThan(150);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the draft of the test report', () => {
  const source = normaliseSource(
    readFileSync(resolve(import.meta.dirname, '__fixtures__/hewan/source.zh.txt'), 'utf8'),
  );
  const { facts, skipped } = extract(
    source,
    { languages: ['zh', 'en'], years: [2024, 2025], glossaryHeading: '名词解释' },
    loadTermBase(),
  );

  it('finds every figure written into it, and nothing else', () => {
    // Every figure of the text, in its order, as a person reads them.
    const review = [156.8, 5.6, 2, 15.2, 38.1, 46.7, 7.1, 1, 9.3, 48.5, 4.2, 8.6, 6.8, 35210, 5.1, 18640, 6.9];
    const work = [86, 112.4, 23, 11, 52.3, 4.5, 37, 58, -3.2, 4260, 6, 1.4];
    const plan = [6, 8, 10, 6, 5, 5.5, 90, 120, 3, 560, 4000];
    expect(facts.map((f) => f.fact.value)).toEqual([...review, ...work, ...plan]);
    expect(skipped.map((s) => `${s.text}:${s.reason}`)).toEqual([
      '3:page number',
      '1:list number',
      '2:list number',
      '3:list number',
    ]);
  });
});
