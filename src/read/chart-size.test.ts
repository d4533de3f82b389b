import { describe, expect, it } from 'vitest';
import { phoneChartSize } from './chart-size.ts';
import { slideIdFromHash } from './sections.ts';

describe('a chart laid out for a phone', () => {
  it.each([
    [{ width: 374, height: 844 }, 600],
    [{ width: 344, height: 740 }, 600],
    [{ width: 612, height: 720 }, 956],
  ])('in a %j column is %i units wide, every text of 22 units at 12 px or more', (box, width) => {
    const size = phoneChartSize('bars', 3, box);
    expect(size.width).toBe(width);
    expect(22 * size.scale).toBeGreaterThanOrEqual(12);
  });

  it('is as tall as its rows need, but never taller than three quarters of the screen', () => {
    expect(phoneChartSize('growth-ranks', 9, { width: 374, height: 844 }).height).toBe(34 + 9 * 64);
    const short = phoneChartSize('growth-ranks', 9, { width: 374, height: 400 });
    expect(short.height * short.scale).toBeLessThanOrEqual(300);
  });
});

describe('the slide a reading-page address names', () => {
  it.each([
    ['#/income-2022', 'income-2022'],
    ['#income-2022', 'income-2022'],
    ['#/income-2022/2', 'income-2022'],
    ['#/', undefined],
    ['#/%E0%A4%A', undefined],
    ['', undefined],
  ])('%j names %j', (hash, id) => {
    expect(slideIdFromHash(hash)).toBe(id);
  });
});
