/**
 * A token bucket: `burst` messages at once, refilled at `perSecond`. The
 * clock is passed in so the limit is testable without waiting.
 */
export function tokenBucket(perSecond: number, burst: number, now: () => number = () => performance.now()) {
  let tokens = burst;
  let last = now();
  return {
    /** Takes one token; false when the bucket is empty. */
    take(): boolean {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
