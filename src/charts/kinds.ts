import type { ChartKindSpec } from './spec.ts';
import { growthRanks } from './growth-ranks.ts';
import { structure } from './structure.ts';
import { income } from './income.ts';
import { targets } from './targets.ts';
import { threshold } from './threshold.ts';
import { bars } from './bars.ts';
import { days } from './days.ts';
import { tiers } from './tiers.ts';
import { shares } from './shares.ts';
import { waffle } from './waffle.ts';

/** Every chart kind the composition may name; each is a pure function of its input. Adding a kind is one line here. */
export const chartKinds = {
  'growth-ranks': growthRanks,
  structure,
  income,
  targets,
  threshold,
  bars,
  days,
  tiers,
  shares,
  waffle,
} as const satisfies Record<string, ChartKindSpec>;

export type ChartKind = keyof typeof chartKinds;

export function isChartKind(name: string): name is ChartKind {
  return Object.hasOwn(chartKinds, name);
}
