/**
 * The live relay (`bench/live.ts`, which `npm run bench:live` runs alone with
 * 1,000 and 5,000 followers): here 1,000 simulated followers, the count its
 * targets are judged at, on a relay in its own process. Fan-out latency,
 * delivery in order, memory and CPU per follower.
 */
import type { Measure } from '../measure.ts';
import { benchLive } from '../live.ts';

export const liveRelay: Measure = async (bench) => {
  bench.log('live relay, 1,000 followers…');
  return { rows: await benchLive({ counts: [1000] }) };
};
