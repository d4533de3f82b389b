/**
 * The live relay under load: `npm run bench:live [-- 1000 5000]`,
 * `npm run bench:live -- --relays 3 [10000]`, `npm run bench:live -- --static`.
 *
 * For each N, the relays (the same server `npm run live` runs, each in a
 * process of its own so that its memory and CPU are its own: see
 * `live-relay-child.ts`) start on free loopback ports; with `--relays R`
 * (R > 1) they share the meeting through a `redis-server` started for the
 * run, and the same N is run first on one relay alone, to compare. N
 * followers (spread evenly over the relays) and one presenter (on the first)
 * connect from this process; the presenter publishes CHANGES slide changes,
 * each only once every follower has the one before. It measures the fan-out
 * latency (from the presenter's send to each follower's receipt, on this
 * process's clock), how many followers got every change in order, what Redis
 * carried per change, each relay's memory per follower (RSS and heap growth
 * after garbage collection) and the relays' CPU during the fan-out.
 * Followers, relays and Redis share this machine's cores, so the latency
 * includes the followers' own work: on a room's network, each phone does its
 * own. It reports; it asserts nothing. Every wait is bounded, and it stops by
 * itself.
 */
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { meetingName } from '../src/live/server/server.ts';
import { newSecret } from '../src/live/server/secret.ts';
import type { RelayMessage } from '../src/live/protocol.ts';
import { startRedis, type RedisServer } from '../e2e/support/redis-server.ts';
import { relayChild, type RelayChild } from './live-relay-child.ts';
import type { Row } from './measure.ts';
import { table } from './print.ts';
import { percentile, round } from './support/stats.ts';
import { withFileLimit } from './support/file-limit.ts';

export interface LiveBenchOptions {
  /** Follower counts, one run each. */
  counts?: number[];
  /** Relays sharing the meeting through Redis; 1 is one relay alone, no Redis. */
  relays?: number;
  /** Slide changes per run. */
  changes?: number;
  /** Connections opened at once while the room fills. */
  connectBatch?: number;
  /** How long one change may take to reach everyone before it is counted as not delivered. */
  changeTimeoutMs?: number;
}

/** The runs the targets (`liveFanOutP95Ms`, `liveInOrderPct` in bench/targets.ts) are judged at: one relay, and several. */
const JUDGED_ALONE_AT = 1000;
const JUDGED_SHARED_AT = 10_000;

const THIS_FILE = fileURLToPath(import.meta.url);

// ─── the audience ───────────────────────────────────────────────────────────

interface Follower {
  ws: WebSocket;
  seqs: number[];
  receivedAt: number[];
}

let onState: ((seq: number) => void) | undefined;

function follower(url: string): Promise<Follower> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const f: Follower = { ws, seqs: [], receivedAt: [] };
    ws.on('message', (data) => {
      // The clock first: parsing is the follower's work, not the relay's.
      const at = performance.now();
      const message = JSON.parse(String(data)) as RelayMessage;
      if (message.type === 'welcome') resolve(f);
      else if (message.type === 'state') {
        f.seqs.push(message.seq);
        f.receivedAt.push(at);
        onState?.(message.seq);
      } else if (message.type === 'full') reject(new Error('relay full'));
    });
    ws.on('error', reject);
  });
}

// ─── Redis's side ───────────────────────────────────────────────────────────

/** Commands Redis ran so far, in all and PUBLISH alone (those run by the relays' scripts included). */
async function redisCalls(client: Redis) {
  const info = await client.info('commandstats');
  const calls = [...info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm)];
  return {
    all: calls.reduce((sum, [, , n]) => sum + Number(n), 0),
    publish: Number(calls.find(([, name]) => name === 'publish')?.[2] ?? 0),
  };
}

// ─── one run ────────────────────────────────────────────────────────────────

