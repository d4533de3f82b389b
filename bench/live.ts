/**
 * The live relay under load: `npm run bench:live [-- 1000 5000]`.
 *
 * For each N, the relay (the same server `npm run live` runs, in a process
 * of its own so that its memory and CPU are its own) is started on a free
 * loopback port; N followers and one presenter connect from this process;
 * the presenter publishes CHANGES slide changes, each only once every
 * follower has the one before. It measures the fan-out latency (from the
 * presenter's send to each follower's receipt, on this process's clock), how
 * many followers got every change in order, the relay's memory per follower
 * (RSS and heap growth after garbage collection) and its CPU during the
 * fan-out. Followers and relay share this machine's cores, so the latency
 * includes the followers' own work: on a room's network, each phone does its
 * own. It reports; it asserts nothing. Every wait is bounded, and it stops by
 * itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { startLiveServer } from '../src/live/server/server.ts';
import { newSecret } from '../src/live/server/secret.ts';
import type { RelayMessage } from '../src/live/protocol.ts';
import type { Row } from './measure.ts';
import { table } from './print.ts';

export interface LiveBenchOptions {
  /** Follower counts, one run each. */
  counts?: number[];
  /** Slide changes per run. */
  changes?: number;
  /** Connections opened at once while the room fills. */
  connectBatch?: number;
  /** How long one change may take to reach everyone before it is counted as not delivered. */
  changeTimeoutMs?: number;
}

/** The follower count the targets (`liveFanOutP95Ms`, `liveInOrderPct` in bench/targets.ts) are judged at. */
const JUDGED_AT_FOLLOWERS = 1000;

const THIS_FILE = fileURLToPath(import.meta.url);

// ─── the relay's process ────────────────────────────────────────────────────

type Probe = { type: 'memory' } | { type: 'cpu' } | { type: 'fan-out' } | { type: 'stop' };
type ProbeAnswer =
  | { type: 'ready'; port: number }
  | { type: 'memory'; rss: number; heap: number }
  | { type: 'cpu'; user: number; system: number }
  | { type: 'fan-out'; ms: number };

async function relayProcess() {
  const secret = process.env['LIVE_BENCH_SECRET']!;
  const server = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    relay: { secret, maxFollowers: Number(process.env['LIVE_BENCH_MAX']) },
  });
  const answer = (message: ProbeAnswer) => process.send!(message);
  process.on('message', async (probe: Probe) => {
    if (probe.type === 'memory') {
      // Twice: the first pass may only schedule what the second frees.
      globalThis.gc?.();
      globalThis.gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      answer({ type: 'memory', rss, heap: heapUsed });
    } else if (probe.type === 'fan-out') {
      answer({ type: 'fan-out', ms: server.relay.stats().lastFanOutMs });
    } else if (probe.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      answer({ type: 'cpu', user, system });
    } else {
      await server.close(100);
      process.exit(0);
    }
  });
  answer({ type: 'ready', port: server.port });
}

function relayChild(secret: string, maxFollowers: number) {
  const child = fork(THIS_FILE, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, LIVE_BENCH_ROLE: 'relay', LIVE_BENCH_SECRET: secret, LIVE_BENCH_MAX: String(maxFollowers) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = async <T extends ProbeAnswer['type']>(probe: Probe | null, type: T) => {
    const reply = new Promise<Extract<ProbeAnswer, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`relay did not answer ${type} in 30 s`)), 30_000);
      const listen = (message: ProbeAnswer) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        child.off('message', listen);
        resolve(message as Extract<ProbeAnswer, { type: T }>);
      };
      child.on('message', listen);
    });
    if (probe) child.send(probe);
    return reply;
  };
  return { child, ask };
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.send({ type: 'stop' } satisfies Probe);
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

// ─── the audience ───────────────────────────────────────────────────────────

