/**
 * The live relay (`bench/live.ts`, which `npm run bench:live` runs alone with
 * 1,000 and 5,000 followers): here 1,000 simulated followers, the count its
 * target is judged at, on a relay in its own process. Fan-out latency,
 * delivery in order, memory and CPU per follower.
 */
import type { Measure, Row, Unit } from '../measure.ts';
import { benchLive } from '../live.ts';

const UNITS: readonly string[] = ['ms', 's', 'kB', '%', ''];

export const liveRelay: Measure = async (bench) => {
  bench.log('live relay, 1,000 followers…');
  const measured = await benchLive({ counts: [1000] });
  const rows: Row[] = measured.map((row): Row => {
    const inOrder = typeof row.value === 'string' ? /^(\d+) \/ (\d+)$/.exec(row.value) : null;
    if (inOrder)
      return {
        measure: row.measure.replace(/got all (\d+) changes in order/, 'followers that got all $1 changes in order'),
        value: (Number(inOrder[1]) / Number(inOrder[2])) * 100,
        unit: '%',
        target: 'liveInOrderPct',
      };
    // Units the table does not know (KiB, % of a core) stay with their value.
    if (row.unit && !UNITS.includes(row.unit)) return { measure: row.measure, value: `${row.value} ${row.unit}` };
    return { measure: row.measure, value: row.value, ...(row.unit ? { unit: row.unit as Unit } : {}), ...(row.ok !== undefined ? { target: 'liveFanOutP95Ms' as const } : {}) };
  });
  return { rows, details: measured };
};
