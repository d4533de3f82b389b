import { wordsFor } from '../i18n/words.ts';
import type { ChartKind } from '../deck/spec.ts';
import type { DeckContext } from '../deck/context.ts';
import { languagesOf } from '../i18n/modes.ts';
import type { ChartInput, ChartKindSpec, ChartSpec } from './spec.ts';
import { growthRanks } from './growth-ranks.ts';
import { structure } from './structure.ts';
import { income } from './income.ts';
import { targets } from './targets.ts';
import { threshold } from './threshold.ts';
import { bars } from './bars.ts';
import { days } from './days.ts';
import { tiers } from './tiers.ts';

/** Every chart kind the composition may name; each is a pure function of its input. */
export const chartKinds: Partial<Record<ChartKind, ChartKindSpec>> = {
  'growth-ranks': growthRanks,
  structure,
  income,
  targets,
  threshold,
  bars,
  days,
  tiers,
};

/** The chart area of a content slide, in the deck's 1280×720 coordinates. */
export const CHART_SIZE = { width: 1120, height: 440 };

export function chartInput(factIds: string[], ctx: DeckContext, language: string, size = CHART_SIZE): ChartInput {
  const { payload, i18n } = ctx;
  const languages = payload.meta.languages;
  const labels = Object.fromEntries(languages.map((lng) => [lng, Object.fromEntries(factIds.map((id) => [id, wordsFor(i18n, lng)(`facts.${id}`)]))]));
  return {
    facts: factIds.map((id) => ({ ...payload.facts[id]!, id })),
    all: payload.facts,
    labels,
    language,
    languages,
    words: wordsFor(i18n, language),
    ...size,
  };
}

/**
 * The chart in a display mode: one language, or (bilingual) the first with
 * each name also in the second, as a second line, wherever both fit on one
 * line each. Geometry is the same in every language, so the two specs line up.
 */
export function chartSpec(kind: ChartKind, factIds: string[], ctx: DeckContext, mode = ctx.i18n.language): ChartSpec {
  const spec = chartKinds[kind];
  if (!spec) throw new Error(`no chart kind "${kind}"`);
  const [first, second] = languagesOf(mode);
  const lead = spec(chartInput(factIds, ctx, first));
  if (!second) return lead;
  return withSecondNames(lead, spec(chartInput(factIds, ctx, second)));
}

/** Names (label-size text) get the other language's name beneath them, unless either already wraps. */
export function withSecondNames(lead: ChartSpec, other: ChartSpec): ChartSpec {
  const names = new Map(other.marks.flatMap((m) => (m.type === 'text' && m.size === 'label' ? [[m.id, m] as const] : [])));
  const marks = lead.marks.map((mark) => {
    const name = mark.type === 'text' && mark.size === 'label' ? names.get(mark.id) : undefined;
    if (mark.type !== 'text' || !name || mark.line2 || name.line2 || name.text === mark.text) return mark;
    return { ...mark, line2: name.text };
  });
  return { ...lead, marks };
}
