import type { DeckEntry, DeckSpec, Slide } from '../../deck/spec.ts';
import type { Extraction } from '../extract.ts';
import type { Phrases } from '../terms.ts';
import { type Composer } from './context.ts';
import { reviewOverview, targetsSlide } from './overview.ts';
import { sectionEntries } from './sections.ts';
import { TextTable } from './texts.ts';

/**
 * The slide draft: a title slide from the front matter, then for each part a
 * divider, its overview (headline figures, growth rates, structure, targets)
 * and one slide per section. Every figure is a drafted fact; every text is the
 * source's own words, or the term base's in the other languages.
 */
export interface Composition {
  deck: DeckSpec;
  texts: TextTable;
}

function titleSlide(c: Composer): Slide {
  const front = c.extraction.outline.front.map((p) => p.text);
  const title = front.find((line) => /报告$/u.test(line)) ?? front[0] ?? c.extraction.outline.parts[0]?.heading ?? '';
  const occasion = front.find((line) => /^——/u.test(line));
  const fixed = c.phrases.fixed[title];
  c.texts.set('deck.title', { [c.languages[0]!]: title, ...fixed });
  c.texts.set(
    'deck.description',
    occasion ? { [c.languages[0]!]: occasion.replace(/^——/u, '') } : { [c.languages[0]!]: title, ...fixed },
  );
  const subtitle = occasion ? c.texts.source('draft.title.subtitle', occasion.replace(/^——/u, '')) : undefined;
  const notes = c.texts.source('draft.title.notes', front.join('\n') || title);
  return { id: 'title', layout: 'title', title: 'deck.title', ...(subtitle ? { subtitle } : {}), notes };
}

export function compose(extraction: Extraction, phrases: Phrases, languages: readonly string[]): Composition {
  const texts = new TextTable(languages);
  const c: Composer = {
    extraction,
    facts: extraction.facts,
    texts,
    phrases,
    languages,
    shown: new Set(),
  };
  for (const f of extraction.facts) texts.set(`facts.${f.id}`, f.labels.text);
  const entries: DeckEntry[] = [titleSlide(c)];
  const firstReview = extraction.outline.parts.find((part) => !part.plan);
  const firstPlan = extraction.outline.parts.find((part) => part.plan);
  for (const part of extraction.outline.parts) {
    const id = `part-${part.number}`;
    if (part.heading) {
      const title = texts.source(`draft.${id}.title`, part.heading);
      entries.push({ id, layout: 'section', title, notes: title });
    }
    if (part === firstReview) entries.push(...reviewOverview(c, part));
    if (part === firstPlan) {
      const targets = targetsSlide(c, part);
      if (targets) entries.push(targets);
    }
    entries.push(...sectionEntries(c, part));
  }
  return { deck: { title: 'deck.title', description: 'deck.description', entries }, texts };
}
