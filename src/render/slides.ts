import type { DeckContext } from '../deck/context.ts';
import type { Slide } from '../deck/spec.ts';
import { renderBlock } from './blocks.ts';
import { textElement } from './text.ts';

export function renderSlide(slide: Slide, ctx: DeckContext): HTMLElement {
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
  notes.append(textElement('ul', slide.notes, ctx, undefined, { lines: true, plain: true }));
  section.append(notes);
  return section;
}

/** The reveal.js `.slides` content: one section per slide, vertical stacks nested. */
export function renderDeck(ctx: DeckContext): HTMLElement[] {
  return ctx.payload.deck.entries.map((entry) => {
    if (!('stack' in entry)) return renderSlide(entry, ctx);
    const stack = document.createElement('section');
    stack.dataset.stack = entry.id;
    stack.append(...entry.stack.map((slide) => renderSlide(slide, ctx)));
    return stack;
  });
}
