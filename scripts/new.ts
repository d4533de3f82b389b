/**
 * A new report folder from a report's text, which builds at once:
 * `npm run new -- DIR --source report.txt [--languages zh,en]`.
 * It holds the text as given, meta.json with what the text states (title,
 * the years its parts name, the date it gives), a title slide and a slide per
 * part, and its facts drafted from the text (src/draft/); every text is in
 * each language, the ones not yet translated in the source's words, which
 * `npm run check:data` counts. Nothing is written unless all of it is.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { scaffoldReport } from '../src/draft/scaffold.ts';
import { engineResources } from '../src/i18n/engine.ts';
import { normaliseSource } from '../src/source/normalise.ts';
import { outlineOf } from '../src/source/outline.ts';
import { parseCommand, ROOT, runCommand, UsageError } from './cli.ts';

runCommand('new', async () => {
  const { values, positionals } = parseCommand({
    name: 'new',
    usage: 'DIR --source report.txt [--languages zh,en]',
    options: { source: { type: 'string' }, languages: { type: 'string' } },
    positionals: true,
  });
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  if (positionals.length !== 1) throw new UsageError('name one folder to make: npm run new -- DIR --source report.txt');
  if (!values.source) throw new UsageError("--source: the report's text, as a .txt file");
  const dir = resolve(cwd, positionals[0]!);
  const source = resolve(cwd, values.source);
  if (!existsSync(source)) throw new UsageError(`--source ${values.source}: no such file`);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new UsageError(`${relative(cwd, dir)} exists and is not empty: name a new folder (nothing was written)`);

  const raw = readFileSync(source, 'utf8');
  const outline = outlineOf(normaliseSource(raw));
  const languages = values.languages
    ? values.languages.split(',').map((l) => l.trim())
    : [outline.language, ...Object.keys(engineResources).filter((l) => l !== outline.language)];
  if (languages[0] !== outline.language)
    throw new UsageError(`--languages ${values.languages}: the first is the source's language, "${outline.language}"`);

  // Made in a folder beside the target and moved into place whole, so a failure leaves nothing behind.
  const staging = join(dirname(dir), `.${basename(dir)}.${process.pid}.new`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const sourceName = `source.${outline.language}.txt`;
    cpSync(source, join(staging, sourceName));
    const made = scaffoldReport({ dir: staging, outline, languages, sourceName, engineTsconfig: tsconfigFrom(dir) });
    if (existsSync(dir)) rmSync(dir, { recursive: true });
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(staging, dir);
    const shown = relative(cwd, dir) || '.';
    console.log(`Made ${shown}: ${made.summary}`);
    console.log('Next:');
    console.log(`  npm run check:data -- --report ${shown}   what it holds, what is left to translate`);
    console.log(`  npm start -- --report ${shown}            the deck, at http://127.0.0.1:4173/`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
});

/** The project's tsconfig.json as the new folder's own extends it, so an editor type-checks its composition. */
function tsconfigFrom(dir: string): string {
  return relative(dir, join(ROOT, 'tsconfig.json'));
}
