import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export const root = resolve(import.meta.dirname, '../..');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command of the project (`npx tsx scripts/…`) to its end; a run that outlives the test's timeout ends with it. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** One of the project's scripts, as `npm run` would run it. */
export const script = (name: string, args: string[], env?: NodeJS.ProcessEnv) =>
  run('npx', ['tsx', `scripts/${name}.ts`, ...args], env);

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Serves a built deck on a free loopback port, as a static host would. */
export async function serveBuilt(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}
