import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { DeckSpec } from '../deck/spec.ts';
import { DataError } from '../report/errors.ts';

/**
 * A report the engine can build: its data (meta.json, the source text, facts/,
 * locales/<lang>/, an optional glossary.json) and its composition (a module
 * exporting `deck`). The project's own report keeps them in `data/` and
 * `slides/index.ts`; any other report is one folder holding both, its
 * composition as `slides.ts` or `slides/index.ts`.
 */
export interface ReportFolder {
  /** The folder holding meta.json. */
  readonly dataDir: string;
  /** The composition module. */
  readonly composition: string;
  /** Where the command was typed: messages name the report's files relative to it. */
  readonly cwd: string;
  readonly label: (file: string) => string;
  /** Where this report's build products (font subsets) are kept between builds, apart from any other report's. */
  readonly cacheDir: string;
  /** Whether this is the project's own report (`data/` and `slides/`). */
  readonly isDefault: boolean;
}

/** Names a report folder for tools that cannot pass `--report` (Vite's own CLI, a test runner's web server). */
export const REPORT_ENV = 'DECK_REPORT';

const COMPOSITIONS = ['slides.ts', join('slides', 'index.ts')];

/** The smallest meta.json, quoted by the error for a folder without one. */
export const SMALLEST_META = '{"languages": ["zh", "en"], "years": [2023], "source": "source.zh.txt"}';

/**
 * The report a command works on: `dir` (from `--report` or DECK_REPORT, relative
 * to where the command was typed), or the project's own when none is named.
 */
export function reportFolder(
  dir: string | undefined,
  root: string,
  cwd = process.env['INIT_CWD'] ?? process.cwd(),
): ReportFolder {
  const label = (file: string) => relative(cwd, file) || '.';
  const cacheFor = (dataDir: string) => {
    const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 10);
    return join(root, 'node_modules', '.cache', 'deck', `${basename(dataDir)}-${key}`);
  };
  const own = resolve(root, 'data');
  const dataDir = dir ? resolve(cwd, dir) : own;
  if (dataDir === own || dataDir === resolve(root)) {
    return {
      dataDir: own,
      composition: join(root, 'slides', 'index.ts'),
      cwd,
      label,
      cacheDir: cacheFor(own),
      isDefault: true,
    };
  }
  const named = label(dataDir);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new DataError(
      named,
      '',
      'a report folder (it does not exist; `npm run new -- DIR --source report.txt` makes one)',
    );
  }
  if (!existsSync(join(dataDir, 'meta.json'))) {
    throw new DataError(
      join(named, 'meta.json'),
      '',
      `the report's meta.json, naming its languages, years and source text; the smallest is ${SMALLEST_META}`,
    );
  }
  const composition = COMPOSITIONS.map((file) => join(dataDir, file)).find((file) => existsSync(file));
  if (!composition) {
    throw new DataError(
      join(named, 'slides.ts'),
      '',
      "the report's composition, a module exporting `deck` (which slides show which text and facts); the smallest is " +
        "`export const deck = { title: 'deck.title', description: 'deck.description', entries: [] };`",
    );
  }
  return { dataDir, composition, cwd, label, cacheDir: cacheFor(dataDir), isDefault: false };
}

/** The composition's `deck`, imported as TypeScript (its type imports erased), named in the error when it will not load. */
export async function loadComposition(folder: ReportFolder): Promise<DeckSpec> {
  const file = folder.label(folder.composition);
  let module: { deck?: unknown; default?: unknown };
  try {
    module = (await tsImport(pathToFileURL(folder.composition).href, import.meta.url)) as typeof module;
  } catch (error) {
    throw new DataError(file, '', `a module that loads (${firstLine(error)})`);
  }
  const deck = module.deck ?? module.default;
  if (!deck || typeof deck !== 'object' || !Array.isArray((deck as DeckSpec).entries)) {
    throw new DataError(file, 'deck', 'an exported `deck` with `title`, `description` and `entries`');
  }
  return deck as DeckSpec;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}
