/**
 * The PowerPoint export (`bench/pptx.ts`, also run alone by `tsx bench/pptx.ts`):
 * both languages made from the report's data in this process, wall and CPU time, file sizes.
 */
import type { Measure, Row } from '../measure.ts';
import { benchPptx } from '../pptx.ts';

export const pptxExport: Measure = async (bench) => {
  bench.log('PowerPoint export…');
  const measured = await benchPptx();
  const rows: Row[] = measured.map((row) => ({
    measure: row.measure,
    value: row.value,
    ...(row.unit === 's' || row.unit === 'kB' ? { unit: row.unit } : {}),
    ...(row.ok !== undefined ? { target: 'pptxExportS' as const } : {}),
  }));
  return { rows, details: measured };
};
