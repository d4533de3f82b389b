import { slidesOf, type DeckSpec, type Slide } from './spec.ts';

/** What a composition that names no slides for the long picture gets: each part's opener and the charts. */
const inLongPicture = (slide: Slide) =>
  slide.layout === 'section' || (slide.blocks ?? []).some((block) => block.kind === 'chart');

/**
 * The ids of the slides the long picture (一图读懂) walks, in the composition's
 * order: the ones it names in `long`, else the default rule.
 */
export function longSlides(deck: DeckSpec): string[] {
  const slides = slidesOf(deck);
  if (!deck.long) return slides.filter(inLongPicture).map((slide) => slide.id);
  const named = new Set(deck.long);
  return slides.filter((slide) => named.has(slide.id)).map((slide) => slide.id);
}
