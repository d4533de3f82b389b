/**
 * `npm run draft -- [--report DIR] [--mode beside|fill]`: drafts a report's data
 * from its source text. The default report is data/ (with slides/); a draft of
 * it is always written beside the curated data, in data/draft/.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftReport } from '../src/draft/index.ts';

const root = resolve(import.meta.dirname, '..');
const cwd = process.env['INIT_CWD'] ?? process.cwd();

try {
  const { values } = parseArgs({
    options: {
      report: { type: 'string' },
      mode: { type: 'string', default: 'beside' },
    },
    strict: true,
  });
  const mode = values.mode;
  if (mode !== 'beside' && mode !== 'fill') throw new Error(`--mode: "beside" or "fill" (got "${mode}")`);
  const dir = values.report ? resolve(cwd, values.report) : resolve(root, 'data');
  if (dir === resolve(root, 'data') && mode === 'fill')
    throw new Error('--mode fill: the default report is curated; its draft goes beside it (--mode beside)');
  const result = draftReport({ dir, mode, root: cwd });
  for (const line of result.lines) console.log(line);
} catch (error) {
  console.error((error as Error).message.split('\n')[0]);
  process.exit(1);
}
