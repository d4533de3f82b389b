import { describe, expect, it } from 'vitest';
import { cutParts } from './export-long.ts';

describe('cutting the long picture into parts', () => {
  it('keeps a column that fits in one part whole', () => {
    expect(cutParts([0, 300, 900], 1000, 1000)).toEqual([[0, 1000]]);
  });

  it('cuts between blocks, at the last block that still fits each part', () => {
    expect(cutParts([0, 300, 700, 1200, 1900], 2300, 1000)).toEqual([
      [0, 700],
      [700, 1200],
      [1200, 1900],
      [1900, 2300],
    ]);
  });

  it('cuts inside a block taller than a part, and every part is at most the limit', () => {
    const parts = cutParts([0, 100, 2600], 3000, 1000);
    expect(parts).toEqual([
      [0, 100],
      [100, 1100],
      [1100, 2100],
      [2100, 3000],
    ]);
    for (const [top, bottom] of parts) expect(bottom - top).toBeLessThanOrEqual(1000);
  });
});
