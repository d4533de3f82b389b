import type { DeckContext } from '../deck/context.ts';
import { disposer } from '../disposer.ts';

/** A dialog shown as a sheet: closed by its button, Escape (the browser's), or a tap outside it. Returns what stops it. */
export function closesOnBackdrop(dialog: HTMLDialogElement): () => void {
  // A tap on the backdrop reaches the dialog element itself, never its content.
  const tapped = (event: Event) => {
    if (event.target === dialog) dialog.close();
  };
  dialog.addEventListener('click', tapped);
  return () => dialog.removeEventListener('click', tapped);
}

/**
 * A glossary term's explanation, opened by tapping the term (or Enter on it):
 * the deck's glossary text, in a bottom sheet that fits a phone, where the
 * deck shows a tooltip on hover that a touch screen does not have.
 */
export function termSheet(root: HTMLElement, ctx: DeckContext) {
  const life = disposer();
  const dialog = life.element(document.createElement('dialog'));
  dialog.className = 'read-sheet';
  dialog.setAttribute('aria-labelledby', 'term-sheet-title');
  const title = document.createElement('h3');
  title.id = 'term-sheet-title';
  const body = document.createElement('p');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'source-close';
  life.listen(close, 'click', () => dialog.close());
  dialog.append(title, body, close);
  root.append(dialog);
  life.add(closesOnBackdrop(dialog));

  let shown: string | undefined;
  const fill = () => {
    title.textContent = ctx.i18n.t(`glossary.${shown}.term`);
    body.textContent = ctx.i18n.t(`glossary.${shown}.explanation`);
    close.textContent = ctx.i18n.t('ui.source.close');
  };
  const open = (term: string) => {
    shown = term;
    fill();
    if (!dialog.open) dialog.showModal();
  };
  const termOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('.term[data-term]') : null;
  life.listen(root, 'click', (event) => {
    const term = termOf(event.target);
    if (term && !dialog.contains(term)) open(term.dataset.term!);
  });
  life.listen(root, 'keydown', (event: KeyboardEvent) => {
    const term = termOf(event.target);
    if (term && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(term.dataset.term!);
    }
  });
  life.on(ctx.i18n, 'languageChanged', () => {
    if (dialog.open) fill();
  });
  return { dialog, open, dispose: life.dispose };
}
