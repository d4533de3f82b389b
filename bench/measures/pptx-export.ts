/**
 * The PowerPoint export (`bench/pptx.ts`, also run alone by `tsx bench/pptx.ts`):
 * both languages made from the report's data in this process, wall and CPU time, file sizes.
 */
import type { Measure } from '../measure.ts';
import { benchPptx } from '../pptx.ts';

export const pptxExport: Measure = async (bench) => {
  bench.log('PowerPoint export…');
  return { rows: await benchPptx() };
};
