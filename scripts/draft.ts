/**
 * `npm run draft -- [--report DIR] [--mode beside|fill]`: drafts a report's data
 * from its source text (src/draft/). The default report is data/ (with slides/);
 * its draft always goes beside the curated data, in data/draft/.
 */
import { resolve } from 'node:path';
import { draftReport } from '../src/draft/index.ts';
import { REPORT_ENV } from '../src/build/report-folder.ts';
import { parseCommand, ROOT, runCommand, UsageError } from './cli.ts';

runCommand('draft', () => {
  const { values } = parseCommand({
    name: 'draft',
    usage: '[--report DIR] [--mode beside|fill]',
    options: { mode: { type: 'string', default: 'beside' } },
  });
  const mode = values.mode;
  if (mode !== 'beside' && mode !== 'fill') throw new UsageError(`--mode: "beside" or "fill" (got "${mode}")`);
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  // The folder itself, not reportFolder(): a folder to fill need not have a composition yet.
  const given = (values.report as string | undefined) ?? process.env[REPORT_ENV];
  const own = resolve(ROOT, 'data');
  const dir = given ? resolve(cwd, given) : own;
  if ((dir === own || dir === ROOT) && mode === 'fill')
    throw new UsageError('--mode fill: the project report is curated; its draft goes beside it (--mode beside)');
  const result = draftReport({ dir: dir === ROOT ? own : dir, mode, root: cwd });
  for (const line of result.lines) console.log(line);
});
