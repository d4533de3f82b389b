import type { DeckContext } from '../deck/context.ts';
import { renderDeck } from '../render/slides.ts';
import { textElement } from '../render/text.ts';
import { languageToggle } from '../controllers/language-switch.ts';

/**
 * The deck's rendered slides as the reading page's sections: vertical stacks
 * flattened into the page's one column, speaker notes left out and fragments
 * shown (a reader scrolls, there is no step). Self-contained, as the page's
 * first paint (`src/deck/first-paint.ts`) runs this same function's source on
 * the prerendered slides before any module has loaded.
 */
export function readingColumn(entries: Element[]): HTMLElement[] {
  const sections = entries.flatMap((entry) =>
    (entry as HTMLElement).dataset.stack === undefined
      ? [entry as HTMLElement]
      : [...entry.querySelectorAll<HTMLElement>(':scope > section')],
  );
  for (const section of sections) {
    section.querySelector(':scope > aside.notes')?.remove();
    for (const step of section.querySelectorAll('.fragment')) step.classList.remove('fragment');
  }
  return sections;
}

/** The deck's own slides as the reading page's sections. */
export function readingSections(ctx: DeckContext): HTMLElement[] {
  return readingColumn(renderDeck(ctx, { notes: false }));
}

/** What the reading page's sticky bar holds: the deck's title and the language toggle. */
export function readingBarContent(ctx: DeckContext): HTMLElement[] {
  return [textElement('p', ctx.payload.deck.title, ctx, 'read-title'), languageToggle(ctx)];
}