async function run(n: number, relays: number, o: Required<LiveBenchOptions>): Promise<Row[]> {
  const secret = newSecret();
  let redis: RedisServer | undefined;
  let client: Redis | undefined;
  const children: RelayChild[] = [];
  try {
    if (relays > 1) {
      redis = await startRedis();
      client = new Redis(redis.url);
    }
    const perRelay = Math.ceil(n / relays);
    for (let i = 0; i < relays; i++) children.push(relayChild(secret, perRelay + 10, redis?.url));
    const urls = (await Promise.all(children.map((c) => c.ask(null, 'ready')))).map(
      ({ port }) => `ws://127.0.0.1:${port}/live`,
    );
    const idle = await Promise.all(children.map((c) => c.ask({ type: 'memory' }, 'memory')));

    const connectStart = performance.now();
    const followers: Follower[] = [];
    for (let i = 0; i < n; i += o.connectBatch) {
      const batch = Array.from({ length: Math.min(o.connectBatch, n - i) }, (_, j) =>
        follower(urls[(i + j) % relays]!),
      );
      followers.push(...(await Promise.all(batch)));
    }
    const connectMs = performance.now() - connectStart;
    const presenter = new WebSocket(`${urls[0]}?key=${secret}`, { perMessageDeflate: false });
    await once(presenter, 'message');
    const full = await Promise.all(children.map((c) => c.ask({ type: 'memory' }, 'memory')));

    const cpuStart = await Promise.all(children.map((c) => c.ask({ type: 'cpu' }, 'cpu')));
    const redisStart = client ? await redisCalls(client) : undefined;
    const phaseStart = performance.now();
    const sentAt: number[] = [];
    const fanOuts: number[] = [];
    let undelivered = 0;
    for (let seq = 1; seq <= o.changes; seq++) {
      let arrived = 0;
      const all = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), o.changeTimeoutMs);
        onState = (s) => {
          if (s === seq && ++arrived === n) {
            clearTimeout(timer);
            resolve(true);
          }
        };
      });
      sentAt.push(performance.now());
      presenter.send(JSON.stringify({ type: 'state', slide: `slide-${seq}`, fragment: -1, playing: false }));
      if (!(await all)) undelivered++;
      const loops = await Promise.all(children.map((c) => c.ask({ type: 'fan-out' }, 'fan-out')));
      fanOuts.push(Math.max(...loops.map((l) => l.ms)));
    }
    onState = undefined;
    const phaseMs = performance.now() - phaseStart;
    const redisEnd = client ? await redisCalls(client) : undefined;
    const subscribers = client
      ? Number(((await client.pubsub('NUMSUB', `live:${meetingName(secret)}`)) as [string, number])[1])
      : 0;
    const cpuEnd = await Promise.all(children.map((c) => c.ask({ type: 'cpu' }, 'cpu')));

    const latencies = followers
      .flatMap((f) => f.receivedAt.map((at, i) => at - sentAt[f.seqs[i]! - 1]!))
      .sort((a, b) => a - b);
    const inOrder = followers.filter((f) => f.seqs.length === o.changes && f.seqs.every((s, i) => s === i + 1)).length;
    const cpuMs =
      cpuEnd.reduce((sum, c, i) => sum + c.user + c.system - cpuStart[i]!.user - cpuStart[i]!.system, 0) / 1000;
    const perFollower = (key: 'rss' | 'heap') =>
      full.reduce((sum, m, i) => sum + (m[key] - idle[i]![key]) / (n / relays), 0) / relays / 1024;

    presenter.terminate();
    for (const f of followers) f.ws.terminate();

    const judged = relays > 1 ? n === JUDGED_SHARED_AT : n === JUDGED_ALONE_AT;
    const target = <T extends string>(name: T) => (judged ? { target: name } : {});
    const label = `${n.toLocaleString('en')} followers, ${relays > 1 ? `${relays} relays + Redis` : '1 relay'}`;
    const changes = o.changes;
    const redisRows: Row[] =
      redisStart && redisEnd
        ? [
            {
              measure: `${label}: Redis PUBLISH per change`,
              value: round((redisEnd.publish - redisStart.publish) / changes, 2),
              unit: '',
              ...target('liveRedisPublishesPerChange' as const),
            },
            {
              measure: `${label}: messages Redis sent per change (one per subscribed relay)`,
              value: round(((redisEnd.publish - redisStart.publish) / changes) * subscribers, 2),
              unit: '',
            },
            {
              measure: `${label}: Redis commands per change (all, the relays' counts included)`,
              value: round((redisEnd.all - redisStart.all) / changes, 1),
              unit: '',
            },
          ]
        : [];
    return [
      { measure: `${label}: room filled in`, value: round(connectMs, 0), unit: 'ms' },
      { measure: `${label}: fan-out p50`, value: round(percentile(latencies, 50)), unit: 'ms' },
      {
        measure: `${label}: fan-out p95`,
        value: round(percentile(latencies, 95)),
        unit: 'ms',
        ...target('liveFanOutP95Ms' as const),
      },
      { measure: `${label}: fan-out max`, value: round(latencies.at(-1) ?? NaN), unit: 'ms' },
      {
        measure: `${label}: relays' own fan-out loop, p95 (slowest relay)`,
        value: round(percentile(fanOuts, 95)),
        unit: 'ms',
      },
      {
        measure: `${label}: followers that got all ${changes} changes in order`,
        // A change some follower never got counts against every follower.
        value: undelivered === 0 ? round((inOrder / n) * 100) : 0,
        unit: '%',
        ...target('liveInOrderPct' as const),
      },
      ...redisRows,
      { measure: `${label}: memory per follower per relay (RSS)`, value: `${round(perFollower('rss'))} KiB` },
      { measure: `${label}: memory per follower per relay (JS heap)`, value: `${round(perFollower('heap'))} KiB` },
      { measure: `${label}: relays' CPU per change (all relays)`, value: round(cpuMs / changes), unit: 'ms' },
      { measure: `${label}: relays' CPU while fanning out`, value: `${round((cpuMs / phaseMs) * 100, 0)} % of a core` },
    ];
  } finally {
    client?.disconnect();
    await Promise.all(children.map((c) => c.stop()));
    await redis?.stop();
  }
}

