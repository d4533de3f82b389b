import { CLOSE, RELAY_PATH, SECRET_PARAM, type Publish, type RelayMessage } from '../protocol.ts';

export type ConnectionStatus = 'connecting' | 'open' | 'refused' | 'full';

/** Waits before reconnecting: doubling from the first to the last, so a restarted relay is found again within 2 s. */
const RETRY_MS = [250, 500, 1000, 2000];
/** A full room may free a place: ask again, but seldom. */
const FULL_RETRY_MS = 30_000;
/** An address that offered too many wrong secrets gets one more try about this often. */
const ATTEMPTS_RETRY_MS = 10_000;

/**
 * The browser's connection to the relay beside the page. It reconnects by
 * itself after any loss, except when the presenter secret was refused; the
 * relay greets each new connection with the current position, so a
 * reconnection needs no catching up.
 */
export function liveConnection(
  secret: string | null,
  on: { message: (message: RelayMessage) => void; status: (status: ConnectionStatus) => void },
  location: Location = window.location,
) {
  const url = new URL(RELAY_PATH, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (secret !== null) url.searchParams.set(SECRET_PARAM, secret);
  let socket: WebSocket | undefined;
  let failures = 0;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    on.status('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      failures = 0;
      on.status('open');
    });
    ws.addEventListener('message', (event) => {
      let message: RelayMessage;
      try {
        message = JSON.parse(String(event.data)) as RelayMessage;
      } catch {
        return;
      }
      on.message(message);
    });
    ws.addEventListener('close', (event) => {
      if (stopped) return;
      if (event.code === CLOSE.badSecret || event.code === CLOSE.badOrigin) return on.status('refused');
      const wait =
        event.code === CLOSE.full
          ? FULL_RETRY_MS
          : event.code === CLOSE.tooManyAttempts
            ? ATTEMPTS_RETRY_MS
            : RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!;
      on.status(event.code === CLOSE.full ? 'full' : 'connecting');
      // A little jitter, so a room of phones does not come back in one instant.
      retry = setTimeout(connect, wait * (0.75 + Math.random() * 0.25));
    });
  };
  connect();

  return {
    send(message: Publish): boolean {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    close() {
      stopped = true;
      clearTimeout(retry);
      socket?.close();
    },
  };
}
