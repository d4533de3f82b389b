import { SECRET_PARAM } from './protocol.ts';

/** What the page says about the relay: the audience link, and the presenter secret if this is the presenter's link. */
export interface LiveSetup {
  audienceUrl: string;
  secret: string | null;
}

/**
 * Live features are on only where the live server said so, by the tag it adds
 * to the page: a static host, the single file or `vite preview` have none, and
 * the deck stays as it was. The speaker view's previews (`?receiver`) and the
 * print view are decks of their own that must neither publish nor follow.
 */
export function liveFromPage(doc: Document, location: Location): LiveSetup | undefined {
  const audienceUrl = doc.querySelector<HTMLMetaElement>('meta[name="deck-live"]')?.content;
  const params = new URLSearchParams(location.search);
  if (!audienceUrl || params.has('receiver') || params.has('print-pdf')) return undefined;
  return { audienceUrl, secret: params.get(SECRET_PARAM) };
}
