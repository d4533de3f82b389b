/**
 * A token bucket: `burst` messages at once, refilled at `perSecond`. The
 * clock is passed in so the limit is testable without waiting.
 */
export function tokenBucket(perSecond: number, burst: number, now: () => number = () => performance.now()) {
  let tokens = burst;
  let last = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    return tokens;
  };
  return {
    /** Takes one token; false when the bucket is empty. */
    take(): boolean {
      if (refill() < 1) return false;
      tokens -= 1;
      return true;
    },
    /** Whether a token could be taken now, without taking it. */
    ready: (): boolean => refill() >= 1,
    /** Whether the bucket is back to its burst: one that is can be forgotten and made anew. */
    full: (): boolean => refill() >= burst,
    /** Milliseconds until a token can be taken (0 if one can now). */
    wait(): number {
      const missing = 1 - refill();
      return missing <= 0 ? 0 : Math.ceil((missing / perSecond) * 1000);
    },
  };
}

export type TokenBucket = ReturnType<typeof tokenBucket>;
