import type { RevealApi } from 'reveal.js';

/** reveal.js 6 names it `isPrintView`; its bundled types still say `isPrintingPDF`. */
export function isPrintView(deck: RevealApi): boolean {
  const api = deck as RevealApi & { isPrintView?: () => boolean };
  return api.isPrintView ? api.isPrintView() : deck.isPrintingPDF();
}

/**
 * A key binding whose description (in reveal.js's `?` help) follows the
 * language: bound again with the translated text whenever the language changes.
 */
export function translatedKeyBinding(
  deck: RevealApi,
  binding: { keyCode: number; key: string },
  description: () => string,
  onLanguageChanged: (listener: () => void) => void,
  action: () => void,
): void {
  const bind = () => {
    deck.removeKeyBinding(binding.keyCode);
    deck.addKeyBinding({ ...binding, description: description() }, action);
  };
  bind();
  onLanguageChanged(bind);
}
