import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advancesFile } from '../../scripts/advances.ts';
import { textWidth, wrap } from './layout.ts';

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
});
