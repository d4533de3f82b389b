import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { revealElementOf } from '../deck/reveal.ts';
import { disposer } from '../disposer.ts';

/**
 * One tooltip for every glossary term in slide text: hovering or focusing a
 * term shows its explanation in the current language; Escape or leaving hides it.
 */
export function glossaryController(deck: RevealApi, ctx: DeckContext) {
  const root = revealElementOf(deck);
  const life = disposer();
  const tip = life.element(document.createElement('div'));
  tip.id = 'glossary-tip';
  tip.className = 'glossary-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  const name = document.createElement('strong');
  const body = document.createElement('span');
  tip.append(name, body);
  root.append(tip);

  let current: HTMLElement | undefined;
  const show = (term: HTMLElement) => {
    current = term;
    const id = term.dataset.term!;
    name.textContent = ctx.i18n.t(`glossary.${id}.term`);
    body.textContent = ctx.i18n.t(`glossary.${id}.explanation`);
    term.setAttribute('aria-describedby', tip.id);
    tip.hidden = false;
    const box = term.getBoundingClientRect();
    const host = root.getBoundingClientRect();
    const below = box.bottom - host.top + 8;
    tip.style.left = `${Math.max(8, Math.min(box.left - host.left, host.width - tip.offsetWidth - 8))}px`;
    tip.style.top =
      below + tip.offsetHeight > host.height ? `${box.top - host.top - tip.offsetHeight - 8}px` : `${below}px`;
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = undefined;
    tip.hidden = true;
  };
  const termOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('.term') : null;
  const showTarget = (event: Event) => {
    const term = termOf(event.target);
    if (term) show(term);
  };

  life.listen(root, 'pointerover', showTarget);
  life.listen(root, 'pointerout', (event: PointerEvent) => {
    if (termOf(event.target) && !termOf(event.relatedTarget)) hide();
  });
  life.listen(root, 'focusin', showTarget);
  life.listen(root, 'focusout', hide);
  // Capture phase: Escape closes the tooltip before reveal.js reads it as "overview".
  life.listen(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !current) return;
      event.stopPropagation();
      hide();
    },
    { capture: true },
  );
  life.on(deck, 'slidechanged', hide);
  life.on(ctx.i18n, 'languageChanged', hide);
  return { tip, dispose: life.dispose };
}
