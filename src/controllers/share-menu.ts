import type { DeckContext } from '../deck/context.ts';
import { disposer } from '../disposer.ts';

export interface ShareAction {
  /** Key of the entry's words. */
  label: string;
  /** The key that does the same, shown beside the entry. */
  key: string;
  run: () => void;
}

/**
 * The deck's share menu, beside the language switch: a button that opens a
 * list of what can leave the deck (print or save as PDF, the slide as a
 * picture), each with the key that does the same, and a line saying when
 * something went wrong. Keys pressed inside it stay in it (reveal.js would
 * otherwise take Escape and the arrows); Escape and a click elsewhere close it.
 */
export function shareMenu(host: HTMLElement, ctx: DeckContext, actions: ShareAction[]) {
  const life = disposer();
  const box = document.createElement('div');
  box.className = 'share-menu';
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'share-toggle';
  toggle.setAttribute('aria-haspopup', 'menu');
  toggle.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.className = 'share-list';
  list.id = 'share-list';
  list.setAttribute('role', 'menu');
  list.hidden = true;
  toggle.setAttribute('aria-controls', list.id);
  const items = actions.map((action) => {
    const item = document.createElement('li');
    item.setAttribute('role', 'none');
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('role', 'menuitem');
    const words = document.createElement('span');
    const key = document.createElement('kbd');
    key.textContent = action.key;
    button.append(words, key);
    life.listen(button, 'click', () => {
      close();
      action.run();
    });
    item.append(button);
    list.append(item);
    return { button, words, action };
  });
  const status = document.createElement('p');
  status.className = 'share-status';
  status.setAttribute('role', 'status');
  box.append(toggle, list, status);
  host.append(life.element(box));

  const label = () => {
    toggle.textContent = ctx.i18n.t('ui.share.menu');
    for (const { words, action } of items) words.textContent = ctx.i18n.t(action.label);
  };
  const open = () => {
    list.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    status.textContent = '';
    items[0]?.button.focus();
  };
  function close() {
    list.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
  }
  life.listen(toggle, 'click', () => (list.hidden ? open() : close()));
  life.listen<KeyboardEvent>(box, 'keydown', (event) => {
    if (list.hidden) return;
    event.stopPropagation();
    const at = items.findIndex(({ button }) => button === document.activeElement);
    if (event.key === 'Escape') {
      close();
      toggle.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : items.length - 1;
      items[(at + step) % items.length]?.button.focus();
    }
  });
  const outside = (event: PointerEvent) => {
    if (!box.contains(event.target as Node)) close();
  };
  life.listen(document, 'pointerdown', outside);
  life.on(ctx.i18n, 'languageChanged', label);
  label();

  return {
    element: box,
    /** Says something to the reader (a picture that could not be made), until the menu is next opened. */
    say: (text: string) => (status.textContent = text),
    dispose: life.dispose,
  };
}
