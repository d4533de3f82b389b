import { describe, expect, it } from 'vitest';
import { tokenBucket } from './rate.ts';

describe('token bucket', () => {
  it('should allow the burst at once, then refill at the rate', () => {
    let now = 0;
    const bucket = tokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 100;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    // Never more than the burst, however long it rested.
    expect(Array.from({ length: 4 }, () => bucket.take())).toEqual([true, true, true, false]);
  });
});
