import { wordsFor } from '../i18n/words.ts';
import { languagesOf } from '../i18n/modes.ts';
import { CHART_SIZE, chartKinds, withSecondNames, type ChartKind, type ChartSize } from '../charts/index.ts';
import type { ChartInput, ChartSpec } from '../charts/spec.ts';
import type { DeckContext } from './context.ts';

/** A chart's input from the deck: its facts, their labels in every language of the report, the engine's words. */
export function chartInput(
  factIds: string[],
  ctx: DeckContext,
  language: string,
  size: ChartSize = CHART_SIZE,
): ChartInput {
  const { payload, i18n } = ctx;
  const languages = payload.meta.languages;
  const labels = Object.fromEntries(
    languages.map((lng) => [lng, Object.fromEntries(factIds.map((id) => [id, wordsFor(i18n, lng)(`facts.${id}`)]))]),
  );
  return {
    facts: factIds.map((id) => ({ ...payload.facts[id]!, id })),
    all: payload.facts,
    labels,
    language,
    languages,
    words: wordsFor(i18n, language),
    wordsIn: Object.fromEntries(languages.map((lng) => [lng, wordsFor(i18n, lng)])),
    width: size.width,
    height: size.height,
  };
}

/**
 * The chart in a display mode: one language, or (bilingual) the first with
 * each name also in the second, as a second line, wherever both fit on one
 * line each. Geometry is the same in every language, so the two specs line up.
 */
export function chartSpec(
  kind: ChartKind,
  factIds: string[],
  ctx: DeckContext,
  mode = ctx.i18n.language,
  size: ChartSize = CHART_SIZE,
): ChartSpec {
  const spec = chartKinds[kind];
  const [first, second] = languagesOf(mode);
  const lead = spec(chartInput(factIds, ctx, first, size));
  if (!second) return lead;
  return withSecondNames(lead, spec(chartInput(factIds, ctx, second, size)));
}
