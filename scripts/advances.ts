/**
 * The deck's typeface measured for chart layout: every character's advance in
 * both weights, read by HarfBuzz from the installed font files, written to
 * `src/charts/advances.json`, which the charts, the reading page and the
 * PowerPoint export lay text out by. `npm run advances` after the font package
 * changes; `-- --check` fails when the table no longer matches the font.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { measureAdvances } from '../src/charts/measure.ts';

const root = resolve(import.meta.dirname, '..');
const TABLE = resolve(root, 'src/charts/advances.json');
const PACKAGE = '@expo-google-fonts/noto-sans-sc';
const fontDir = resolve(root, 'node_modules', PACKAGE);

/** The table as the file holds it, for the font installed now. */
export async function advancesFile(): Promise<string> {
  const { version } = JSON.parse(readFileSync(resolve(fontDir, 'package.json'), 'utf8')) as { version: string };
  const table = measureAdvances(
    {
      regular: readFileSync(resolve(fontDir, '400Regular/NotoSansSC_400Regular.ttf')),
      bold: readFileSync(resolve(fontDir, '700Bold/NotoSansSC_700Bold.ttf')),
    },
    `Noto Sans SC (${PACKAGE} ${version})`,
  );
  return format(JSON.stringify(table), { ...(await resolveConfig(TABLE)), filepath: TABLE });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const made = await advancesFile();
  if (!values.check) writeFileSync(TABLE, made);
  else if (readFileSync(TABLE, 'utf8') !== made) {
    console.error(`${TABLE}: does not match the installed font; run npm run advances`);
    process.exit(1);
  }
}
