import { WebSocket, type ClientOptions } from 'ws';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../server.ts';
import type { RelayOptions } from '../relay.ts';
import type { RelayMessage } from '../../protocol.ts';

export const SECRET = 'test-secret';

/** A relay-only server on a free loopback port; `stopAll` stops every one started. */
const started: LiveServer[] = [];
export async function startRelay(options: Partial<RelayOptions> = {}, server: Partial<LiveServerOptions> = {}) {
  const live = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    ...server,
    relay: { secret: SECRET, heartbeatMs: 0, followerCountMs: 10, ...options },
  });
  started.push(live);
  return live;
}
export async function stopAll() {
  await Promise.all(started.splice(0).map((live) => live.close(100)));
}

export type TestClient = ReturnType<typeof connect>;

/** A test client that keeps every message and can wait for the next one of a type. */
export function connect(port: number, key?: string, options: ClientOptions = {}) {
  const url = `ws://127.0.0.1:${port}/live${key === undefined ? '' : `?key=${encodeURIComponent(key)}`}`;
  const ws = new WebSocket(url, options);
  const messages: RelayMessage[] = [];
  const waiting: { type: string; resolve: (m: RelayMessage) => void }[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as RelayMessage;
    messages.push(message);
    for (const w of waiting.filter((w) => w.type === message.type)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(message);
    }
  });
  ws.on('error', () => {});
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  return {
    ws,
    messages,
    closed,
    next<T extends RelayMessage['type']>(type: T) {
      return new Promise<Extract<RelayMessage, { type: T }>>((resolve) =>
        waiting.push({ type, resolve: resolve as (m: RelayMessage) => void }),
      );
    },
    /** The last message of a type received so far. */
    last<T extends RelayMessage['type']>(type: T) {
      return messages.findLast((m) => m.type === type) as Extract<RelayMessage, { type: T }> | undefined;
    },
    send: (message: unknown) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
  };
}

export const state = (slide: string, fragment = -1, playing = false) => ({ type: 'state', slide, fragment, playing });
