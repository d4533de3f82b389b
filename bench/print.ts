import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Row } from './measure.ts';
import { meets, TARGETS } from './targets.ts';

const decimals: Record<string, number> = { ms: 1, s: 1, kB: 1, '×': 2, '%': 1, score: 2, '': 3 };

function format(value: number | string, unit = ''): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return 'n/a';
  const digits = Number.isInteger(value) && (unit === '' || unit === 'kB') ? 0 : (decimals[unit] ?? 1);
  const text = value.toFixed(digits);
  return unit === '' || unit === 'score' ? text : unit === '×' ? `${text}×` : `${text} ${unit}`;
}

function targetText(row: Row): string {
  if (!row.target) return '';
  const target: { max?: number; min?: number; unit: string } = TARGETS[row.target];
  return target.max !== undefined ? `≤ ${format(target.max, target.unit)}` : `≥ ${format(target.min!, target.unit)}`;
}

function status(row: Row): string {
  if (!row.target) return '';
  if (typeof row.value !== 'number') return 'n/a';
  return meets(row.target, row.value) ? 'ok' : 'MISSED';
}

/** The rows as a Markdown table, each beside its target and whether it meets it. */
export function table(rows: Row[]): string {
  const head = ['measure', 'value', 'target', 'status'];
  const cells = rows.map((row) => [row.measure, format(row.value, row.unit), targetText(row), status(row)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (cs: string[]) => `| ${cs.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Prints the table under a heading and writes everything, with the rows and their status, as JSON. */
export function report(heading: string, rows: Row[], json: Record<string, unknown>, file: string): void {
  console.log(`\n${heading}\n`);
  console.log(table(rows));
  mkdirSync(dirname(file), { recursive: true });
  const judged = rows.map((row) => ({
    ...row,
    targetText: targetText(row) || undefined,
    status: status(row) || undefined,
  }));
  writeFileSync(file, `${JSON.stringify({ ...json, rows: judged }, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
}
