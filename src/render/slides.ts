import type { DeckContext } from '../deck/context.ts';
import { slidesOf, type Block, type Slide } from '../deck/spec.ts';
import { el, markWide, renderBlock } from './blocks.ts';
import { iconElement } from './icons.ts';
import { textElement } from './text.ts';

/** What a render leaves out: the speaker notes, in the page's prerendered markup (filled in by `fillNotes` as the deck starts). */
export interface RenderOptions {
  notes?: boolean;
}

/**
 * The body's blocks as the slide's layout groups them: `beside` puts its charts in a column of
 * their own beside the rest, `hero` its first block beside the rest; the others keep one column.
 * The groups are boxes the stylesheets place (side by side on a slide, one under the other on a phone).
 */
function body(slide: Slide, ctx: DeckContext): Node[] {
  const blocks = slide.blocks ?? [];
  const render = (list: Block[]) => list.map((block) => renderBlock(block, ctx));
  if (slide.layout === 'beside') {
    const charts = blocks.filter((b) => b.kind === 'chart');
    return [el('div', 'slide-text', ...render(blocks.filter((b) => b.kind !== 'chart'))), ...render(charts)];
  }
  if (slide.layout === 'hero' && blocks.length > 1) {
    const lead = el('div', 'slide-lead', ...render(blocks.slice(0, 1)));
    for (const value of lead.querySelectorAll<HTMLElement>('.figure-value')) markWide(value, ctx);
    return [lead, el('div', 'slide-text', ...render(blocks.slice(1)))];
  }
  return render(blocks);
}

export function renderSlide(slide: Slide, ctx: DeckContext, options: RenderOptions = {}): HTMLElement {
  const section = document.createElement('section');
  section.id = slide.id;
  section.dataset.layout = slide.layout;
  if (slide.spare) section.dataset.spare = slide.spare;
  if (slide.autoAnimate) section.dataset.autoAnimate = '';
  if (slide.icon) section.append(iconElement(slide.icon, 'icon slide-icon'));
  if (slide.kicker) section.append(textElement('p', slide.kicker, ctx, 'kicker'));
  if (slide.title) section.append(textElement(slide.layout === 'title' ? 'h1' : 'h2', slide.title, ctx));
  if (slide.subtitle) section.append(textElement('p', slide.subtitle, ctx, 'subtitle'));
  if (slide.blocks?.length) section.append(el('div', 'slide-body', ...body(slide, ctx)));
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
