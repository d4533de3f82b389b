import { DataError } from '../report/errors.ts';
import type { Report } from '../report/load.ts';
import { lookup } from '../report/resource.ts';
import { isIconName } from '../theme/icons.ts';
import { factsOfBlock, keysOfBlock, slidesOf, type Block, type DeckSpec } from './spec.ts';

/** The icons a block draws, by position. */
function iconsOfBlock(block: Block): (string | undefined)[] {
  if (block.kind === 'list' || block.kind === 'grid') return block.icons ?? [];
  return block.kind === 'quote' && block.icon ? [block.icon] : [];
}

/** Levenshtein distance, for naming the id a mistyped one was meant to be. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** "; did you mean …?" when one known name is a few keystrokes away. */
export function didYouMean(name: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(name.length / 4)) + 1;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? `; did you mean "${best}"?` : '';
}

/**
 * The composition refers only to facts, text and terms that exist, and slide ids are unique.
 * Errors name the composition's file and the slide by its id.
 */
export function checkDeck(deck: DeckSpec, report: Report, file = 'slides/index.ts'): void {
  const resource = report.resources[report.meta.languages[0]!]!;
  const requireKey = (key: string, path: string) => {
    if (lookup(resource, key) === undefined)
      throw new DataError(file, path, `a text key of the report's locales ("${key}" is none)`);
  };
  requireKey(deck.title, 'title');
  requireKey(deck.description, 'description');
  const seen = new Set<string>();
  slidesOf(deck).forEach((slide, s) => {
    if (typeof slide.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slide.id))
      throw new DataError(file, `slides[${s}].id`, `a lower-case id such as "main-indicators" (got "${slide.id}")`);
    const at = `slide "${slide.id}"`;
    if (seen.has(slide.id)) throw new DataError(file, at, `a slide id used once ("${slide.id}" repeats)`);
    seen.add(slide.id);
    const requireIcon = (name: string | undefined, path: string) => {
      if (name !== undefined && !isIconName(name))
        throw new DataError(file, path, `an icon of src/theme/icons.ts ("${name}" is not one)`);
    };
    requireIcon(slide.icon, `${at}, icon`);
    for (const field of ['title', 'subtitle', 'kicker', 'notes'] as const) {
      const key = slide[field];
      if (key !== undefined) requireKey(key, `${at}, ${field}`);
    }
    slide.blocks?.forEach((block, b) => {
      keysOfBlock(block).forEach((key, k) => requireKey(key, `${at}, blocks[${b}] text ${k + 1}`));
      iconsOfBlock(block).forEach((name, i) => requireIcon(name, `${at}, blocks[${b}].icons[${i}]`));
      if ((block.kind === 'list' || block.kind === 'grid') && block.icons && block.icons.length !== block.items.length)
        throw new DataError(
          file,
          `${at}, blocks[${b}].icons`,
          `an icon for each of the ${block.items.length} items (got ${block.icons.length})`,
        );
      factsOfBlock(block).forEach((id, f) => {
        const path = `${at}, blocks[${b}].facts[${f}]`;
        if (!(id in report.facts))
          throw new DataError(
            file,
            path,
            `a fact id of the report's facts/ ("${id}" is none${didYouMean(id, Object.keys(report.facts))})`,
          );
        requireKey(`facts.${id}`, `${path} label`);
      });
      if (block.kind === 'glossary') {
        block.terms.forEach((term, g) => {
          if (!(term in report.glossary))
            throw new DataError(
              file,
              `${at}, blocks[${b}].terms[${g}]`,
              `a term of the report's glossary.json ("${term}" is none${didYouMean(term, Object.keys(report.glossary))})`,
            );
        });
      }
    });
  });
  deck.long?.forEach((id, l) => {
    if (!seen.has(id))
      throw new DataError(file, `long[${l}]`, `a slide id of the deck ("${id}" is none${didYouMean(id, seen)})`);
  });
  if (deck.long?.length === 0) throw new DataError(file, 'long', 'at least one slide id, or no `long` at all');
}
