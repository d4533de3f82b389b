import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';

/**
 * One tooltip for every glossary term in slide text: hovering or focusing a
 * term shows its explanation in the current language; Escape or leaving hides it.
 */
export function glossaryController(deck: RevealApi, ctx: DeckContext) {
  const root = deck.getRevealElement() as HTMLElement;
  const tip = document.createElement('div');
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

  root.addEventListener('pointerover', (event) => {
    const term = termOf(event.target);
    if (term) show(term);
  });
  root.addEventListener('pointerout', (event) => {
    if (termOf(event.target) && !termOf(event.relatedTarget)) hide();
  });
  root.addEventListener('focusin', (event) => {
    const term = termOf(event.target);
    if (term) show(term);
  });
  root.addEventListener('focusout', hide);
  // Capture phase: Escape closes the tooltip before reveal.js reads it as "overview".
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !current) return;
      event.stopPropagation();
      hide();
    },
    true,
  );
  deck.on('slidechanged', hide);
  ctx.i18n.on('languageChanged', hide);
  return { tip };
}
