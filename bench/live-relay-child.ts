/**
 * A relay of `bench/live.ts` in a process of its own, so that its memory and
 * CPU are its own: the same server `npm run live` runs, relay only, on a free
 * loopback port, sharing its meeting through Redis when given one. The bench
 * asks it for its figures over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startLiveServer } from '../src/live/server/server.ts';

const THIS_FILE = fileURLToPath(import.meta.url);

type Probe = { type: 'memory' } | { type: 'cpu' } | { type: 'fan-out' } | { type: 'stop' };
type ProbeAnswer =
  | { type: 'ready'; port: number }
  | { type: 'memory'; rss: number; heap: number }
  | { type: 'cpu'; user: number; system: number }
  | { type: 'fan-out'; ms: number };

async function relayProcess() {
  const server = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    redis: process.env['LIVE_BENCH_REDIS'] || undefined,
    relay: {
      secret: process.env['LIVE_BENCH_SECRET']!,
      maxFollowers: Number(process.env['LIVE_BENCH_MAX']),
      // Every simulated follower comes from this machine's one address.
      maxPerAddress: Number(process.env['LIVE_BENCH_MAX']),
    },
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

export interface RelayChild {
  child: ChildProcess;
  ask<T extends ProbeAnswer['type']>(probe: Probe | null, type: T): Promise<Extract<ProbeAnswer, { type: T }>>;
  stop(): Promise<void>;
}

/** Starts a relay process; `ask(null, 'ready')` waits until it listens. */
export function relayChild(secret: string, maxFollowers: number, redis?: string): RelayChild {
  const child = fork(THIS_FILE, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: {
      ...process.env,
      LIVE_BENCH_ROLE: 'relay',
      LIVE_BENCH_SECRET: secret,
      LIVE_BENCH_MAX: String(maxFollowers),
      LIVE_BENCH_REDIS: redis ?? '',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask: RelayChild['ask'] = async (probe, type) => {
    const reply = new Promise<never>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`relay did not answer ${type} in 30 s`)), 30_000);
      const listen = (message: ProbeAnswer) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        child.off('message', listen);
        resolve(message as never);
      };
      child.on('message', listen);
    });
    if (probe) child.send(probe);
    return reply;
  };
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.send({ type: 'stop' } satisfies Probe);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, ask, stop };
}

if (process.env['LIVE_BENCH_ROLE'] === 'relay') await relayProcess();
