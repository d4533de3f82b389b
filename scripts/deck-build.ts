/**
 * Building and serving a report's deck through Vite's own API, for every
 * command that needs a built deck: the report is checked first (a broken file
 * ends the command with one line, before Vite starts), and a build records
 * which report it holds, so a command never serves or exports another's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { loadComposition, REPORT_ENV, type ReportFolder } from '../src/build/report-folder.ts';
import { loadFolder } from '../src/build/report-plugin.ts';
import { toPayload, type Payload } from '../src/deck/payload.ts';
import { ROOT, UsageError } from './cli.ts';

/** The build's record of the report it holds: a hash of the report's folder, nothing of the machine's paths. */
const STAMP = '.deck-build';
/** What a build is made from besides the report's folder. */
const ENGINE_SOURCES = ['src', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** The report's composition and data, loaded and checked as the build will load them. */
export async function checkedPayload(folder: ReportFolder): Promise<Payload> {
  const deck = await loadComposition(folder);
  return toPayload(loadFolder(folder, deck), deck);
}

/** Points the project's Vite config (vite.config.ts) at this report, as DECK_REPORT does. */
export function selectReport(folder: ReportFolder): void {
  process.env[REPORT_ENV] = folder.dataDir;
}

/** Vite's configuration for this report: the project's config file, reading the report from the environment. */
export function viteConfig(folder: ReportFolder, outDir: string, extra: InlineConfig = {}): InlineConfig {
  selectReport(folder);
  return {
    configFile: resolve(ROOT, 'vite.config.ts'),
    ...extra,
    build: { outDir, emptyOutDir: true, ...extra.build },
  };
}

const stampOf = (folder: ReportFolder) => createHash('sha256').update(folder.dataDir).digest('hex').slice(0, 16);

/** Builds the report's deck into `outDir`. */
export async function buildDeck(folder: ReportFolder, outDir: string, logLevel: 'info' | 'warn' = 'info') {
  await checkedPayload(folder);
  await build(viteConfig(folder, outDir, { logLevel }));
  writeFileSync(join(outDir, STAMP), `${stampOf(folder)}\n`);
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Why `outDir` does not hold an up-to-date build of this report, or undefined when it does. */
export function staleBuild(folder: ReportFolder, outDir: string): string | undefined {
  const page = join(outDir, 'index.html');
  const stamp = join(outDir, STAMP);
  if (!existsSync(page) || !existsSync(stamp)) return 'no build';
  if (readFileSync(stamp, 'utf8').trim() !== stampOf(folder)) return "another report's build";
  const built = statSync(page).mtimeMs;
  const sources = [
    ...ENGINE_SOURCES.map((source) => join(ROOT, source)),
    folder.dataDir,
    dirname(folder.composition),
  ].filter((source) => existsSync(source));
  return sources.some((source) => newest(source) > built) ? 'sources changed since the build' : undefined;
}

/** Builds the deck unless `outDir` holds an up-to-date build of this report. */
export async function ensureBuilt(folder: ReportFolder, outDir: string, log: (line: string) => void = console.log) {
  const why = staleBuild(folder, outDir);
  if (!why) return;
  log(`Building the deck of ${folder.label(folder.dataDir)} (${why})…`);
  await buildDeck(folder, outDir, 'warn');
}

/**
 * The built deck a command reads (an export, the contact sheet, the live view): `dist` when given,
 * which must hold a build; else dist/ when it holds an up-to-date build of this report; else this
 * report's own build in its cache, made or brought up to date first. dist/ is never rebuilt behind
 * the user's back.
 */
export async function builtDeck(folder: ReportFolder, dist: string | undefined, log: (line: string) => void) {
  if (dist !== undefined) {
    const given = resolve(folder.cwd, dist);
    if (!existsSync(join(given, 'index.html')))
      throw new UsageError(
        `${folder.label(given)}/index.html not found: build the deck first with \`npm run build -- --out ${dist}\``,
      );
    return given;
  }
  const standard = resolve(ROOT, 'dist');
  if (!staleBuild(folder, standard)) return standard;
  const own = join(folder.cacheDir, 'dist');
  await ensureBuilt(folder, own, log);
  return own;
}

/** Serves a built deck on loopback, as a static host would. */
export async function previewDeck(
  folder: ReportFolder,
  outDir: string,
  server: { host: string; port: number; strictPort: boolean },
): Promise<PreviewServer> {
  return preview(viteConfig(folder, outDir, { logLevel: 'silent', preview: { ...server, open: false } }));
}
