import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { DataError, formatPath } from './errors.ts';
import {
  metaSchema,
  reportSchemas,
  resourceSchema,
  type Fact,
  type GlossaryEntry,
  type Meta,
  type Resource,
} from './schema.ts';
import { normaliseSource, unifyRatioColons } from '../source/normalise.ts';

/** Everything the deck is made of, validated. Serialisable: it is what the browser receives. */
export interface Report {
  meta: Meta;
  facts: Record<string, Fact>;
  glossary: Record<string, GlossaryEntry>;
  /** i18next resources: language → nested keys. */
  resources: Record<string, Resource>;
  /** The source text, normalised (one paragraph per line). */
  source: string;
  /** The data file each fact was read from, and the report's folder, for error messages. */
  factFiles: Record<string, string>;
  dir: string;
}

/** What each of a report's files is for, and the smallest valid content, for the error when one is missing. */
const PURPOSE = {
  meta: 'the report\'s meta.json, naming its languages, years and source text; the smallest is {"languages": ["zh", "en"], "years": [2023], "source": "source.zh.txt"}',
  source: "the report's text as delivered, which every fact's quote is checked against",
  locales: (language: string) =>
    `the report's text in "${language}": one JSON file or more in locales/${language}/; the smallest is {"deck": {"title": "…", "description": "…"}}`,
};

function readJson(file: string, root: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(relative(root, file), '', `valid JSON (${(error as Error).message})`);
  }
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = deepest(result.error.issues[0]!);
  return failWith(file, issue.path, issue.message);
}

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/** Of a union's failed branches, the one that got furthest names the real problem (a leaf that is not text, say). */
function deepest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  const branches = issue.errors.flatMap((branch) =>
    branch.map((inner) => deepest({ ...inner, path: [...issue.path, ...inner.path] })),
  );
  return branches.reduce((best, next) => (next.path.length > best.path.length ? next : best), branches[0] ?? issue);
}

function failWith(file: string, path: readonly PropertyKey[], message: string): never {
  throw new DataError(file, formatPath(path), message);
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Merges files into one record, refusing a key that two files both define. */
function mergeUnique<T>(into: Record<string, T>, from: Record<string, T>, file: string, prefix: string[]): void {
  for (const [key, value] of Object.entries(from)) {
    if (key in into) failWith(file, [...prefix, key], 'a key not already defined in another file');
    into[key] = value;
  }
}

/** Translation files may share branches (`facts.*` in several files) but never a leaf. */
function mergeResource(into: Resource, from: Resource, file: string, prefix: string[] = []): void {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (existing === undefined) into[key] = value;
    else if (typeof existing !== 'string' && typeof value !== 'string')
      mergeResource(existing, value, file, [...prefix, key]);
    else failWith(file, [...prefix, key], 'a key not already defined in another file');
  }
}

/** Loads and validates a report's folder. Throws a DataError naming the first problem found. */
export function loadReport(dataDir: string, root = dataDir): Report {
  const rel = (file: string) => relative(root, file) || '.';
  const metaPath = join(dataDir, 'meta.json');
  if (!existsSync(metaPath)) failWith(rel(metaPath), [], PURPOSE.meta);
  const meta = parseWith(metaSchema, readJson(metaPath, root), rel(metaPath));
  const { factsFile, glossaryFile } = reportSchemas(meta);

  const facts: Record<string, Fact> = {};
  const factFiles: Record<string, string> = {};
  for (const file of jsonFiles(join(dataDir, 'facts'))) {
    const parsed = parseWith(factsFile, readJson(file, root), rel(file)).facts;
    mergeUnique(facts, parsed, rel(file), ['facts']);
    for (const [id, fact] of Object.entries(parsed)) {
      factFiles[id] = rel(file);
      // Quotes are matched against the normalised source, so they are read in its form too.
      fact.quote = unifyRatioColons(fact.quote);
    }
  }

  // A report without a glossary has no glossary.json.
  const glossaryPath = join(dataDir, 'glossary.json');
  const glossary = existsSync(glossaryPath)
    ? parseWith(glossaryFile, readJson(glossaryPath, root), rel(glossaryPath)).glossary
    : {};

  const resources: Record<string, Resource> = {};
  for (const language of meta.languages) {
    const merged: Resource = {};
    const files = jsonFiles(join(dataDir, 'locales', language));
    if (files.length === 0) failWith(rel(join(dataDir, 'locales', language)), [], PURPOSE.locales(language));
    for (const file of files)
      mergeResource(merged, structuredClone(parseWith(resourceSchema, readJson(file, root), rel(file))), rel(file));
    resources[language] = merged;
  }

  const sourcePath = join(dataDir, meta.source);
  if (!existsSync(sourcePath)) failWith(rel(metaPath), ['source'], `${PURPOSE.source} (${rel(sourcePath)} not found)`);
  const source = normaliseSource(readFileSync(sourcePath, 'utf8'));

  return { meta, facts, glossary, resources, source, factFiles, dir: rel(dataDir) };
}
