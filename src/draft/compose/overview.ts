import type { Slide } from '../../deck/spec.ts';
import type { DraftFact } from '../extract.ts';
import type { Part } from '../sections.ts';
import { contentSlide, factsOf, notesOf, phrase, type Composer } from './context.ts';

/**
 * The slides that open a part with its main figures: the review's headline
 * figures (levels with their growth and rank beneath), its growth rates as a
 * chart, a sector ratio as a structure chart; the plan's targets against the
 * year before's results.
 */

const HEADLINE_MAX = 8;

/** A level with a growth rate of its own in the same paragraph: the pairs a review opens with. */
function levelsWithGrowth(c: Composer, paragraph: readonly DraftFact[]): DraftFact[] {
  return paragraph.filter((f) => f.fact.kind === 'result' && factsOf(c, f, 'growth').length > 0);
}

function paragraphs(c: Composer, part: Part): DraftFact[][] {
  const groups = new Map<number, DraftFact[]>();
  for (const f of c.facts) if (f.part === part.number) groups.set(f.paragraph, [...(groups.get(f.paragraph) ?? []), f]);
  return [...groups.values()];
}

/** The first sentence of the paragraph when it is a short one without figures (这一年，…这项政治责任), else the kicker. */
function titleFrom(c: Composer, key: string, sentence: string | undefined, fallback: string): string {
  return sentence && sentence.length <= 40 && !/\d/u.test(sentence) ? c.texts.source(key, sentence) : fallback;
}

/** The line beneath a level on the headline slide: its growth, and the growth's rank where the text gives one. */
function growthLine(c: Composer, key: string, growth: DraftFact): string {
  const rank = factsOf(c, growth, 'rank')[0];
  const { notes, areas } = c.phrases;
  // A fall shows as its signed figure alone: "增长-3.2%" would say it twice.
  const line =
    growth.fact.value < 0
      ? Object.fromEntries(c.languages.map((language) => [language, `[[${growth.id}]]`]))
      : phrase(c, notes.growth, () => ({ growth: `[[${growth.id}]]` }));
  c.shown.add(growth.id);
  if (!rank || !rank.area) return c.texts.set(key, line);
  c.shown.add(rank.id);
  const source = c.languages[0]!;
  const ranked = phrase(c, notes.rank, (language) => {
    const area = language === source ? rank.area : areas[rank.area!]?.[language];
    return area === undefined ? undefined : { area, rank: `[[${rank.id}]]` };
  });
  return c.texts.set(
    key,
    Object.fromEntries(
      c.languages.map((language) => [language, `${line[language]}${notes.join[language] ?? ''}${ranked[language]}`]),
    ),
  );
}

export function reviewOverview(c: Composer, part: Part): Slide[] {
  const slides: Slide[] = [];
  const year = part.year;
  const source = c.extraction.outline;
  const opening = paragraphs(c, part).find((p) => levelsWithGrowth(c, p).length >= 2);
  if (opening) {
    const levels = levelsWithGrowth(c, opening).slice(0, HEADLINE_MAX);
    const id = `headline-${year}`;
    const notes = levels.map((level) =>
      growthLine(c, `draft.${id}.figures.${level.id}`, factsOf(c, level, 'growth')[0]!),
    );
    levels.forEach((level) => c.shown.add(level.id));
    const text = source.parts
      .flatMap((p) => p.sections.flatMap((s) => s.paragraphs))
      .find((p) => p.at === opening[0]!.paragraph);
    const first = text?.text.split(/[。！？]/u)[0];
    const title = titleFrom(c, `draft.${id}.title`, first, `draft.part-${part.number}.kicker`);
    slides.push(
      contentSlide(
        c,
        id,
        part,
        title,
        [{ kind: 'figures', hero: true, facts: levels.map((l) => l.id), notes }],
        notesOf(c, `draft.${id}.notes`, levels, first ?? ''),
      ),
    );
    const rates = opening.filter((f) => f.fact.kind === 'growth' && f.fact.unit === 'percent' && f.fact.value >= 0);
    if (rates.length >= 2) {
      const chartId = `indicators-${year}`;
      rates.forEach((f) => {
        c.shown.add(f.id);
        factsOf(c, f, 'rank').forEach((r) => c.shown.add(r.id));
      });
      const titleKey = c.texts.set(
        `draft.${chartId}.title`,
        phrase(c, c.phrases.titles.indicators, () => ({ year: String(year) })),
      );
      slides.push(
        contentSlide(
          c,
          chartId,
          part,
          titleKey,
          [{ kind: 'chart', chart: 'growth-ranks', facts: rates.map((f) => f.id) }],
          notesOf(c, `draft.${chartId}.notes`, rates, first ?? ''),
        ),
      );
    }
  }
  // A structure: a ratio of named parts (三次产业), or of three or more; 2.07:1 is a comparison, not a whole.
  const ratio = c.facts.find(
    (f) =>
      f.part === part.number &&
      f.fact.unit === 'ratio-part' &&
      !c.shown.has(f.id) &&
      (f.term?.parts !== undefined || ratioParts(c, f).length >= 3),
  );
  if (ratio) slides.push(structureSlide(c, part, ratio));
  return slides;
}

/** The parts of the ratio `first` belongs to. */
function ratioParts(c: Composer, first: DraftFact): DraftFact[] {
  return c.facts.filter(
    (f) => f.fact.unit === 'ratio-part' && f.fact.quote === first.fact.quote && f.paragraph === first.paragraph,
  );
}

function structureSlide(c: Composer, part: Part, first: DraftFact): Slide {
  const parts = ratioParts(c, first);
  parts.forEach((f) => c.shown.add(f.id));
  const id = `structure-${part.year}`;
  const title = c.texts.set(
    `draft.${id}.title`,
    phrase(c, c.phrases.titles.structure, (language) => {
      if (language === c.languages[0]) return { measure: first.phrase };
      const named = first.term?.labels[language];
      return named === undefined ? undefined : { measure: named };
    }),
  );
  return contentSlide(
    c,
    id,
    part,
    title,
    [{ kind: 'chart', chart: 'structure', facts: parts.map((f) => f.id) }],
    notesOf(c, `draft.${id}.notes`, parts, ''),
  );
}

/** The plan's targets that have a result of the same measure the year before, in the unit most of them share. */
export function targetsSlide(c: Composer, part: Part): Slide | undefined {
  const paired = c.facts.filter(
    (f) =>
      f.part === part.number &&
      f.fact.kind === 'target' &&
      c.facts.some(
        (r) => r.fact.measure === f.fact.measure && r.fact.year === f.fact.year - 1 && r.fact.unit === f.fact.unit,
      ),
  );
  const byUnit = new Map<string, DraftFact[]>();
  for (const f of paired) byUnit.set(f.fact.unit, [...(byUnit.get(f.fact.unit) ?? []), f]);
  const chosen = [...byUnit.values()].sort((a, b) => b.length - a.length)[0];
  if (!chosen || chosen.length < 2) return undefined;
  const facts = chosen.slice(0, 8);
  facts.forEach((f) => c.shown.add(f.id));
  const id = `targets-${part.year}`;
  const title = c.texts.set(
    `draft.${id}.title`,
    phrase(c, c.phrases.titles.targets, () => ({ year: String(part.year) })),
  );
  return contentSlide(
    c,
    id,
    part,
    title,
    [{ kind: 'chart', chart: 'targets', facts: facts.map((f) => f.id) }],
    notesOf(c, `draft.${id}.notes`, facts, ''),
  );
}
