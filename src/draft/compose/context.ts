import type { Slide } from '../../deck/spec.ts';
import type { DraftFact, Extraction } from '../extract.ts';
import { fill } from '../labels.ts';
import type { Part } from '../sections.ts';
import type { Phrases } from '../terms.ts';
import type { ByLanguage, TextTable } from './texts.ts';

/** What every part of the slide draft reads and adds to. */
export interface Composer {
  extraction: Extraction;
  facts: readonly DraftFact[];
  texts: TextTable;
  phrases: Phrases;
  languages: readonly string[];
  /** Facts already on a slide (as a figure, in a chart or in a line beneath a figure). */
  shown: Set<string>;
}

/** The facts that state something about `fact` (its growth, a growth's rank). */
export function factsOf(c: Composer, fact: DraftFact, kind?: string): DraftFact[] {
  return c.facts.filter((f) => f.of === fact.id && (kind === undefined || f.fact.kind === kind));
}

/** A template of the term base filled in every language that has it; the others get the source language's text. */
export function phrase(
  c: Composer,
  templates: ByLanguage,
  values: (language: string) => Record<string, string> | undefined,
): ByLanguage {
  const source = c.languages[0]!;
  const own = fill(templates[source] ?? '', values(source) ?? {});
  return Object.fromEntries(
    c.languages.map((language) => {
      const template = templates[language];
      const filled = template === undefined ? undefined : values(language);
      return [language, template !== undefined && filled !== undefined ? fill(template, filled) : own];
    }),
  );
}

/** The part's short name for a slide's kicker: its heading up to the first comma (一、回顾2022年). */
export function kickerOf(c: Composer, part: Part): string {
  const key = `draft.part-${part.number}.kicker`;
  if (!c.texts.has(key)) c.texts.source(key, part.heading.split(/[，,]/u)[0] ?? part.heading);
  return key;
}

/** The sentences that state the given facts, once each, in the order of the text: a slide's speaker notes. */
export function notesOf(c: Composer, key: string, facts: readonly DraftFact[], fallback: string): string {
  const sentences = [...new Set(facts.map((f) => f.sentence))];
  return c.texts.source(key, sentences.length ? sentences.join('\n') : fallback);
}

/** A content slide with its kicker, title and notes under `draft.<id>`. */
export function contentSlide(
  c: Composer,
  id: string,
  part: Part,
  title: string,
  blocks: NonNullable<Slide['blocks']>,
  notes: string,
): Slide {
  return { id, layout: 'content', kicker: kickerOf(c, part), title, blocks, notes };
}
