import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReport } from './load.ts';
import { checkQuotes, checkReport, quoteStatesValue } from './check.ts';
import { errorOf } from '../testing/data-error.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/ with one file changed by `edit`. */
function brokenCopy(file: string, edit: (json: any) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'deck-data-'));
  dirs.push(root);
  cpSync('data', join(root, 'data'), { recursive: true });
  const path = join(root, 'data', file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return root;
}

describe('loadReport', () => {
  it('loads the report in data/ and checks it as a whole', () => {
    const report = loadReport('data', '.');
    expect(() => checkReport(report)).not.toThrow();
    expect(Object.keys(report.facts).length).toBeGreaterThan(100);
  });

  it.each([
    [
      'a value that is not a number',
      'facts/2022-headline.json',
      (j: any) => (j.facts['gdp-2022'].value = '292.1'),
      'data/facts/2022-headline.json',
      'facts.gdp-2022.value',
      /expected number/,
    ],
    [
      'an unknown unit',
      'facts/2022-headline.json',
      (j: any) => (j.facts['gdp-2022'].unit = 'yuan-ish'),
      'data/facts/2022-headline.json',
      'facts.gdp-2022.unit',
      /expected one of/,
    ],
    [
      'a missing quote',
      'facts/2022-headline.json',
      (j: any) => delete j.facts['gdp-2022'].quote,
      'data/facts/2022-headline.json',
      'facts.gdp-2022.quote',
      /expected string/,
    ],
    [
      'a count without its measure word',
      'facts/2022-headline.json',
      (j: any) => delete j.facts['honours-2022'].counter,
      'data/facts/2022-headline.json',
      'facts.honours-2022.counter',
      /measure word/,
    ],
    [
      'an unknown field',
      'facts/2023-targets.json',
      (j: any) => (j.facts['cpi-2023'].note = 'x'),
      'data/facts/2023-targets.json',
      'facts.cpi-2023',
      /note/,
    ],
    [
      'a year the report does not cover',
      'facts/2023-targets.json',
      (j: any) => (j.facts['cpi-2023'].year = 2024),
      'data/facts/2023-targets.json',
      'facts.cpi-2023.year',
      /2022|2023/,
    ],
    [
      'a malformed date in meta',
      'meta.json',
      (j: any) => (j.date = '11/05/2023'),
      'data/meta.json',
      'date',
      /ISO date/,
    ],
    [
      'a translation that is not text',
      'locales/en/deck.json',
      (j: any) => (j.title.heading = 42),
      'data/locales/en/deck.json',
      'title.heading',
      /expected string/,
    ],
  ])('names the file, path and expectation for %s', (_title, file, edit, expectedFile, expectedPath, expected) => {
    const root = brokenCopy(file, edit);
    const error = errorOf(() => loadReport(join(root, 'data'), root));
    expect(error.file).toBe(expectedFile);
    expect(error.path).toBe(expectedPath);
    expect(error.expected).toMatch(expected);
    expect(error.message).toBe(`${expectedFile}: ${expectedPath}: ${error.expected}`);
  });

  it('rejects a file that is not JSON', () => {
    const root = brokenCopy('glossary.json', () => undefined);
    writeFileSync(join(root, 'data/glossary.json'), '{ "glossary": ');
    expect(errorOf(() => loadReport(join(root, 'data'), root)).message).toMatch(/^data\/glossary\.json: valid JSON/);
  });

  it('rejects a key defined in two files', () => {
    const root = brokenCopy('locales/en/facts-2023-targets.json', (j) => (j.facts['gdp-2022'] = 'GDP'));
    expect(errorOf(() => loadReport(join(root, 'data'), root)).path).toBe('facts.gdp-2022');
  });
});

describe('quotes', () => {
  it.each([
    ['292.1', '全县生产总值完成292.1亿元', 292.1, true],
    ['a value inside a longer number', '增速全市第13', 3, false],
    ['a value with more decimals', '增长5.45%', 5.4, false],
    ['an integer', '固定资产投资增长14%', 14, true],
    ['an integer that is a decimal prefix', '增长14.5%', 14, false],
  ])('decides whether the quote states the value: %s', (_title, quote, value, expected) => {
    expect(quoteStatesValue(quote, value)).toBe(expected);
  });

  it('finds every fact quote verbatim in the normalised source, stating its value', () => {
    expect(() => checkQuotes(loadReport('data', '.'))).not.toThrow();
  });

  it('stops on a quote the source does not contain', () => {
    const root = brokenCopy('facts/2022-headline.json', (j) => (j.facts['gdp-2022'].quote = '全县生产总值完成300亿元'));
    const error = errorOf(() => checkQuotes(loadReport(join(root, 'data'), root)));
    expect(error.path).toBe('facts.gdp-2022.quote');
    expect(error.file).toBe('data/facts/2022-headline.json');
  });

  it('stops on a rank that names no measure', () => {
    const root = brokenCopy('facts/2022-headline.json', (j) => (j.facts['gdp-growth-rank-2022'].ranks = 'gdp-groth'));
    const error = errorOf(() => checkReport(loadReport(join(root, 'data'), root)));
    expect(error.message).toBe(
      'data/facts/2022-headline.json: facts.gdp-growth-rank-2022.ranks: the measure of another fact ("gdp-groth" is none)',
    );
  });

  it('stops on a value its quote does not state', () => {
    const root = brokenCopy('facts/2022-headline.json', (j) => (j.facts['gdp-2022'].value = 292));
    expect(errorOf(() => checkQuotes(loadReport(join(root, 'data'), root))).path).toBe('facts.gdp-2022.value');
  });
});
