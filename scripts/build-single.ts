/**
 * The deck as one self-contained HTML file, `dist-single/index.html`, that
 * opens from file:// with no server and no network: `npm run build:single`.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, mergeConfig, type UserConfig } from 'vite';
import baseConfig from '../vite.config.ts';
import { singleFilePlugin } from '../src/build/single-file-plugin.ts';

const SINGLE_OUT_DIR = resolve(import.meta.dirname, '../dist-single');

/** The deck's own build (its plugins, data and font subsetting), changed only in what makes one file. */
// The hosted page's loading (stylesheet inlined, entry started after the first paint) gives way to one file's.
const basePlugins = ((baseConfig as UserConfig).plugins ?? []).filter(
  (plugin) => !(plugin && 'name' in plugin && plugin.name === 'deck-page-load'),
);
const singleConfig: UserConfig = mergeConfig({ ...(baseConfig as UserConfig), plugins: basePlugins }, {
  plugins: [singleFilePlugin()],
  build: {
    outDir: SINGLE_OUT_DIR,
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

async function main() {
  await build({ ...singleConfig, configFile: false });
  const file = resolve(SINGLE_OUT_DIR, 'index.html');
  console.log(
    `${relative(process.cwd(), file)}: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, open it from disk`,
  );
}

main().catch((error: unknown) => {
  console.error(`build:single failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
