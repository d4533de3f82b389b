import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Bench, Measured } from '../measure.ts';
import { filesUnder, run } from '../support/serve.ts';

/** `npm run export` into a temporary directory, timed; both languages' PDFs. */
export async function pdfExport(bench: Bench): Promise<Measured> {
  const scripts =
    (JSON.parse(readFileSync(join(bench.root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> })
      .scripts ?? {};
  if (!scripts['export']) return { rows: [{ measure: 'PDF export, both languages', value: 'n/a (no export script)' }] };
  const out = mkdtempSync(join(tmpdir(), 'deck-bench-pdf-'));
  try {
    bench.log('PDF export (npm run export -- --out <tmp>)…');
    const result = await run(bench.root, 'npm', ['run', 'export', '--', '--out', out], 5 * 60_000);
    const files = existsSync(out) ? filesUnder(out).filter((f) => f.endsWith('.pdf')) : [];
    const ok = result.status === 0;
    return {
      rows: [
        {
          measure: `PDF export, both languages${ok ? ` (${files.length} PDF)` : ` FAILED, exit ${result.status}`}`,
          value: result.ms / 1000,
          unit: 's',
        },
      ],
      details: {
        seconds: result.ms / 1000,
        exitCode: result.status,
        files: files.map((f) => ({ name: relative(out, f), bytes: statSync(f).size })),
        ...(ok ? {} : { outputTail: result.output.slice(-2000) }),
      },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
