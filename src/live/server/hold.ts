import type { Position } from '../protocol.ts';
import type { TokenBucket } from './rate.ts';

/**
 * A presenter's positions under its rate limit. Within the limit each is
 * published at once; over it, the newest is held (replacing any older one
 * held) and published as soon as the limit allows, so a presenter who moves
 * faster than the limit loses the moves in between, never the place it
 * stopped at. Nothing is published out of order: while one is held, a newer
 * one waits its turn too.
 */
export function latestWithin(bucket: TokenBucket, publish: (position: Position) => void) {
  let held: Position | undefined;
  let timer: NodeJS.Timeout | undefined;

  const later = () => setTimeout(flush, Math.max(1, bucket.wait()));
  function flush() {
    timer = undefined;
    if (!held) return;
    if (!bucket.take()) {
      timer = later();
      return;
    }
    const position = held;
    held = undefined;
    publish(position);
  }

  return {
    /** `sent` if published now; `held` if it starts a wait; `replaced` if it took the place of one already waiting. */
    offer(position: Position): 'sent' | 'held' | 'replaced' {
      if (!held && bucket.take()) {
        publish(position);
        return 'sent';
      }
      const replaced = held !== undefined;
      held = position;
      timer ??= later();
      return replaced ? 'replaced' : 'held';
    },
    /** Drops what is held (the relay is stopping). */
    stop() {
      clearTimeout(timer);
      timer = undefined;
      held = undefined;
    },
  };
}
