import type { DeckContext } from '../deck/context.ts';
import { slidesOf, type Slide } from '../deck/spec.ts';
import { renderBlock } from './blocks.ts';
import { textElement } from './text.ts';

/** What a render leaves out: the speaker notes, in the page's prerendered markup (filled in by `fillNotes` as the deck starts). */
export interface RenderOptions {
  notes?: boolean;
}

export function renderSlide(slide: Slide, ctx: DeckContext, options: RenderOptions = {}): HTMLElement {
  const section = document.createElement('section');
  section.id = slide.id;
  section.dataset.layout = slide.layout;
  if (slide.kicker) section.append(textElement('p', slide.kicker, ctx, 'kicker'));
  if (slide.title) section.append(textElement(slide.layout === 'title' ? 'h1' : 'h2', slide.title, ctx));
  if (slide.subtitle) section.append(textElement('p', slide.subtitle, ctx, 'subtitle'));
  if (slide.blocks?.length) {
    const body = document.createElement('div');
    body.className = 'slide-body';
    body.append(...slide.blocks.map((block) => renderBlock(block, ctx)));
    section.append(body);
  }
  const notes = document.createElement('aside');
  notes.className = 'notes';
  if (options.notes !== false) notes.append(renderNotes(slide, ctx));
  section.append(notes);
  return section;
}

function renderNotes(slide: Slide, ctx: DeckContext): HTMLElement {
  return textElement('ul', slide.notes, ctx, undefined, { lines: true, plain: true });
}

/** The speaker notes into slides rendered without them, as `renderSlide` would have put them. */
export function fillNotes(root: HTMLElement, ctx: DeckContext): void {
  for (const slide of slidesOf(ctx.payload.deck)) {
    const notes = root.querySelector<HTMLElement>(`section[id="${slide.id}"] > aside.notes`);
    if (notes && !notes.firstChild) notes.append(renderNotes(slide, ctx));
  }
}

/** The reveal.js `.slides` content: one section per slide, vertical stacks nested. */
export function renderDeck(ctx: DeckContext, options: RenderOptions = {}): HTMLElement[] {
  return ctx.payload.deck.entries.map((entry) => {
    if (!('stack' in entry)) return renderSlide(entry, ctx, options);
    const stack = document.createElement('section');
    stack.dataset.stack = entry.id;
    stack.append(...entry.stack.map((slide) => renderSlide(slide, ctx, options)));
    return stack;
  });
}