interface Follower {
  ws: WebSocket;
  seqs: number[];
  receivedAt: number[];
}

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
let onState: ((seq: number) => void) | undefined;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function run(n: number, o: Required<LiveBenchOptions>): Promise<Row[]> {
  const secret = newSecret();
  const { child, ask } = relayChild(secret, n + 10);
  try {
    const { port } = await ask(null, 'ready');
    const url = `ws://127.0.0.1:${port}/live`;
    const idle = await ask({ type: 'memory' }, 'memory');

    const connectStart = performance.now();
    const followers: Follower[] = [];
    for (let i = 0; i < n; i += o.connectBatch) {
      followers.push(
        ...(await Promise.all(Array.from({ length: Math.min(o.connectBatch, n - i) }, () => follower(url)))),
      );
    }
    const connectMs = performance.now() - connectStart;
    const presenter = new WebSocket(`${url}?key=${secret}`, { perMessageDeflate: false });
    await once(presenter, 'message');
    const full = await ask({ type: 'memory' }, 'memory');

    const cpuStart = await ask({ type: 'cpu' }, 'cpu');
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
      fanOuts.push((await ask({ type: 'fan-out' }, 'fan-out')).ms);
    }
    onState = undefined;
    const phaseMs = performance.now() - phaseStart;
    const cpuEnd = await ask({ type: 'cpu' }, 'cpu');

    const latencies = followers
      .flatMap((f) => f.receivedAt.map((at, i) => at - sentAt[f.seqs[i]! - 1]!))
      .sort((a, b) => a - b);
    const inOrder = followers.filter((f) => f.seqs.length === o.changes && f.seqs.every((s, i) => s === i + 1)).length;
    const cpuMs = (cpuEnd.user + cpuEnd.system - cpuStart.user - cpuStart.system) / 1000;

    presenter.terminate();
    for (const f of followers) f.ws.terminate();

    const p95 = percentile(latencies, 95);
    const judged = n === JUDGED_AT_FOLLOWERS;
    const label = `${n.toLocaleString('en')} followers`;
    return [
      { measure: `${label}: room filled in`, value: round(connectMs, 0), unit: 'ms' },
      { measure: `${label}: fan-out p50`, value: round(percentile(latencies, 50)), unit: 'ms' },
      {
        measure: `${label}: fan-out p95`,
        value: round(p95),
        unit: 'ms',
        ...(judged ? { target: 'liveFanOutP95Ms' as const } : {}),
      },
      { measure: `${label}: fan-out max`, value: round(latencies.at(-1) ?? NaN), unit: 'ms' },
      {
        measure: `${label}: relay's own fan-out loop, p95`,
        value: round(
          percentile(
            fanOuts.sort((a, b) => a - b),
            95,
          ),
        ),
        unit: 'ms',
      },
      {
        measure: `${label}: followers that got all ${o.changes} changes in order`,
        // A change some follower never got counts against every follower.
        value: undelivered === 0 ? round((inOrder / n) * 100) : 0,
        unit: '%',
        ...(judged ? { target: 'liveInOrderPct' as const } : {}),
      },
      { measure: `${label}: relay memory per follower (RSS)`, value: `${round((full.rss - idle.rss) / n / 1024)} KiB` },
      {
        measure: `${label}: relay memory per follower (JS heap)`,
        value: `${round((full.heap - idle.heap) / n / 1024)} KiB`,
      },
      { measure: `${label}: relay CPU per change`, value: round(cpuMs / o.changes), unit: 'ms' },
      { measure: `${label}: relay CPU while fanning out`, value: `${round((cpuMs / phaseMs) * 100, 0)} % of a core` },
    ];
  } finally {
    await stopChild(child);
  }
}

/** Runs the live relay benchmark for each follower count and returns its figures. */
export async function benchLive(options: LiveBenchOptions = {}): Promise<Row[]> {
  const o: Required<LiveBenchOptions> = {
    counts: [1000, 5000],
    changes: 30,
    connectBatch: 250,
    changeTimeoutMs: 10_000,
    ...options,
  };
  const rows: Row[] = [];
  for (const n of o.counts) rows.push(...(await run(n, o)));
  // Latency on a shared machine says as much about its other work as about the relay.
  rows.push({
    measure: 'machine load average (1 min) at the end',
    value: `${round(loadavg()[0]!)} on ${availableParallelism()} cores`,
  });
  return rows;
}

if (process.env['LIVE_BENCH_ROLE'] === 'relay') {
  await relayProcess();
} else if (process.argv[1] === THIS_FILE) {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  // A watchdog: whatever happens, the benchmark ends.
  setTimeout(() => {
    console.error('bench:live: gave up after 10 minutes');
    process.exit(1);
  }, 600_000).unref();
  const rows = await benchLive(counts.length ? { counts } : {});
  console.log(table(rows));
  process.exit(0);
}
