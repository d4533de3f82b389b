import { relative } from 'node:path';
import { DataError } from '../report/errors.ts';
import { normaliseSource } from '../source/normalise.ts';
import { compose, type Composition, type Existing } from './compose/index.ts';
import { lookup } from '../report/resource.ts';
import { extract, type DraftMeta, type Extraction } from './extract.ts';
import { readFolder } from './folder.ts';
import { countDraft, describeCounts, type DraftCounts } from './summary.ts';
import { loadTermBase, type TermBase } from './terms.ts';
import { writeBeside, writeFill, type Drafted } from './write.ts';

export { untranslatedCount } from './untranslated.ts';
export type { DraftCounts } from './summary.ts';

/** The languages whose text the extractor reads. */
export const DRAFTED_LANGUAGES: readonly string[] = ['zh'];

export interface TextDraft extends Drafted {
  extraction: Extraction;
  composition: Composition;
  counts: DraftCounts;
}

/** The draft of a report's text, in memory: its facts, their labels and the slide draft. */
export function draftText(
  raw: string,
  meta: DraftMeta,
  terms: TermBase = loadTermBase(),
  existing?: Existing,
): TextDraft {
  const source = normaliseSource(raw);
  const extraction = extract(source, meta, terms);
  const composition = compose(extraction, terms.phrases, meta.languages, existing);
  const facts = Object.fromEntries(extraction.facts.map((f) => [f.id, f.fact]));
  const texts = Object.fromEntries(meta.languages.map((language) => [language, composition.texts.resource(language)]));
  return {
    facts,
    texts,
    deck: composition.deck,
    extraction,
    composition,
    counts: countDraft(extraction, composition, meta.languages),
  };
}

export interface DraftOptions {
  /** The report folder (holding meta.json). */
  dir: string;
  /**
   * `beside`: a report folder of its own in DIR/draft/, never touching the curated data.
   * `fill`: into DIR itself, adding only facts and texts it lacks, and the composition (slides.ts)
   * when DIR has no facts yet, as a folder `npm run new` just made.
   */
  mode: 'fill' | 'beside';
  /** What paths in messages are relative to. */
  root?: string;
}

export interface DraftResult extends DraftCounts {
  mode: 'fill' | 'beside';
  /** Files written. */
  files: string[];
  /** Facts added, and drafted facts whose id the folder already had (left as they were). */
  added: number;
  kept: number;
  /** Whether the drafted composition was written. */
  composition: boolean;
  /** Milliseconds, reading to writing. */
  ms: number;
  /** What `npm run draft` prints. */
  lines: string[];
}

/** Drafts a report folder's data from its source text and writes it (see `mode`). */
export function draftReport(options: DraftOptions): DraftResult {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const state = readFolder(options.dir, root);
  const language = state.meta.languages[0]!;
  if (!DRAFTED_LANGUAGES.includes(language))
    throw new DataError(
      relative(root, `${options.dir}/meta.json`),
      'languages[0]',
      `a source language the draft reads (${DRAFTED_LANGUAGES.join(', ')}; this report's is "${language}")`,
    );
  // A fresh folder's title and part slides (npm run new) are kept in the composition it gets.
  const existing: Existing | undefined = options.mode === 'fill' ? (key) => lookup(state.sourceTexts, key) : undefined;
  const draft = draftText(state.raw, state.meta, loadTermBase(), existing);
  const written =
    options.mode === 'beside'
      ? { ...writeBeside(state, draft), added: draft.extraction.facts.length, kept: 0, composition: true }
      : writeFill(state, draft);
  const ms = performance.now() - started;
  const where =
    options.mode === 'beside'
      ? `wrote the draft beside the curated data, as a report folder of its own: ${relative(root, `${options.dir}/draft`)}/ (build it with --report ${relative(root, `${options.dir}/draft`)})`
      : `filled ${relative(root, options.dir) || '.'}: ${written.added} new facts added, ${written.kept} already there kept as they were; ${written.composition ? 'slides.ts written (the folder had no facts)' : 'slides.ts left as it was'}`;
  const lines = [...describeCounts(draft.counts, state.meta.languages), where, `time: ${ms.toFixed(0)} ms`];
  return {
    ...draft.counts,
    mode: options.mode,
    files: written.files,
    added: written.added,
    kept: written.kept,
    composition: written.composition,
    ms,
    lines,
  };
}
