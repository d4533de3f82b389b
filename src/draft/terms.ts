import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseWith } from '../report/load.ts';

/**
 * The term base: the measures and phrases of government work reports with
 * the wording official translations use, kept as data in `terms/` (it names no
 * county). A measure is found by any of its forms in the source language and
 * labelled from its entry in every other language; `phrases.json` holds how a
 * label says what kind of figure it is (a growth rate, a rank, a change).
 */

const text = z.string().min(1);
const byLanguage = z.record(z.string().regex(/^[a-z]{2}$/), text);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id such as "gdp"');

const termSchema = z
  .object({
    id,
    /** How the source language writes the measure, each form exactly as a report's text does. */
    forms: z.record(z.string().regex(/^[a-z]{2}$/), z.array(text).min(1)),
    /** The measure's label in other languages. */
    labels: byLanguage,
    /** Its growth rate's label, where the genre has a set phrase for it (GDP growth). */
    growth: byLanguage.optional(),
    /** For a ratio (三次产业比): its parts, in the order the text gives them. */
    parts: z.array(z.object({ id, labels: byLanguage }).strict()).optional(),
  })
  .strict();
export type Term = z.infer<typeof termSchema>;

const termsFileSchema = z.object({ about: text, terms: z.array(termSchema) }).strict();

const phrasesSchema = z
  .object({
    about: text,
    /** Label templates by kind, `{{measure}}` the measure's label; `{{area}}` and `{{verb}}` as the text has them. */
    kinds: z.object({ growth: byLanguage, rank: byLanguage, change: byLanguage, part: byLanguage }).strict(),
    /** Areas a rank is in (全市), in each language. */
    areas: z.record(text, byLanguage),
    /** Change verbs (提高, 下降 …), in each language. */
    verbs: z.record(text, byLanguage),
    /** A level's line beneath it on the headline slide: its growth and the growth's rank. */
    notes: z.object({ growth: byLanguage, rank: byLanguage, join: byLanguage }).strict(),
    /** Slide titles the draft gives its charts, `{{year}}` the year. */
    titles: z.object({ indicators: byLanguage, structure: byLanguage, targets: byLanguage }).strict(),
    /** Whole phrases a report's title page uses (政府工作报告). */
    fixed: z.record(text, byLanguage),
  })
  .strict();
export type Phrases = z.infer<typeof phrasesSchema>;

export interface TermBase {
  terms: Term[];
  phrases: Phrases;
  /** The term a measure's phrase names in `language`, if the base has it. */
  find(phrase: string, language: string): Term | undefined;
}

export const TERMS_DIR = join(import.meta.dirname, 'terms');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Loads every measures file of `dir` (all but phrases.json, or those `only` names) and its
 * phrases; a broken file names itself.
 */
export function loadTermBase(dir = TERMS_DIR, only?: readonly string[]): TermBase {
  const phrases = parseWith(phrasesSchema, readJson(join(dir, 'phrases.json')), 'src/draft/terms/phrases.json');
  const terms = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'phrases.json' && (!only || only.includes(name)))
    .sort()
    .flatMap((name) => parseWith(termsFileSchema, readJson(join(dir, name)), `src/draft/terms/${name}`).terms);
  const index = new Map<string, Term>();
  for (const term of terms)
    for (const [language, forms] of Object.entries(term.forms))
      for (const form of forms) if (!index.has(`${language}:${form}`)) index.set(`${language}:${form}`, term);
  return { terms, phrases, find: (phrase, language) => index.get(`${language}:${phrase}`) };
}
