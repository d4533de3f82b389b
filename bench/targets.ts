/**
 * Every target of the benchmark, in one table: what a row must stay at or
 * under (`max`) or at or above (`min`), in the row's unit. Issue 12 sets the
 * Lighthouse and first-slide ones, the earlier issues the others (the
 * PowerPoint export's and the live relay's are read by `bench/pptx.ts` and
 * `bench/live.ts` too, which also run on their own).
 */
export const TARGETS = {
  deckGzipKB: { max: 400, unit: 'kB' },
  firstSlideRatio: { max: 1.2, unit: '×' },
  languageSwitchMs: { max: 16, unit: 'ms' },
  chartFrameMs: { max: 50, unit: 'ms' },
  heapGrowthPct: { max: 10, unit: '%' },
  lighthousePerformance: { min: 0.95, unit: 'score' },
  lighthouseFcpMs: { max: 1500, unit: 'ms' },
  lighthouseLcpMs: { max: 2000, unit: 'ms' },
  lighthouseTbtMs: { max: 150, unit: 'ms' },
  lighthouseCls: { max: 0.02, unit: '' },
  externalRequests: { max: 0, unit: '' },
  pptxExportS: { max: 3, unit: 's' },
  liveFanOutP95Ms: { max: 100, unit: 'ms' },
  liveInOrderPct: { min: 100, unit: '%' },
  liveRedisPublishesPerChange: { max: 1, unit: '' },
} as const satisfies Record<string, { max: number; unit: string } | { min: number; unit: string }>;

export type TargetName = keyof typeof TARGETS;

/** Whether a value meets its target. */
export function meets(name: TargetName, value: number): boolean {
  const target: { max?: number; min?: number } = TARGETS[name];
  if (!Number.isFinite(value)) return false;
  return target.max !== undefined ? value <= target.max : value >= target.min!;
}
