import { SECRET_PARAM } from '../protocol.ts';

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
 * A secret in the address leaves it here, whichever view the page then
 * starts (the reading page only follows, but its address bar shows as much).
 */
export function liveFromPage(
  doc: Document,
  location: Location,
  storage: Pick<Storage, 'getItem'> | undefined = safeSession(),
  hide: (secret: string) => void = hideSecret,
): LiveSetup | undefined {
  const audienceUrl = doc.querySelector<HTMLMetaElement>('meta[name="deck-live"]')?.content;
  const params = new URLSearchParams(location.search);
  if (!audienceUrl || params.has('receiver') || params.has('print-pdf')) return undefined;
  const inAddress = params.get(SECRET_PARAM);
  if (inAddress !== null) hide(inAddress);
  return { audienceUrl, secret: inAddress ?? storage?.getItem(SECRET_STORAGE_KEY) ?? null };
}

/** Where the presenter's tab keeps the secret once it is out of the address bar. */
export const SECRET_STORAGE_KEY = 'deck.live.key';

function safeSession(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Takes the secret out of the address bar, where a projected window would
 * show it to the room, and keeps it for this tab only, so a reload still
 * presents.
 */
export function hideSecret(secret: string): void {
  try {
    sessionStorage.setItem(SECRET_STORAGE_KEY, secret);
  } catch {
    return; // No storage: the link keeps the secret, or a reload would stop presenting.
  }
  const url = new URL(location.href);
  if (!url.searchParams.has(SECRET_PARAM)) return;
  url.searchParams.delete(SECRET_PARAM);
  history.replaceState(history.state, '', url);
}
