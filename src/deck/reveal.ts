import type { i18n as I18n } from 'i18next';
import type { RevealApi } from 'reveal.js';

/** reveal.js 6 names it `isPrintView`; its bundled types still say `isPrintingPDF`. */
export function isPrintView(deck: RevealApi): boolean {
  const api = deck as RevealApi & { isPrintView?: () => boolean };
  return api.isPrintView ? api.isPrintView() : deck.isPrintingPDF();
}

/** The element reveal.js runs in: every controller puts its parts there. */
export function revealElementOf(deck: RevealApi): HTMLElement {
  const root = deck.getRevealElement();
  if (!(root instanceof HTMLElement))
    throw new Error('reveal.js has no element: the deck was started without its .reveal');
  return root;
}

/**
 * A key binding whose description (in reveal.js's `?` help) follows the
 * language: bound again with the translated text whenever the language changes.
 * Returns what unbinds it.
 */
export function translatedKeyBinding(
  deck: RevealApi,
  i18n: Pick<I18n, 'on' | 'off'>,
  binding: { keyCode: number; key: string },
  description: () => string,
  action: () => void,
): () => void {
  const bind = () => {
    deck.removeKeyBinding(binding.keyCode);
    deck.addKeyBinding({ ...binding, description: description() }, action);
  };
  bind();
  i18n.on('languageChanged', bind);
  return () => {
    i18n.off('languageChanged', bind);
    deck.removeKeyBinding(binding.keyCode);
  };
}
