import { quoteStatesValue } from '../report/check.ts';
import type { Fact, Qualifier, Unit } from '../report/schema.ts';
import { idAllocator, slug } from './ids.ts';
import { labelsOf, type Labels } from './labels.ts';
import { clauseAfter, readParagraph, type Reading } from './measure.ts';
import { scanParagraph, type SkipReason } from './scan.ts';
import { outline, type Outline, type Part } from './sections.ts';
import type { Term, TermBase } from './terms.ts';

/** A figure of the text as a candidate fact, with what the slide draft and the labels need to know of it. */
export interface DraftFact {
  id: string;
  fact: Fact;
  labels: Labels;
  /** Offset of the figure in the normalised source. */
  at: number;
  /** The part (1 …) and the index of the section within it. */
  part: number;
  section: number;
  /** The sentence holding the figure, verbatim, and the offset of its paragraph. */
  sentence: string;
  paragraph: number;
  /** A rank's area as the text writes it (全市). */
  area?: string;
  /** The measure's phrase as the text writes it, the same without its verbs, and its entry in the term base if the base knows it. */
  phrase: string;
  core: string;
  term?: Term;
  /** The fact this one is about (a growth's level, a rank's growth). */
  of?: string;
}

export interface NotAFigure {
  text: string;
  at: number;
  reason: SkipReason;
}

export interface Extraction {
  facts: DraftFact[];
  /** Numbers of the text that are not figures, or could not be drafted, with the reason. */
  skipped: NotAFigure[];
  outline: Outline;
}

export interface DraftMeta {
  languages: readonly string[];
  years: readonly number[];
  glossaryHeading?: string | undefined;
}

/** How firmly the text states it: a bound after the figure, else 预计, 力争 or 首次 before it. */
function qualifierOf(p: string, reading: Reading, sentenceBefore: string): Qualifier | undefined {
  if (reading.bound) return reading.bound;
  if (sentenceBefore.includes('预计')) return 'expected';
  if (sentenceBefore.includes('力争')) return 'strive';
  if (reading.raw.includes('首次') || clauseAfter(p, reading).startsWith('首次')) return 'first-time';
  return undefined;
}

function unitOf(reading: Reading): { unit: Unit; counter?: string } {
  const { token } = reading;
  if (token.type === 'rank') return { unit: 'rank' };
  if (token.type === 'ratio') return { unit: 'ratio-part' };
  return token.counter ? { unit: token.unit, counter: token.counter } : { unit: token.unit };
}

function kindOf(reading: Reading, part: Part): Fact['kind'] {
  if (reading.base === 'rank') return 'rank';
  if (part.plan) return 'target';
  return reading.base === 'part' ? 'share' : reading.base;
}

/**
 * The passage quoted: the reading's clause, widened to its sentence if too short to
 * stand alone or if the clause names no measure (…经济总量跨越千亿大关，年均增长6.8%).
 */
function quoteOf(p: string, reading: Reading): string {
  let quote = p.slice(reading.quoteStart, reading.quoteEnd).trim();
  if (quote.length < 4 || !reading.phrase) {
    const sentenceStart = p.slice(0, reading.start).search(/[^。！？]*$/u);
    quote = p.slice(sentenceStart, reading.quoteEnd).trim();
  }
  return quote;
}

function sentenceOf(p: string, at: number): { start: number; text: string } {
  const start = p.slice(0, at).search(/[^。！？]*$/u);
  const rest = p.slice(at);
  const stop = rest.search(/[。！？]/u);
  return { start, text: p.slice(start, stop < 0 ? p.length : at + stop + 1) };
}

function yearOf(sentenceBefore: string, years: readonly number[], fallback: number): number {
  const named = [...sentenceBefore.matchAll(/((?:19|20)\d\d)年/gu)].map((m) => Number(m[1]));
  return named.reverse().find((year) => years.includes(year)) ?? fallback;
}

/** Every figure of the normalised source as a candidate fact of the report's schema. */
export function extract(source: string, meta: DraftMeta, terms: TermBase): Extraction {
  const shape = outline(source, meta.years, meta.glossaryHeading);
  const language = meta.languages[0]!;
  const allocate = idAllocator();
  const facts: DraftFact[] = [];
  const skipped: NotAFigure[] = [];
  const byReading = new Map<Reading, DraftFact>();

  for (const part of shape.parts) {
    part.sections.forEach((section, sectionIndex) => {
      for (const { text: p, at } of section.paragraphs) {
        const scanned = scanParagraph(p);
        skipped.push(...scanned.skipped.map((s) => ({ text: s.text, at: at + s.start, reason: s.reason })));
        for (const reading of readParagraph(p, scanned.tokens)) {
          const sentence = sentenceOf(p, reading.start);
          const before = p.slice(sentence.start, reading.start);
          const quote = quoteOf(p, reading);
          if (!quoteStatesValue(quote, reading.value)) {
            skipped.push({ text: reading.text, at: at + reading.start, reason: 'not exact' });
            continue;
          }
          const owner = reading.of ? byReading.get(reading.of) : undefined;
          const term = terms.find(reading.core, language) ?? terms.find(reading.phrase, language);
          const stem = term?.id ?? (slug(reading.core || reading.phrase) || 'figure');
          const partId = reading.part ? term?.parts?.[reading.part.index]?.id : undefined;
          const measure = measureOf(reading, stem, owner, partId);
          const year = yearOf(before, meta.years, part.year);
          const qualifier = qualifierOf(p, reading, before);
          const fact: Fact = {
            value: reading.value,
            ...unitOf(reading),
            kind: kindOf(reading, part),
            year,
            ...(qualifier ? { qualifier } : {}),
            measure,
            ...(reading.base === 'rank' && owner?.fact.measure ? { ranks: owner.fact.measure } : {}),
            quote,
          };
          const labels = labelsOf(
            {
              phrase: reading.phrase,
              fallback: quote,
              ...(term ? { term } : {}),
              base: reading.base,
              ...(reading.verb ? { verb: reading.verb } : {}),
              ...(reading.token.type === 'rank' && reading.token.area ? { area: reading.token.area } : {}),
              ...(owner && reading.base === 'rank' ? { ranked: owner.labels } : {}),
              ...(reading.part ? { part: reading.part } : {}),
            },
            meta.languages,
            terms.phrases,
          );
          const draft: DraftFact = {
            id: allocate(`${measure}-${year}`),
            fact,
            labels,
            at: at + reading.start,
            part: part.number,
            section: sectionIndex,
            sentence: sentence.text,
            paragraph: at,
            ...(reading.token.type === 'rank' && reading.token.area ? { area: reading.token.area } : {}),
            phrase: reading.phrase,
            core: reading.core,
            ...(term ? { term } : {}),
            ...(owner ? { of: owner.id } : {}),
          };
          facts.push(draft);
          byReading.set(reading, draft);
        }
      }
    });
  }
  return { facts, skipped, outline: shape };
}

/** The measure's id: the term's or the phrase's, with what the figure says of it (growth, rank, a ratio's part). */
function measureOf(reading: Reading, base: string, owner: DraftFact | undefined, partId?: string): string {
  const stem = reading.byUnit ? `${base}-${unitOf(reading).unit}` : base;
  switch (reading.base) {
    case 'growth':
      return `${stem}-growth`;
    case 'change':
      return `${stem}-change`;
    case 'rank':
      return `${owner?.fact.measure ?? stem}-rank`;
    case 'part':
      return `${stem}-${partId ?? `part-${reading.part!.index + 1}`}`;
    default:
      return stem;
  }
}
