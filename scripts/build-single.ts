/**
 * A report's deck as one self-contained HTML file that opens from file://
 * with no server and no network: `npm run build:single -- [--report DIR] [--out DIR]`
 * (default dist-single/index.html).
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, mergeConfig, type ConfigEnv, type UserConfig, type UserConfigFnPromise } from 'vite';
import { singleFilePlugin } from '../src/build/single-file-plugin.ts';
import { OFFLINE_PLUGIN_PREFIX } from '../src/build/offline-plugin.ts';
import { parseCommand, ROOT, runCommand } from './cli.ts';
import { checkedPayload, selectReport } from './deck-build.ts';

/** The deck's own build (its plugins, data and font subsetting), changed only in what makes one file. */
async function singleConfig(outDir: string): Promise<UserConfig> {
  const env: ConfigEnv = { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false };
  const base = await ((await import('../vite.config.ts')).default as UserConfigFnPromise)(env);
  // The hosted page's loading (stylesheet inlined, entry started after the first paint) gives way to one file's,
  // and one file has no service worker to install: it is offline already.
  const plugins = (base.plugins ?? []).flat(Infinity as 1).filter((plugin) => {
    const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : '';
    return name !== 'deck-page-load' && !name.startsWith(OFFLINE_PLUGIN_PREFIX);
  });
  return mergeConfig({ ...base, plugins }, {
    plugins: [singleFilePlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      // Every asset becomes a data: URL, so the fonts travel inside the CSS.
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      // With one chunk there is nothing to preload; the polyfill would be dead weight.
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
      chunkSizeWarningLimit: Number.MAX_SAFE_INTEGER,
      reportCompressedSize: false,
    },
  } satisfies UserConfig);
}

runCommand('build:single', async () => {
  const { values, report } = parseCommand({
    name: 'build:single',
    usage: '[--report DIR] [--out DIR]',
    options: { out: { type: 'string', default: 'dist-single' } },
  });
  const folder = report();
  const outDir = resolve(folder.cwd, values.out ?? 'dist-single');
  await checkedPayload(folder);
  selectReport(folder);
  await build({ ...(await singleConfig(outDir)), root: ROOT, configFile: false });
  const file = resolve(outDir, 'index.html');
  console.log(`${relative(folder.cwd, file)}: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, open it from disk`);
});
