/**
 * The deck of a report, built or served: `npm run dev|build|preview|start -- [--report DIR] [--out DIR]`.
 *
 *   dev       development server with reload
 *   build     the static deck in --out (default dist/)
 *   preview   serves the build in --out, building it first if it is missing, stale or another report's
 *   start     build, then preview
 */
import { relative, resolve } from 'node:path';
import { createServer } from 'vite';
import { parseCommand, runCommand, UsageError } from './cli.ts';
import { buildDeck, checkedPayload, ensureBuilt, previewDeck, viteConfig } from './deck-build.ts';

const ACTIONS = ['dev', 'build', 'preview', 'start'] as const;
type Action = (typeof ACTIONS)[number];

const [action, ...argv] = process.argv.slice(2) as [Action, ...string[]];

runCommand(action ?? 'deck', async () => {
  if (!ACTIONS.includes(action)) throw new UsageError(`the actions are ${ACTIONS.join(', ')}`);
  const { values, report } = parseCommand(
    {
      name: action,
      usage: '[--report DIR] [--out DIR] [--port N] [--host ADDRESS]',
      options: { out: { type: 'string', default: 'dist' }, port: { type: 'string' }, host: { type: 'string' } },
    },
    argv,
  );
  const folder = report();
  const outDir = resolve(folder.cwd, values.out ?? 'dist');
  const host = values.host ?? '127.0.0.1';
  const port = values.port === undefined ? (action === 'dev' ? 5173 : 4173) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${values.port}: a port number`);

  if (action === 'dev') {
    await checkedPayload(folder);
    const server = await createServer(viteConfig(folder, outDir, { server: { host, port, strictPort: true } }));
    await server.listen();
    server.printUrls();
    return;
  }
  if (action === 'build') {
    await buildDeck(folder, outDir);
    console.log(`\n${folder.label(folder.dataDir)}: the deck is in ${relative(folder.cwd, outDir) || '.'}/`);
    return;
  }
  if (action === 'start') await buildDeck(folder, outDir);
  else await ensureBuilt(folder, outDir);
  const server = await previewDeck(folder, outDir, { host, port, strictPort: true });
  console.log(
    `The deck of ${folder.label(folder.dataDir)}: ${server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`}`,
  );
});
