import type { DeckEntry, Slide } from '../../deck/spec.ts';
import { firstSentence, type Part, type Section } from '../sections.ts';
import { contentSlide, notesOf, type Composer } from './context.ts';

/** Cards a slide holds before the section goes on to the next slide. */
export const CARDS_PER_SLIDE = 6;
/** Points on a section's first slide: its short sentences without figures (工业转型步伐加快。). */
const POINTS = 4;
const POINT_LENGTH = 40;

/** The short sentences of a section, figures and heading left out: what it says in words. */
function pointsOf(section: Section): string[] {
  const heading = section.heading;
  return section.paragraphs
    .flatMap((p) => p.text.split(/(?<=[。！？])/u))
    .map((s) => s.replace(/[。！？]$/u, '').trim())
    .filter((s) => s.length >= 4 && s.length <= POINT_LENGTH && !/\d/u.test(s) && s !== heading && !heading.endsWith(s))
    .slice(0, POINTS);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One slide per section heading, its figures as cards (split over more slides past six), its short sentences as points. */
export function sectionEntries(c: Composer, part: Part): DeckEntry[] {
  return part.sections.flatMap((section, index): DeckEntry[] => {
    const facts = c.facts.filter((f) => f.part === part.number && f.section === index && !c.shown.has(f.id));
    const points = pointsOf(section);
    const opening = index === 0;
    if (opening && facts.length === 0 && points.length === 0) return [];
    const id = `part-${part.number}-${index}`;
    const heading = opening ? firstSentence(section.paragraphs[0]?.text ?? '') : section.heading;
    const title =
      heading && heading.length <= POINT_LENGTH
        ? c.texts.source(`draft.${id}.title`, heading)
        : `draft.part-${part.number}.kicker`;
    const pointKeys = points.map((point, i) => c.texts.source(`draft.${id}.points.p${i + 1}`, point));
    const groups = facts.length ? chunks(facts, CARDS_PER_SLIDE) : [[]];
    const slides: Slide[] = groups.map((group, g) => {
      const slideId = g === 0 ? id : `${id}-${g + 1}`;
      group.forEach((f) => c.shown.add(f.id));
      const blocks: NonNullable<Slide['blocks']> = [];
      if (group.length) blocks.push({ kind: 'figures', facts: group.map((f) => f.id) });
      if (g === 0 && pointKeys.length) blocks.push({ kind: 'list', items: pointKeys });
      const notes = notesOf(c, `draft.${slideId}.notes`, group, section.heading || heading);
      return contentSlide(c, slideId, part, title, blocks, notes);
    });
    return slides.length === 1 ? slides : [{ id, stack: slides }];
  });
}
