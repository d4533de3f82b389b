import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startLiveServer } from '../../src/live/server/server.ts';
import { liveLinks } from '../../src/live/server/links.ts';

const THIS_FILE = fileURLToPath(import.meta.url);

export interface RelayProcessOptions {
  /** The built deck to serve. */
  dist: string;
  port: number;
  secret: string;
  /** The Redis the relay shares its meeting through. */
  redis?: string;
  maxFollowers?: number;
}

export interface RelayProcess {
  port: number;
  /** Ends it as a crash would: SIGKILL, nothing said to Redis or to its followers. */
  kill(): Promise<void>;
  /** Ends it as Ctrl-C would. */
  stop(): Promise<void>;
}

/**
 * A live server (the deck and its relay, as `npm run live` serves them) in a
 * process of its own, on a port the caller chose, so that a test can kill it
 * and start it again on the same port under the pages' feet.
 */
export async function startRelayProcess(options: RelayProcessOptions): Promise<RelayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', THIS_FILE], {
    env: { ...process.env, LIVE_RELAY_PROCESS: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay on port ${options.port} not listening in 20 s`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('listening')) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relay on port ${options.port} exited (${code}) before listening`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child as ChildProcess, 'exit');
    child.kill(signal);
    await exited;
  };
  return { port: options.port, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

if (process.env['LIVE_RELAY_PROCESS']) {
  const options = JSON.parse(process.env['LIVE_RELAY_PROCESS']) as RelayProcessOptions;
  const server = await startLiveServer({
    dist: options.dist,
    host: '127.0.0.1',
    port: options.port,
    redis: options.redis,
    relay: { secret: options.secret, maxFollowers: options.maxFollowers ?? 20 },
    audienceUrl: (bound) => liveLinks(bound, options.secret, '127.0.0.1').audience,
  });
  process.stdout.write(`listening ${server.port}\n`);
  process.once('SIGTERM', () => void server.close(100).then(() => process.exit(0)));
}
