/**
 * What a measure of the benchmark is: one file under `bench/measures/`, exporting
 *
 *     export async function myMeasure(bench: Bench): Promise<Measured>
 *
 * It gets the running benchmark (the served deck and baseline, a Chromium,
 * a logger) and returns rows for the table and, optionally, the raw figures
 * for the JSON. A row names the target it is judged against by its key in
 * `bench/targets.ts`; the printer compares and prints, so a measure never
 * decides what passes. Add the function to the list in `bench/run.ts`.
 */
import type { Browser } from '@playwright/test';
import type { TargetName } from './targets.ts';

export interface Served {
  /** The page's address, ending in `/`. */
  url: string;
  /** The built directory behind it. */
  dist: string;
}

export interface Bench {
  /** The repository root. */
  root: string;
  deck: Served;
  /** The plain reveal.js deck of `bench/baseline`, built and served the same way. */
  baseline: Served;
  browser: Browser;
  /** The Chromium binary (for tools that launch their own). */
  chromiumPath: string;
  log: (message: string) => void;
}

export interface Row {
  /** What was measured, as the table shows it. */
  measure: string;
  /** A number in `unit`, or text for figures that have no single number. */
  value: number | string;
  unit?: Unit;
  /** The target it is judged against; none for figures reported for information. */
  target?: TargetName;
}

export type Unit = 'ms' | 's' | 'kB' | '×' | '%' | 'score' | '';

export interface Measured {
  rows: Row[];
  /** Everything else worth keeping, written to the JSON under the measure's name. */
  details?: unknown;
}

export type Measure = (bench: Bench) => Promise<Measured>;
