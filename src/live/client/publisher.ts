import type { Publish, RefusalReason } from '../protocol.ts';

/** How long the presenter waits, after the relay said it was over the rate limit, before sending its place again. */
export const RATE_RETRY_MS = 1000;

/**
 * What the presenter's page sends: its place whenever it changes, again on
 * every (re)connection, so a restarted relay learns where the meeting is,
 * and again a moment after the relay says it was sending too fast. A place
 * handed to an open socket is not yet a place the relay took: when the relay
 * refuses it, it is forgotten, so the next send goes out whatever it is.
 */
export function placePublisher(
  send: (message: Publish) => boolean,
  place: () => Publish,
  retryMs: number = RATE_RETRY_MS,
) {
  let last = '';
  let retry: ReturnType<typeof setTimeout> | undefined;
  const publish = (always: boolean) => {
    const next = place();
    const key = JSON.stringify(next);
    if ((always || key !== last) && send(next)) last = key;
  };
  return {
    /** The place may have changed: sent if it did. */
    changed: () => publish(false),
    /** A new connection: sent whatever it is. */
    connected: () => publish(true),
    refused(reason: RefusalReason) {
      if (reason !== 'rate-limited') return;
      last = '';
      clearTimeout(retry);
      retry = setTimeout(() => publish(true), retryMs);
    },
    dispose: () => clearTimeout(retry),
  };
}