/** Runs the live relay benchmark for each follower count and returns its figures. */
export async function benchLive(options: LiveBenchOptions = {}): Promise<Row[]> {
  const o: Required<LiveBenchOptions> = {
    counts: [1000, 5000],
    relays: 1,
    changes: 30,
    connectBatch: 250,
    changeTimeoutMs: 10_000,
    ...options,
  };
  const rows: Row[] = [];
  for (const n of o.counts) {
    // Several relays are compared with one alone at the same count.
    if (o.relays > 1) rows.push(...(await run(n, 1, o)));
    rows.push(...(await run(n, o.relays, o)));
  }
  // Latency on a shared machine says as much about its other work as about the relay.
  rows.push({
    measure: 'machine load average (1 min) at the end',
    value: `${round(loadavg()[0]!)} on ${availableParallelism()} cores`,
  });
  return rows;
}

if (process.argv[1] === THIS_FILE) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { relays: { type: 'string' }, static: { type: 'boolean' } },
  });
  // A watchdog: whatever happens, the benchmark ends.
  setTimeout(() => {
    console.error('bench:live: gave up after 10 minutes');
    process.exit(1);
  }, 600_000).unref();
  if (values.static) {
    const { benchLiveStatic } = await import('./live-static.ts');
    console.log(table(await benchLiveStatic()));
    process.exit(0);
  }
  const relays = Number(values.relays ?? 1);
  if (!Number.isInteger(relays) || relays < 1 || relays > 16) {
    console.error(`--relays must be a whole number from 1 to 16, got "${values.relays}"`);
    process.exit(2);
  }
  const counts = positionals.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const chosen = counts.length ? counts : relays > 1 ? [JUDGED_SHARED_AT] : undefined;
  withFileLimit(Math.max(...(chosen ?? [5000])) + 512);
  const rows = await benchLive({ relays, ...(chosen ? { counts: chosen } : {}) });
  console.log(table(rows));
  process.exit(0);
}
