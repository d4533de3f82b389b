import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advancesFile } from '../../scripts/advances.ts';
import { textWidth, wrap, wrapLines } from './layout.ts';

describe('text widths', () => {
  it('should come from the installed typeface as HarfBuzz measures it (npm run advances writes the table)', async () => {
    expect(readFileSync(resolve(import.meta.dirname, 'advances.json'), 'utf8')).toBe(await advancesFile());
  });

  it.each([
    ['A', 'regular', 608],
    ['A', 'bold', 641],
    ['1.05', 'regular', 555 + 278 + 555 + 555],
    ['中国', 'regular', 2000],
    ['5.4%', 'bold', 590 + 325 + 590 + 963],
    ['\u{1F33E}', 'regular', 1000],
  ] as const)('should set %j in %s %i thousandths of an em wide', (text, weight, units) => {
    expect(textWidth(text, 1000, weight)).toBeCloseTo(units, 6);
  });

  it('should wrap a name at a space, or between CJK glyphs, where the next word would not fit', () => {
    expect(wrap('Value added of industry', textWidth('Value added of', 22) + 1, 22)).toEqual([
      'Value added of',
      'industry',
    ]);
    expect(wrap('规上工业增加值', textWidth('规上工业', 22), 22)).toEqual(['规上工业', '增加值']);
    expect(wrap('GDP', 1000, 22)).toEqual(['GDP']);
  });

  it('should balance a label’s lines, as many as the greedy break needs, none left with a glyph or a word', () => {
    // Room for eight glyphs: greedy would leave 标 alone on the second line.
    const eight = textWidth('2023年优良天数目', 22);
    expect(wrap('2023年优良天数目标', eight, 22)).toEqual(['2023年优良天数目', '标']);
    expect(wrapLines('2023年优良天数目标', eight, 22, 3)).toEqual(['2023年优', '良天数目标']);
    expect(wrapLines('Cider presses of over 10 tonnes a day', textWidth('Cider presses of', 22) + 1, 22, 3)).toEqual([
      'Cider presses',
      'of over 10',
      'tonnes a day',
    ]);
    // A name the lines cannot hold keeps the greedy break, the rest on its last line.
    expect(wrapLines('one two three four', textWidth('three', 22) + 1, 22, 2)).toEqual(['one', 'two three four']);
    expect(wrapLines('GDP', 1000, 22, 3)).toEqual(['GDP']);
  });
});
