/**
 * Everything that draws and animates charts and counting figures, D3 with it:
 * one chunk, imported by the charts controller the first time a slide near
 * the present one needs it, so the first slide is up before any of it loads.
 */
export { CHART_SIZE, isChartKind } from '../charts/index.ts';
export { chartSpec } from '../deck/chart-spec.ts';
export { mountChart } from '../charts/render.ts';
export { chartTable, paintChartTable } from '../charts/table.ts';
export { mountCountUp } from '../render/countup.ts';
