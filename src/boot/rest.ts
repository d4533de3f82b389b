import type { DeckContext } from '../deck/context.ts';
import { renderDeck } from '../render/slides.ts';

/**
 * The page carries a first screen's slides and the first paint fetches the
 * rest (src/deck/first-paint.ts, `data-deck-complete` on <html>). Resolves when
 * every slide is in the page: placed by the first paint, or, where its fetch
 * failed (a network gone mid-load), rendered here from the report, placed by `place`.
 */
export async function restOfDeck(ctx: DeckContext, place: (missing: HTMLElement[]) => void): Promise<void> {
  const html = document.documentElement;
  if (html.dataset.deckComplete === 'pending')
    await new Promise((resolve) => addEventListener('deckcomplete', resolve, { once: true }));
  if (html.dataset.deckComplete !== 'failed') return;
  const key = (entry: HTMLElement) => entry.dataset.stack ?? entry.id;
  const there = new Set([...document.querySelectorAll<HTMLElement>('section[id], section[data-stack]')].map(key));
  place(renderDeck(ctx).filter((entry) => !there.has(key(entry))));
  html.dataset.deckComplete = 'true';
}
