import { wordsFor } from '../i18n/words.ts';
import type { DeckContext } from '../deck/context.ts';
import { languagesOf } from '../i18n/modes.ts';
import type { ChartInput, ChartSpec } from './spec.ts';
import { chartKinds, isChartKind, type ChartKind } from './kinds.ts';

export { chartKinds, isChartKind, type ChartKind };

/** The size a chart is laid out at before its box on the slide is known (a slide not yet shown), in slide pixels. */
export const CHART_SIZE = { width: 1152, height: 440 };

export interface ChartSize {
  width: number;
  height: number;
}

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

/** Names (label-size text) get the other language's name beneath them, unless either already wraps. */
export function withSecondNames(lead: ChartSpec, other: ChartSpec): ChartSpec {
  const names = new Map(
    other.marks.flatMap((m) => (m.type === 'text' && m.size === 'label' ? [[m.id, m] as const] : [])),
  );
  const marks = lead.marks.map((mark) => {
    const name = mark.type === 'text' && mark.size === 'label' ? names.get(mark.id) : undefined;
    if (mark.type !== 'text' || !name || mark.line2 || name.line2 || name.text === mark.text) return mark;
    return { ...mark, line2: name.text };
  });
  return { ...lead, marks };
}
