/**
 * The PowerPoint export's time: both languages made in this process from the
 * report's data, as `npm run export -- --format pptx` makes them, loading the
 * report included. Wall time and this process's CPU time, since a shared
 * machine's load shows in the first and hardly in the second.
 */
import { resolve } from 'node:path';
import { buildPptx } from '../src/export/pptx/deck.ts';
import { pictureFonts } from '../src/export/pptx/fonts.ts';
import { FONT_FILES } from '../scripts/export.ts';
import { checkedPayload } from '../scripts/deck-build.ts';
import { reportFolder } from '../src/build/report-folder.ts';
import type { Row } from './measure.ts';
import { table } from './print.ts';

const seconds = (ms: number) => Math.round(ms) / 1000;

export async function benchPptx(): Promise<Row[]> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const payload = await checkedPayload(reportFolder(undefined, resolve(import.meta.dirname, '..')));
  const fonts = pictureFonts(FONT_FILES);
  const rows: Row[] = [];
  for (const language of payload.meta.languages) {
    const t = performance.now();
    const built = await buildPptx(payload, language, { fonts });
    rows.push({ measure: `PowerPoint export, ${language}`, value: seconds(performance.now() - t), unit: 's' });
    rows.push({ measure: `PowerPoint file, ${language}`, value: Math.round(built.file.length / 1000), unit: 'kB' });
  }
  const wall = seconds(performance.now() - started);
  const used = process.cpuUsage(cpu);
  rows.unshift(
    { measure: 'PowerPoint export, every language', value: wall, unit: 's', target: 'pptxExportS' },
    { measure: 'PowerPoint export, every language, CPU', value: seconds((used.user + used.system) / 1000), unit: 's' },
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(table(await benchPptx()));
}
