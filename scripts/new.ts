/**
 * A new report folder from a report's text, which builds at once:
 * `npm run new -- DIR --source report.txt [--languages zh,en]`.
 * It holds the text as given, meta.json with what the text states (title,
 * the years its parts name, the date it gives), a title slide and a slide per
 * part, and its figures drafted from the text (src/draft/: facts with their
 * quotes, labels, and slides for them); every text is in
 * each language, the ones not yet translated in the source's words, which
 * `npm run check:data` counts. Nothing is written unless all of it is.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { scaffoldReport } from '../src/draft/scaffold.ts';
import { DRAFTED_LANGUAGES, draftReport } from '../src/draft/index.ts';
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

  // The folder was absent or empty: on any failure it is removed again, so nothing half-made is left.
  mkdirSync(dir, { recursive: true });
  try {
    const sourceName = `source.${outline.language}.txt`;
    cpSync(source, join(dir, sourceName));
    const made = scaffoldReport({ dir, outline, languages, sourceName, engineTsconfig: tsconfigFrom(dir) });
    // The figures of the text, with their quotes, labels and a slide draft, into the folder just made.
    const drafted = DRAFTED_LANGUAGES.includes(outline.language)
      ? draftReport({ dir, mode: 'fill', root: cwd }).lines
      : [`(no draft: the draft reads reports in ${DRAFTED_LANGUAGES.join(', ')})`];
    const shown = relative(cwd, dir) || '.';
    console.log(`Made ${shown}: ${made.summary}`);
    for (const line of drafted) console.log(`  ${line}`);
    console.log('Next:');
    console.log(`  npm run check:data -- --report ${shown}   what it holds, what is left to translate`);
    console.log(`  npm start -- --report ${shown}            the deck, at http://127.0.0.1:4173/`);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
});

/** The project's tsconfig.json as the new folder's own extends it, so an editor type-checks its composition. */
function tsconfigFrom(dir: string): string {
  return relative(dir, join(ROOT, 'tsconfig.json'));
}
