import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';

/**
 * Heartbeats that only an answer keeps alive: each round pings every
 * connection with a new random payload, and a connection that has not sent
 * that payload back by the next round is cut. A pong is the echo of a ping
 * (RFC 6455 §5.5.3), which a browser sends by itself; one sent unasked, or
 * with another round's payload, proves nothing and counts for nothing, so a
 * client that stops reading cannot stay by sending pongs on a timer.
 */
export function heartbeats(everyMs: number, onCut: (ws: WebSocket) => void = () => {}) {
  const sockets = new Set<WebSocket>();
  const answered = new WeakSet<WebSocket>();
  let payload = randomBytes(8);
  // One listener for every connection (`this` is the socket), not a closure each.
  function onPong(this: WebSocket, data: Buffer) {
    if (data.equals(payload)) answered.add(this);
  }

  const timer =
    everyMs > 0
      ? setInterval(() => {
          payload = randomBytes(8);
          for (const ws of sockets) {
            if (!answered.has(ws)) {
              sockets.delete(ws);
              onCut(ws);
              ws.terminate();
              continue;
            }
            answered.delete(ws);
            ws.ping(payload);
          }
        }, everyMs).unref()
      : undefined;

  return {
    /** Watches a new connection; it counts as answered until its first ping. */
    watch(ws: WebSocket) {
      if (!timer) return;
      sockets.add(ws);
      answered.add(ws);
      ws.on('pong', onPong);
    },
    /** A connection closed. */
    forget: (ws: WebSocket) => void sockets.delete(ws),
    stop: () => clearInterval(timer),
  };
}
