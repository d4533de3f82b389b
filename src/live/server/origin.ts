import type { IncomingMessage } from 'node:http';

/**
 * Whether a connection comes from a page of the deck's own origin, or from
 * no page at all. Browsers always say which page opens a WebSocket
 * (`Origin`), and the page cannot change it; other clients send none, and
 * could send any, so the check keeps other sites' pages out, not programs.
 * The port is part of the host on both sides; the scheme is not compared,
 * since a proxy in front may end TLS.
 */
export function fromOwnOrigin(request: Pick<IncomingMessage, 'headers'>): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}
