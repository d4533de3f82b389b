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

/** The composition refers only to facts, text and terms that exist, and slide ids are unique. */
export function checkDeck(deck: DeckSpec, report: Report, file = 'slides/index.ts'): void {
  const resource = report.resources[report.meta.languages[0]!]!;
  const requireKey = (key: string, path: string) => {
    if (lookup(resource, key) === undefined)
      throw new DataError(file, path, `a translation key that exists ("${key}" does not)`);
  };
  requireKey(deck.title, 'title');
  requireKey(deck.description, 'description');
  const seen = new Set<string>();
  slidesOf(deck).forEach((slide, s) => {
    const at = `slides[${s}]`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slide.id))
      throw new DataError(file, `${at}.id`, `a lower-case id such as "main-indicators" (got "${slide.id}")`);
    if (seen.has(slide.id)) throw new DataError(file, `${at}.id`, `a slide id used once ("${slide.id}" repeats)`);
    seen.add(slide.id);
    const requireIcon = (name: string | undefined, path: string) => {
      if (name !== undefined && !isIconName(name))
        throw new DataError(file, path, `an icon of src/theme/icons.ts ("${name}" is not one)`);
    };
    requireIcon(slide.icon, `${at}.icon`);
    for (const field of ['title', 'subtitle', 'kicker', 'notes'] as const) {
      const key = slide[field];
      if (key !== undefined) requireKey(key, `${at}.${field}`);
    }
    slide.blocks?.forEach((block, b) => {
      keysOfBlock(block).forEach((key, k) => requireKey(key, `${at}.blocks[${b}].${k}`));
      iconsOfBlock(block).forEach((name, i) => requireIcon(name, `${at}.blocks[${b}].icons[${i}]`));
      if ((block.kind === 'list' || block.kind === 'grid') && block.icons && block.icons.length !== block.items.length)
        throw new DataError(
          file,
          `${at}.blocks[${b}].icons`,
          `an icon for each of the ${block.items.length} items (got ${block.icons.length})`,
        );
      factsOfBlock(block).forEach((id, f) => {
        if (!(id in report.facts))
          throw new DataError(file, `${at}.blocks[${b}].facts[${f}]`, `a fact id in data/facts ("${id}" is not one)`);
        requireKey(`facts.${id}`, `${at}.blocks[${b}].facts[${f}] label`);
      });
      if (block.kind === 'glossary') {
        block.terms.forEach((term, g) => {
          if (!(term in report.glossary))
            throw new DataError(
              file,
              `${at}.blocks[${b}].terms[${g}]`,
              `a term in data/glossary.json ("${term}" is not one)`,
            );
        });
      }
    });
  });
}
