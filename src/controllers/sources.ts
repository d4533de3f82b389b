import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { factText } from '../render/text.ts';
import { translatedKeyBinding } from '../deck/reveal.ts';
import { disposer } from '../disposer.ts';

/**
 * "Where does that number come from?" Clicking a figure (or Enter on it), or
 * the `I` key for every figure on the slide, opens a dialog with the report's
 * sentence that states it, the quote highlighted. Escape closes it.
 * It serves the figures inside `root`; with no `deck` (the reading page), with no key.
 */
export function sourcesController(deck: RevealApi | undefined, ctx: DeckContext, root: HTMLElement) {
  const life = disposer();
  const dialog = life.element(document.createElement('dialog'));
  dialog.className = 'source-dialog';
  dialog.setAttribute('aria-labelledby', 'source-title');
  const title = document.createElement('h3');
  title.id = 'source-title';
  const list = document.createElement('div');
  list.className = 'source-list';
  // The list scrolls when a slide has many figures: keyboard users must be able to scroll it too.
  list.tabIndex = 0;
  list.setAttribute('role', 'region');
  list.setAttribute('aria-labelledby', 'source-title');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'source-close';
  life.listen(close, 'click', () => dialog.close());
  dialog.append(title, list, close);
  root.append(dialog);

  const entry = (id: string): HTMLElement => {
    const fact = ctx.payload.facts[id]!;
    const item = document.createElement('section');
    item.className = 'source-entry';
    const what = document.createElement('p');
    what.className = 'source-figure';
    what.textContent = ctx.i18n.t('ui.source.figure', { label: ctx.i18n.t(`facts.${id}`), value: factText(id, ctx) });
    const intro = document.createElement('p');
    intro.className = 'source-intro';
    intro.textContent = ctx.i18n.t('ui.source.intro');
    const quote = document.createElement('blockquote');
    // The source is the report as delivered, in the deck's first language.
    quote.lang = ctx.payload.meta.languages[0]!;
    const at = fact.sentence.indexOf(fact.quote);
    const mark = document.createElement('mark');
    mark.textContent = fact.quote;
    quote.append(
      fact.sentence.slice(0, Math.max(at, 0)),
      mark,
      fact.sentence.slice(Math.max(at, 0) + fact.quote.length),
    );
    item.append(what, intro, quote);
    return item;
  };

  let shown: string[] = [];
  const open = (ids: string[]) => {
    if (ids.length === 0) return;
    shown = [...new Set(ids)];
    title.textContent = ctx.i18n.t('ui.source.title');
    close.textContent = ctx.i18n.t('ui.source.close');
    list.replaceChildren(...shown.map(entry));
    if (!dialog.open) dialog.showModal();
  };

  const figureOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('[data-fact]') : null;
  life.listen(root, 'click', (event) => {
    const figure = figureOf(event.target);
    if (figure && !dialog.contains(figure)) open([figure.dataset.fact!]);
  });
  life.listen(root, 'keydown', (event: KeyboardEvent) => {
    const figure = figureOf(event.target);
    if (figure && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      event.stopPropagation();
      open([figure.dataset.fact!]);
    }
  });
  // Keys typed inside the dialog belong to it, not to slide navigation.
  life.listen(dialog, 'keydown', (event) => event.stopPropagation());

  if (deck)
    life.add(
      translatedKeyBinding(
        deck,
        ctx.i18n,
        { keyCode: 73, key: 'I' },
        () => ctx.i18n.t('ui.source.key'),
        () => {
          const slide = deck.getCurrentSlide();
          open(
            [...slide.querySelectorAll<HTMLElement>('[data-fact]')]
              .filter((el) => !el.closest('aside'))
              .map((el) => el.dataset.fact!),
          );
        },
      ),
    );
  life.on(ctx.i18n, 'languageChanged', () => {
    if (dialog.open) open(shown);
  });
  return { dialog, open, dispose: life.dispose };
}
