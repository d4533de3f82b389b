import { slidesOf } from '../deck/spec.ts';
import { FACT_KINDS } from '../report/schema.ts';
import type { Composition } from './compose/index.ts';
import type { Extraction } from './extract.ts';
import type { SkipReason } from './scan.ts';

/** What a draft found, as `npm run draft` prints it and `draftReport` returns it. */
export interface DraftCounts {
  /** Numbers of the text (before the glossary) that are figures, drafted as facts. */
  figures: number;
  /** Numbers that are not figures, or could not be drafted, by reason. */
  notFigures: Partial<Record<SkipReason, number>>;
  facts: number;
  byKind: Record<string, number>;
  /** Per language: labels from the term base (the source language's are the text's own) out of all. */
  labels: Record<string, { translated: number; total: number }>;
  /** Distinct measures, and how many the term base knew. */
  measures: { known: number; total: number };
  slides: number;
}

export function countDraft(
  extraction: Extraction,
  composition: Composition,
  languages: readonly string[],
): DraftCounts {
  const { facts, skipped } = extraction;
  const notFigures: DraftCounts['notFigures'] = {};
  for (const s of skipped) notFigures[s.reason] = (notFigures[s.reason] ?? 0) + 1;
  const byKind = Object.fromEntries(FACT_KINDS.map((kind) => [kind, facts.filter((f) => f.fact.kind === kind).length]));
  const labels = Object.fromEntries(
    languages.map((language) => [
      language,
      { translated: facts.filter((f) => f.labels.translated[language]).length, total: facts.length },
    ]),
  );
  const measures = new Map<string, boolean>();
  for (const f of facts)
    measures.set(f.fact.measure ?? f.id, (measures.get(f.fact.measure ?? f.id) ?? false) || f.term !== undefined);
  return {
    figures: facts.length,
    notFigures,
    facts: facts.length,
    byKind,
    labels,
    measures: { known: [...measures.values()].filter(Boolean).length, total: measures.size },
    slides: slidesOf(composition.deck).length,
  };
}

const percent = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)} %` : '–');

/** The counts as the lines `npm run draft` prints. */
export function describeCounts(counts: DraftCounts, languages: readonly string[]): string[] {
  const kinds = Object.entries(counts.byKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const skipped = Object.entries(counts.notFigures)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  return [
    `figures: ${counts.figures}${skipped ? ` (numbers that are not figures: ${skipped})` : ''}`,
    `facts: ${counts.facts} (${kinds || 'none'})`,
    ...languages
      .slice(1)
      .map(
        (language) =>
          `labels in ${language}: ${counts.labels[language]!.translated}/${counts.labels[language]!.total} from the term base (${percent(counts.labels[language]!.translated, counts.labels[language]!.total)}), the rest left in ${languages[0]} as untranslated`,
      ),
    `measures the term base knows: ${counts.measures.known}/${counts.measures.total} (${percent(counts.measures.known, counts.measures.total)})`,
    `slides: ${counts.slides}`,
  ];
}
