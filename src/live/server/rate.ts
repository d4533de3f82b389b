/**
 * A token bucket: `burst` messages at once, refilled at `perSecond`. The
 * clock is passed in so the limit is testable without waiting. A class, not
 * closures: every connection has one, and its methods are shared.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  private refill(): number {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    return this.tokens;
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    if (this.refill() < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether a token could be taken now, without taking it. */
  ready(): boolean {
    return this.refill() >= 1;
  }

  /** Whether the bucket is back to its burst: one that is can be forgotten and made anew. */
  full(): boolean {
    return this.refill() >= this.burst;
  }

  /** Milliseconds until a token can be taken (0 if one can now). */
  wait(): number {
    const missing = 1 - this.refill();
    return missing <= 0 ? 0 : Math.ceil((missing / this.perSecond) * 1000);
  }
}

export const tokenBucket = (perSecond: number, burst: number, now?: () => number) =>
  new TokenBucket(perSecond, burst, now);
