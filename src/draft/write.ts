import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { DeckSpec } from '../deck/spec.ts';
import type { Fact, Resource } from '../report/schema.ts';
import type { FolderState } from './folder.ts';

export const DRAFT_DIR = 'draft';
const ENGINE_TSCONFIG = resolve(import.meta.dirname, '..', '..', 'tsconfig.json');
const FILE = 'draft.json';

function writeJson(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

function readJsonIfAny<T>(file: string, fallback: T): T {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;
}

function jsonFilesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
}

/**
 * The composition as a report's slides.ts, typed as every composition is (`report-deck`)
 * over the folder's text of its source language and its facts, so `npm run typecheck --
 * --report DIR` finds a slide naming a key or a fact the folder lacks.
 */
export function compositionSource(deck: DeckSpec, folder: string, language: string): string {
  const texts = jsonFilesIn(join(folder, 'locales', language)).map((name) => `./locales/${language}/${name}`);
  const facts = jsonFilesIn(join(folder, 'facts')).map((name) => `./facts/${name}`);
  const imports = [
    ...texts.map((file, i) => `import type text${i} from '${file}';`),
    ...facts.map((file, i) => `import type facts${i} from '${file}';`),
  ];
  const joined = (name: string, count: number) =>
    count ? Array.from({ length: count }, (_, i) => `typeof ${name}${i}`).join(' & ') : 'object';
  return [
    "import type { ReportDeck } from 'report-deck';",
    ...imports,
    '',
    "/** Drafted from the report's text by `npm run draft`: cut, reorder and reword it. */",
    `export const deck: ReportDeck<${joined('text', texts.length)}, ${joined('facts', facts.length)}> = ${JSON.stringify(deck, null, 2)};`,
    '',
  ].join('\n');
}

export interface Drafted {
  facts: Record<string, Fact>;
  /** One resource per language: fact labels under `facts`, slide texts under `draft`, maybe `deck.title`. */
  texts: Record<string, Resource>;
  deck: DeckSpec;
}

/** Beside: a report folder of its own in DIR/draft/ (its meta names the source one level up), so it builds with `--report DIR/draft`. */
export function writeBeside(state: FolderState, drafted: Drafted): { out: string; files: string[] } {
  const out = join(state.dir, DRAFT_DIR);
  rmSync(out, { recursive: true, force: true });
  const files = [join(out, 'meta.json'), join(out, 'facts', FILE)];
  writeJson(files[0]!, { ...state.meta, source: `../${state.meta.source}` });
  writeJson(files[1]!, { facts: drafted.facts });
  const glossary = join(state.dir, 'glossary.json');
  if (existsSync(glossary)) {
    copyFileSync(glossary, join(out, 'glossary.json'));
    files.push(join(out, 'glossary.json'));
  }
  for (const [language, resource] of Object.entries(drafted.texts)) {
    const file = join(out, 'locales', language, FILE);
    writeJson(file, resource);
    files.push(file);
  }
  const composition = join(out, 'slides.ts');
  writeFileSync(composition, compositionSource(drafted.deck, out, state.meta.languages[0]!));
  // As `npm run new` gives a folder: an editor type-checks the composition with the project's options.
  const tsconfig = join(out, 'tsconfig.json');
  writeJson(tsconfig, { extends: relative(out, ENGINE_TSCONFIG), include: ['./**/*.ts', './**/*.json'] });
  files.push(composition, tsconfig);
  return { out, files };
}

/** `resource` without the leaves whose dotted keys are in `taken`. */
function without(resource: Resource, taken: ReadonlySet<string>, prefix = ''): Resource {
  const out: Resource = {};
  for (const [key, value] of Object.entries(resource)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') {
      if (!taken.has(path)) out[key] = value;
    } else {
      const inner = without(value, taken, `${path}.`);
      if (Object.keys(inner).length) out[key] = inner;
    }
  }
  return out;
}

/** Adds `from`'s leaves that `into` lacks. */
function addMissing(into: Resource, from: Resource): Resource {
  const out: Resource = { ...into };
  for (const [key, value] of Object.entries(from)) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (typeof existing === 'object' && typeof value === 'object') out[key] = addMissing(existing, value);
  }
  return out;
}

/**
 * Fill: the draft into the folder itself, adding only facts and texts it does not
 * hold yet (by id and key; nothing it holds is changed), and the drafted
 * composition when the folder had no facts at all (a folder `npm run new` just made).
 */
export function writeFill(
  state: FolderState,
  drafted: Drafted,
): { files: string[]; added: number; kept: number; composition: boolean } {
  const factsFile = join(state.dir, 'facts', FILE);
  const existing = readJsonIfAny<{ facts: Record<string, Fact> }>(factsFile, { facts: {} });
  const fresh = Object.entries(drafted.facts).filter(([id]) => !state.factIds.has(id));
  const files: string[] = [];
  if (fresh.length) {
    writeJson(factsFile, { facts: { ...existing.facts, ...Object.fromEntries(fresh) } });
    files.push(factsFile);
  }
  for (const [language, resource] of Object.entries(drafted.texts)) {
    const file = join(state.dir, 'locales', language, FILE);
    const added = without(resource, state.textKeys);
    if (!Object.keys(added).length) continue;
    writeJson(file, addMissing(readJsonIfAny<Resource>(file, {}), added));
    files.push(file);
  }
  const composition = state.factIds.size === 0;
  if (composition) {
    const file = join(state.dir, 'slides.ts');
    writeFileSync(file, compositionSource(drafted.deck, state.dir, state.meta.languages[0]!));
    files.push(file);
  }
  return { files, added: fresh.length, kept: Object.keys(drafted.facts).length - fresh.length, composition };
}
