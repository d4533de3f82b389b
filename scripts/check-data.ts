/** Validates data/ and slides/ and prints what they hold: `npm run check:data`. */
import { resolve } from 'node:path';
import { loadChecked } from '../src/build/report-plugin.ts';
import { deck } from '../slides/index.ts';
import { slidesOf } from '../src/deck/spec.ts';

const root = resolve(import.meta.dirname, '..');
try {
  const report = loadChecked(resolve(root, 'data'), deck, root);
  console.log(
    `data ok: ${Object.keys(report.facts).length} facts, ${Object.keys(report.glossary).length} glossary terms, ${slidesOf(deck).length} slides`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
