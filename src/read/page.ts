import type { DeckContext } from '../deck/context.ts';
import { renderDeck } from '../render/slides.ts';

/**
 * The deck's own slides as the reading page's sections: the same rendered
 * markup, vertical stacks flattened into the page's one column, speaker
 * notes left out and fragments shown (a reader scrolls, there is no step).
 */
export function readingSections(ctx: DeckContext): HTMLElement[] {
  const sections = renderDeck(ctx).flatMap((entry) => (entry.dataset.stack === undefined ? [entry] : [...entry.querySelectorAll<HTMLElement>(':scope > section')]));
  for (const section of sections) {
    section.querySelector(':scope > aside.notes')?.remove();
    for (const step of section.querySelectorAll('.fragment')) step.classList.remove('fragment');
  }
  return sections;
}
