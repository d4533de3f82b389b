import type { RevealApi } from 'reveal.js';
import type { DeckContext } from '../deck/context.ts';
import { isPrintView, translatedKeyBinding } from '../deck/reveal.ts';

/** This tab's note that the print view was opened to print, holding the address to come back to. */
export const PRINT_REQUEST_KEY = 'deck.print.return';

function session(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/** The deck's print view in `mode`, each page the slide's own size: what `npm run export` prints. */
export function printViewUrl(href: string, mode: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}?print-pdf&${new URLSearchParams({ lang: mode, margin: '0' })}`;
}

/**
 * Opens the print view, which opens the browser's print dialog once every
 * chart is final ("Save as PDF" there is the PDF), then comes back here.
 */
export function requestPrint(ctx: DeckContext, storage = session(), location: Location = window.location): void {
  storage?.setItem(PRINT_REQUEST_KEY, location.href);
  location.assign(printViewUrl(location.href, ctx.i18n.language));
}

/** Resolves once reveal.js has laid out its pages, every chart and counting figure is final and the fonts are in. */
export function printFinal(root: HTMLElement): { done: Promise<void>; dispose: () => void } {
  let observer: MutationObserver | undefined;
  const final = () =>
    root.querySelector('.slides .pdf-page') !== null &&
    [...root.querySelectorAll<HTMLElement>('[data-chart-state], [data-count-state]')].every(
      (e) => (e.dataset.chartState ?? e.dataset.countState) === 'done',
    );
  const done = new Promise<void>((resolve) => {
    if (final()) return resolve();
    observer = new MutationObserver(() => {
      if (!final()) return;
      observer?.disconnect();
      resolve();
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-chart-state', 'data-count-state'],
    });
  }).then(() => document.fonts.ready.then(() => undefined));
  return { done, dispose: () => observer?.disconnect() };
}

/**
 * The presenter's way to print or save the deck as PDF: the `E` key (in
 * reveal.js's key list), and in the print view, when it was opened for it,
 * the browser's print dialog once the charts are final, then back to the
 * slide the presenter was on.
 */
export function printController(deck: RevealApi, ctx: DeckContext, storage = session()) {
  const offs: (() => void)[] = [];
  const back = isPrintView(deck) ? storage?.getItem(PRINT_REQUEST_KEY) : null;
  if (back) {
    storage?.removeItem(PRINT_REQUEST_KEY);
    const root = deck.getRevealElement() as HTMLElement;
    const waiting = printFinal(root);
    offs.push(waiting.dispose);
    const home = () => location.replace(back);
    addEventListener('afterprint', home, { once: true });
    offs.push(() => removeEventListener('afterprint', home));
    // The frame after the last chart settled is the one printed.
    void waiting.done.then(() => requestAnimationFrame(() => requestAnimationFrame(() => print())));
  } else if (!isPrintView(deck)) {
    offs.push(
      translatedKeyBinding(
        deck,
        ctx.i18n,
        { keyCode: 69, key: 'E' },
        () => ctx.i18n.t('ui.share.print-key'),
        () => requestPrint(ctx, storage),
      ),
    );
  }
  return { print: () => requestPrint(ctx, storage), dispose: () => offs.forEach((off) => off()) };
}

/** The reading page's print button, labelled in the current language; it opens the slides' print view to print. */
export function printButton(ctx: DeckContext, storage = session()) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'print-button';
  const label = () => {
    button.textContent = ctx.i18n.t('ui.share.pdf');
    button.setAttribute('aria-label', ctx.i18n.t('ui.share.print'));
  };
  label();
  const click = () => requestPrint(ctx, storage);
  button.addEventListener('click', click);
  ctx.i18n.on('languageChanged', label);
  return {
    button,
    dispose: () => {
      button.removeEventListener('click', click);
      ctx.i18n.off('languageChanged', label);
      button.remove();
    },
  };
}
