import type { ChartKind } from '../deck/spec.ts';

export interface PhoneChartSize {
  /** The size the chart is laid out at, in chart units. */
  width: number;
  height: number;
  /** On-screen pixels per chart unit. */
  scale: number;
}

/**
 * The size to lay a chart out at for a phone: its width the screen's column,
 * its height what its rows need (within the screen's), both in chart units
 * at a scale that keeps every text of the chart at 12 px or more. Self-contained:
 * the page's first paint runs its source to keep a chart's room before any module loads.
 */
export function phoneChartSize(kind: ChartKind, facts: number, box: { width: number; height: number }): PhoneChartSize {
  /**
   * On-screen pixels per chart unit the reading page aims for. The chart kinds
   * lay text out at 22 units (labels, values), so this sets labels near 14 px.
   */
  const PREFERRED_SCALE = 0.64;
  /**
   * The narrowest layout the chart kinds keep apart: their value and label
   * columns are fixed widths (up to 300 units), and below this the bars have no
   * room. On a 360 px phone this is what sets the scale (0.57: 12.6 px labels).
   */
  const MIN_WIDTH = 600;
  /** No chart is taller than this share of the screen, so it is seen whole. */
  const MAX_SCREEN_SHARE = 0.75;

  /** The height each kind needs at a phone's width, in chart units, for `n` facts: rows that take a two-line label. */
  const NEEDED_HEIGHT: Record<ChartKind, (n: number) => number> = {
    'growth-ranks': (n) => 34 + n * 64,
    bars: (n) => Math.max(150, n * 76),
    targets: (n) => 44 + n * 92,
    threshold: (n) => 56 + n * 120,
    days: (n) => n * 150,
    tiers: (n) => n * 120,
    shares: (n) => Math.max(180, n * 110),
    waffle: () => 560,
    structure: () => 380,
    income: () => 430,
  };
  const width = Math.max(MIN_WIDTH, Math.round(box.width / PREFERRED_SCALE));
  const scale = box.width / width;
  const height = Math.round(Math.min(NEEDED_HEIGHT[kind](facts), (box.height * MAX_SCREEN_SHARE) / scale));
  return { width, height, scale };
}

/**
 * Keeps a chart's room on the reading page before it is drawn (an empty box of
 * the chart's proportions), so nothing below it moves when it is. Self-contained,
 * like `phoneChartSize` (handed in as `size`): the first paint runs its source too.
 */
export function keepChartRoom(
  figure: HTMLElement,
  box: { width: number; height: number },
  size: typeof phoneChartSize,
): void {
  if (figure.querySelector(':scope > .chart-space, :scope > svg')) return;
  const { width, height } = size(figure.dataset.chart as ChartKind, figure.dataset.facts!.split(' ').length, box);
  const space = document.createElement('div');
  space.className = 'chart-space';
  space.style.aspectRatio = `${width} / ${height}`;
  figure.prepend(space);
}
