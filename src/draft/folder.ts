import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { DataError } from '../report/errors.ts';
import { parseWith } from '../report/load.ts';
import { flattenKeys, mergeResources } from '../report/resource.ts';
import type { Resource } from '../report/schema.ts';

/** What the draft reads of a report folder: its meta, its source text, and the ids and keys it already holds. */
export interface FolderState {
  dir: string;
  meta: DraftFolderMeta;
  /** The raw text of the source the meta names. */
  raw: string;
  /** Fact ids of every file in `facts/`. */
  factIds: Set<string>;
  /** Dotted keys of every translation file, in any language. */
  textKeys: Set<string>;
  /** The source language's texts, all files merged (a later file's leaf over an earlier's). */
  sourceTexts: Resource;
}

/** The meta fields the draft needs; the rest (date, glossary heading …) passes through to a draft folder's copy. */
const metaSchema = z
  .object({
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as "zh"')).min(1),
    years: z.array(z.number().int().min(1900).max(2999)).min(1),
    source: z.string().regex(/\.txt$/, 'a .txt file in the folder'),
    glossaryHeading: z.string().min(1).optional(),
  })
  .loose();
export type DraftFolderMeta = z.infer<typeof metaSchema>;

function readJson(file: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError(label, '', `valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(dir, name))
    : [];
}

export function readFolder(dir: string, root = process.cwd()): FolderState {
  const label = (file: string) => relative(root, file) || '.';
  if (!existsSync(dir))
    throw new DataError(
      label(dir),
      '',
      'a report folder (it does not exist; `npm run new -- DIR --source report.txt` makes one)',
    );
  const metaFile = join(dir, 'meta.json');
  if (!existsSync(metaFile))
    throw new DataError(
      label(metaFile),
      '',
      'the report\'s meta.json, e.g. {"languages": ["zh", "en"], "years": [2023], "source": "source.zh.txt"}',
    );
  const meta = parseWith(metaSchema, readJson(metaFile, label(metaFile)), label(metaFile));
  const sourceFile = join(dir, meta.source);
  if (!existsSync(sourceFile))
    throw new DataError(label(metaFile), 'source', `an existing file (${label(sourceFile)} not found)`);
  const factIds = new Set<string>();
  for (const file of jsonFiles(join(dir, 'facts'))) {
    const facts = (readJson(file, label(file)) as { facts?: Record<string, unknown> }).facts ?? {};
    for (const id of Object.keys(facts)) factIds.add(id);
  }
  const textKeys = new Set<string>();
  let sourceTexts: Resource = {};
  for (const language of meta.languages)
    for (const file of jsonFiles(join(dir, 'locales', language))) {
      const resource = readJson(file, label(file)) as Resource;
      for (const key of flattenKeys(resource)) textKeys.add(key);
      if (language === meta.languages[0]) sourceTexts = mergeResources(sourceTexts, resource);
    }
  return { dir, meta, raw: readFileSync(sourceFile, 'utf8'), factIds, textKeys, sourceTexts };
}
