import type { ChartSpec } from './spec.ts';

/** The chart's numbers as a table that screen readers reach and sighted users never see. */
export function chartTable(spec: ChartSpec): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'visually-hidden chart-table';
  fillTable(table, spec);
  return table;
}

function fillTable(table: HTMLTableElement, spec: ChartSpec): void {
  const caption = document.createElement('caption');
  caption.textContent = spec.title;
  const body = document.createElement('tbody');
  for (const row of spec.table) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = row.label;
    const td = document.createElement('td');
    td.textContent = row.value;
    tr.append(th, td);
    body.append(tr);
  }
  table.replaceChildren(caption, body);
}

export function paintChartTable(figure: HTMLElement, spec: ChartSpec): void {
  const table = figure.querySelector<HTMLTableElement>('table.chart-table');
  if (table) fillTable(table, spec);
}
