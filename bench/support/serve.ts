import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/** Serves a built directory on loopback with Vite's preview server, as a static host would (gzip, as `npm run preview`). */
export async function serve(root: string, outDir: string) {
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * Runs a command in the repository, timed; its output kept for when it fails.
 * Asynchronous: the servers of the benchmark live in this process and must
 * keep answering while the command (a browser of its own) loads their pages.
 */
export function run(
  root: string,
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ ms: number; status: number | null; stdout: string; output: string }> {
  return new Promise((resolveRun) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${timeoutMs / 1000} s`;
      child.kill('SIGKILL');
    }, timeoutMs);
    const done = (status: number | null, error?: Error) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      resolveRun({ ms, status, stdout, output: `${stdout}${stderr}${error ? `\n${error.message}` : ''}` });
    };
    child.on('error', (error) => done(null, error));
    child.on('close', (status) => done(status));
  });
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}
