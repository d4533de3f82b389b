import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** Debian's `redis-server` (`.ci/run` installs it), or `$REDIS_SERVER`. */
export const REDIS_SERVER = process.env['REDIS_SERVER'] ?? 'redis-server';

/** A port free on loopback now (the kernel's pick, given back at once). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface RedisServer {
  port: number;
  url: string;
  /** Stops it (SIGTERM, then SIGKILL after 5 s); its data goes with it: nothing is saved. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty, as a Redis that restarted without persistence would be. */
  start(): Promise<void>;
}

function waitUntilReady(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`redis-server on port ${port} not ready in 10 s:\n${output}`)),
      10_000,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (error) => fail(new Error(`cannot start ${REDIS_SERVER}: ${error.message}`)));
    child.once('exit', (code) => fail(new Error(`redis-server on port ${port} exited (${code}):\n${output}`)));
  });
}

/**
 * A Redis of the test's own on a free loopback port, keeping nothing on disk,
 * for tests and benchmarks that need real processes.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await waitUntilReady(child, port);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}/0`, stop, start };
}
