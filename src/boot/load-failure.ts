import { engineResources } from '../i18n/engine.ts';
import { lookup } from '../report/resource.ts';
import { colours } from '../theme/tokens.ts';

/**
 * The languages to say something in before any of the deck's text has loaded: those of the mode the
 * first paint chose (`data-mode`), else the page's language, among those the engine has words for.
 */
function pageLanguages(doc: Document): string[] {
  const mode =
    doc.querySelector<HTMLElement>('.read[data-mode], .reveal .slides[data-mode]')?.dataset.mode ??
    doc.documentElement.lang.toLowerCase().split('-')[0]!;
  const known = mode.split('-').filter((language) => engineResources[language]);
  return known.length ? known : Object.keys(engineResources).slice(0, 1);
}

/**
 * Tells the reader that a part of the deck could not be loaded (a network gone mid-load, a deck
 * replaced on the server), in the deck's language, with a button that reloads the page. Shown once,
 * over whatever the page shows; the engine's own words, as the report's text may be what failed.
 */
export function showLoadFailure(doc: Document = document): HTMLElement {
  const shown = doc.querySelector<HTMLElement>('.load-failure');
  if (shown) return shown;
  const box = doc.createElement('div');
  box.className = 'load-failure';
  box.setAttribute('role', 'alert');
  // Styled here rather than in the theme: the stylesheet too may be what failed to load.
  Object.assign(box.style, {
    position: 'fixed',
    left: '16px',
    right: '16px',
    bottom: '24px',
    margin: '0 auto',
    zIndex: '1000',
    maxWidth: '36em',
    fontFamily: 'var(--deck-font, sans-serif)',
    padding: '16px 20px',
    background: colours.paper,
    color: colours.ink,
    border: `2px solid ${colours.accent}`,
    borderRadius: '8px',
    fontSize: '20px',
    lineHeight: '1.4',
    textAlign: 'center',
  });
  const languages = pageLanguages(doc);
  const words = (key: string) => languages.map((language) => lookup(engineResources[language]!, key) ?? '');
  for (const [i, message] of words('ui.failed.message').entries()) {
    const line = doc.createElement('p');
    line.lang = languages[i]!;
    line.textContent = message;
    box.append(line);
  }
  const reload = doc.createElement('button');
  reload.type = 'button';
  Object.assign(reload.style, { font: 'inherit', minHeight: '44px', padding: '0 20px', marginTop: '8px' });
  reload.textContent = words('ui.failed.reload').join(' / ');
  reload.addEventListener('click', () => location.reload(), { once: true });
  box.append(reload);
  doc.body.append(box);
  return box;
}

/**
 * Shows the message when a chunk of the deck fails to load after the start too (the chart code as
 * a slide with a chart comes up): Vite's loader raises `vite:preloadError` for any of its imports.
 * Returns what stops watching.
 */
export function watchLoadFailures(win: Window = window): () => void {
  const failed = () => void showLoadFailure(win.document);
  win.addEventListener('vite:preloadError', failed);
  return () => win.removeEventListener('vite:preloadError', failed);
}
