/**
 * The README's picture of the engine's layers, printed from the dependency
 * checker's own table (`.dependency-cruiser.mjs`), so it cannot drift from
 * what `npm run lint` enforces: `npm run layers` rewrites it, `-- --check`
 * fails when the README's copy is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { layers } from '../.dependency-cruiser.mjs';

const README = resolve(import.meta.dirname, '../README.md');
const START = '<!-- layers: printed by `npm run layers` from .dependency-cruiser.mjs -->';
const END = '<!-- /layers -->';

interface Layer {
  name: string;
  paths: string[];
  what: string;
  may: string[];
}

/** Top first, as a reader meets them: each row may import only the rows it names, all below it. */
export function layersTable(table: readonly Layer[]): string {
  const rows = [...table].reverse().map((layer) => {
    const paths = layer.paths.map((path) => `\`${path}\``).join(' ');
    const may = layer.may.length ? layer.may.join(', ') : '–';
    return `| ${layer.name} | ${paths} | ${layer.what} | ${may} |`;
  });
  return ['| layer | files | what | imports only |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${START} … ${END} are missing`);
  const draft = `${readme.slice(0, start + START.length)}\n\n${layersTable(layers)}\n\n${readme.slice(end)}`;
  // In the style `npm run lint` checks the README against.
  const next = await format(draft, { ...(await resolveConfig(README)), filepath: README });
  if (values.check) {
    if (next !== readme) {
      console.error('README.md: the layers table is out of date with .dependency-cruiser.mjs: run `npm run layers`');
      process.exit(1);
    }
    return;
  }
  writeFileSync(README, next);
}

await main();
