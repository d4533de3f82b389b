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

/** A text the report folder already has (a scaffold's title and part slides), by key. */
export type Existing = (key: string) => string | undefined;

/** The scaffold's title slide (`npm run new`: title.heading …), kept where the folder has it. */
function keptTitle(existing: Existing): Slide | undefined {
  if (existing('title.heading') === undefined) return undefined;
  const key = (name: string) => (existing(`title.${name}`) !== undefined ? `title.${name}` : undefined);
  const [kicker, subtitle] = [key('kicker'), key('subtitle')];
  return {
    id: 'title',
    layout: 'title',
    ...(kicker ? { kicker } : {}),
    title: 'title.heading',
    ...(subtitle ? { subtitle } : {}),
    notes: key('notes') ?? 'title.heading',
  };
}

/** The scaffold's slide for a part, where the folder has one for the same heading. */
function keptPart(existing: Existing, id: string, heading: string): Slide | undefined {
  if (existing(`${id}.heading`) !== heading.replace(/^[一二三四五六七八九十]+、/u, '').trim()) return undefined;
  const kicker = existing(`${id}.kicker`) !== undefined ? `${id}.kicker` : undefined;
  const notes = existing(`${id}.notes`) !== undefined ? `${id}.notes` : `${id}.heading`;
  return { id, layout: 'section', ...(kicker ? { kicker } : {}), title: `${id}.heading`, notes };
}

/** The deck's title and description (a folder that has them keeps its own: the writer leaves out keys it holds). */
function titleOf(c: Composer): { title: string; occasion: string | undefined } {
  const front = c.extraction.outline.front.map((p) => p.text);
  const title = front.find((line) => /报告$/u.test(line)) ?? front[0] ?? c.extraction.outline.parts[0]?.heading ?? '';
  const occasion = front.find((line) => /^——/u.test(line));
  const fixed = c.phrases.fixed[title];
  c.texts.set('deck.title', { [c.languages[0]!]: title, ...fixed });
  c.texts.set(
    'deck.description',
    occasion ? { [c.languages[0]!]: occasion.replace(/^——/u, '') } : { [c.languages[0]!]: title, ...fixed },
  );
  return { title, occasion };
}

function titleSlide(c: Composer, { title, occasion }: ReturnType<typeof titleOf>): Slide {
  const front = c.extraction.outline.front.map((p) => p.text);
  const subtitle = occasion ? c.texts.source('draft.title.subtitle', occasion.replace(/^——/u, '')) : undefined;
  const notes = c.texts.source('draft.title.notes', front.join('\n') || title);
  return { id: 'title', layout: 'title', title: 'deck.title', ...(subtitle ? { subtitle } : {}), notes };
}

export function compose(
  extraction: Extraction,
  phrases: Phrases,
  languages: readonly string[],
  existing: Existing = () => undefined,
): Composition {
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
  const named = titleOf(c);
  const entries: DeckEntry[] = [keptTitle(existing) ?? titleSlide(c, named)];
  const firstReview = extraction.outline.parts.find((part) => !part.plan);
  const firstPlan = extraction.outline.parts.find((part) => part.plan);
  for (const part of extraction.outline.parts) {
    const id = `part-${part.number}`;
    if (part.heading) {
      const kept = keptPart(existing, id, part.heading);
      const title = kept ? undefined : texts.source(`draft.${id}.title`, part.heading);
      entries.push(kept ?? { id, layout: 'section', title: title!, notes: title! });
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
