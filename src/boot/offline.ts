import { whenIdle } from '../idle.ts';

/** The deck's service worker, written beside the page by the build (src/build/offline-plugin.ts). */
const WORKER = './sw.js';

/**
 * Whether this page may install the deck for offline use: a deck served over
 * HTTP(S) by a static host. Not a file (`file://`, the single file), not the
 * live server's page (marked `deck-live`: it is fresh from the relay's host
 * each time), not reveal.js's own pages (print view, the speaker view's previews).
 */
export function mayWorkOffline(doc: Document, location: Location, nav: Navigator): boolean {
  if (!('serviceWorker' in nav) || !/^https?:$/.test(location.protocol)) return false;
  if (doc.querySelector('meta[name="deck-live"]')) return false;
  const params = new URLSearchParams(location.search);
  return !params.has('print-pdf') && !params.has('receiver');
}

/**
 * Registers the service worker once the deck is up and the browser is idle,
 * so that its downloads never compete with the first paint. A failure (a
 * build without the worker, a browser that refuses it) leaves the deck as it
 * is: it only works online. Returns a way to call the registration off.
 */
export function workOffline(doc = document, location = window.location, nav = navigator): () => void {
  if (import.meta.env.DEV || !mayWorkOffline(doc, location, nav)) return () => undefined;
  let cancelled = false;
  const register = () =>
    whenIdle(() => {
      if (!cancelled) nav.serviceWorker.register(WORKER).catch(() => undefined);
    });
  if (doc.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
  return () => {
    cancelled = true;
    removeEventListener('load', register);
  };
}
