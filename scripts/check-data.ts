/**
 * Validates a report and its composition and prints what they hold, and how
 * much of each language is still to translate: `npm run check:data [-- --report DIR]`.
 */
import { loadComposition } from '../src/build/report-folder.ts';
import { loadReport } from '../src/report/load.ts';
import { checkReport } from '../src/report/check.ts';
import { checkDeck } from '../src/deck/check.ts';
import { slidesOf } from '../src/deck/spec.ts';
import { translationState } from '../src/report/translation.ts';
import { parseCommand, runCommand } from './cli.ts';
import { typecheckComposition } from './typecheck.ts';

runCommand('check:data', async () => {
  const { report: named } = parseCommand({ name: 'check:data', usage: '[--report DIR]', options: {} });
  const folder = named();
  const deck = await loadComposition(folder);
  const report = loadReport(folder.dataDir, folder.cwd);
  const [source] = report.meta.languages;
  // Before the checks, so that a report whose translation is unfinished learns how much is left.
  for (const state of translationState(report)) {
    const todo = state.missing + state.untranslated;
    console.log(
      `${state.language}: ${state.total - todo} of ${state.total} texts translated` +
        (todo ? `; ${state.missing} missing, ${state.untranslated} still the same as ${source}` : ''),
    );
  }
  checkReport(report);
  checkDeck(deck, report, folder.label(folder.composition));
  const typeErrors = typecheckComposition(folder);
  if (typeErrors.length) {
    for (const line of typeErrors) console.error(line);
    throw new Error(`${folder.label(folder.composition)}: ${typeErrors.length} type errors`);
  }
  const facts = Object.keys(report.facts).length;
  const terms = Object.keys(report.glossary).length;
  console.log(
    `${folder.label(folder.dataDir)} ok: ${facts} facts, ${terms} glossary terms, ${slidesOf(deck).length} slides`,
  );
});
