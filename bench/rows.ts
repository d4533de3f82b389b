/** A benchmark measure's result: one row of the printed table. */
export interface Row {
  measure: string;
  value: number | string;
  unit?: string;
  target?: string;
  ok?: boolean;
}

/** The rows as a plain table. */
export function formatRows(rows: Row[]): string {
  const cells = rows.map((r) => [r.measure, `${r.value}${r.unit ? ` ${r.unit}` : ''}`, r.target ?? '', r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED']);
  const header = ['measure', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((text, i) => text.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}
