import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  CLOSE,
  SECRET_PARAM,
  type Position,
  type RefusalReason,
  type Relayed,
  type RelayMessage,
} from '../protocol.ts';
import { publishSchema } from './schema.ts';
import { secretMatches } from './secret.ts';
import { tokenBucket } from './rate.ts';

/** The relay's limits, each with a default sized for one meeting room served from a laptop. */
export interface RelayOptions {
  /** The presenter secret: a connection that offers it may publish. */
  secret: string;
  /** Followers beyond this many are told the live view is full and closed. Presenters do not count. */
  maxFollowers?: number;
  /** A frame larger than this closes its connection (1009), as `ws`'s `maxPayload` does. */
  maxMessageBytes?: number;
  /** Messages a connection may send per second, and at once; the rest are dropped. */
  messagesPerSecond?: number;
  messageBurst?: number;
  /** A follower whose unsent data grows beyond this reads too slowly: it is closed, reconnects, and lands on the current slide. */
  maxBufferedBytes?: number;
  /** How often connections are pinged; one that has not answered the previous ping is closed. 0 turns heartbeats off. */
  heartbeatMs?: number;
  /** Presenters are told the follower count at most this often, so a room joining at once costs one message, not one per join. */
  followerCountMs?: number;
}

export const RELAY_DEFAULTS = {
  maxFollowers: 2000,
  maxMessageBytes: 1024,
  messagesPerSecond: 20,
  messageBurst: 40,
  maxBufferedBytes: 1 << 20,
  heartbeatMs: 15_000,
  followerCountMs: 250,
} satisfies Omit<Required<RelayOptions>, 'secret'>;

/** Why a message or connection was dropped; each is counted. */
export type DropReason =
  'invalid' | 'notPresenter' | 'tooLarge' | 'rateLimited' | 'badSecret' | 'full' | 'slow' | 'error';

export interface RelayStats {
  followers: number;
  presenters: number;
  /** Changes relayed since the relay started. */
  published: number;
  /** Follower messages sent (one per follower per change). */
  delivered: number;
  dropped: Record<DropReason, number>;
  state: Relayed | null;
  /** How long the last change took to hand to every follower's socket, in ms: the relay's own share of the latency. */
  lastFanOutMs: number;
}

interface Client {
  role: 'presenter' | 'follower';
  alive: boolean;
  bucket: ReturnType<typeof tokenBucket>;
}

/**
 * The live relay: one module owning every connection. A presenter (a
 * connection that offered the secret) publishes its position; the relay
 * numbers it and fans it out to every follower, and greets every new or
 * returning connection with the latest one. Nothing a client sends can crash
 * it: every message is rate-limited, size-capped and validated, and what fails
 * is dropped and counted.
 */
export function createRelay(options: RelayOptions) {
  const o = { ...RELAY_DEFAULTS, ...options };
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: o.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  const clients = new Map<WebSocket, Client>();
  const followers = new Set<WebSocket>();
  const presenters = new Set<WebSocket>();
  const dropped: Record<DropReason, number> = {
    invalid: 0,
    notPresenter: 0,
    tooLarge: 0,
    rateLimited: 0,
    badSecret: 0,
    full: 0,
    slow: 0,
    error: 0,
  };
  let state: Relayed | null = null;
  let published = 0;
  let delivered = 0;
  let lastFanOutMs = 0;
  let countTimer: NodeJS.Timeout | undefined;

  const encode = (message: RelayMessage) => Buffer.from(JSON.stringify(message));
  const send = (ws: WebSocket, message: RelayMessage | Buffer) => {
    if (ws.readyState !== ws.OPEN) return;
    ws.send(Buffer.isBuffer(message) ? message : encode(message), { binary: false });
  };
  const toFollowers = (message: RelayMessage) => {
    // Encoded once, whatever the audience.
    const frame = encode(message);
    let sent = 0;
    for (const ws of followers) {
      if (ws.bufferedAmount > o.maxBufferedBytes) {
        dropped.slow++;
        ws.close(CLOSE.slow, 'reads too slowly');
        continue;
      }
      send(ws, frame);
      sent++;
    }
    return sent;
  };
  const tellFollowerCount = () => {
    countTimer ??= setTimeout(() => {
      countTimer = undefined;
      const frame = encode({ type: 'followers', count: followers.size });
      for (const ws of presenters) send(ws, frame);
    }, o.followerCountMs);
  };

  const publish = (position: Position) => {
    if (
      state &&
      state.slide === position.slide &&
      state.fragment === position.fragment &&
      state.playing === position.playing
    )
      return;
    state = { seq: (state?.seq ?? 0) + 1, ...position };
    published++;
    const start = performance.now();
    delivered += toFollowers({ type: 'state', ...state });
    lastFanOutMs = performance.now() - start;
  };

  const refuse = (ws: WebSocket, reason: RefusalReason) => {
    dropped[reason === 'not-presenter' ? 'notPresenter' : 'invalid']++;
    send(ws, { type: 'refused', reason });
  };

  const onMessage = (ws: WebSocket, client: Client, data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    if (!client.bucket.take()) {
      // Not answered: an answer per flooded message would double the flood.
      dropped.rateLimited++;
      return;
    }
    if (isBinary) return refuse(ws, 'invalid');
    let json: unknown;
    try {
      json = JSON.parse(
        Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'),
      );
    } catch {
      return refuse(ws, 'invalid');
    }
    const parsed = publishSchema.safeParse(json);
    if (!parsed.success) return refuse(ws, 'invalid');
    if (client.role !== 'presenter') return refuse(ws, 'not-presenter');
    const { type: _type, ...position } = parsed.data;
    publish(position);
  };

  const admit = (ws: WebSocket, role: Client['role']) => {
    const client: Client = { role, alive: true, bucket: tokenBucket(o.messagesPerSecond, o.messageBurst) };
    clients.set(ws, client);
    (role === 'presenter' ? presenters : followers).add(ws);
    ws.on('pong', () => (client.alive = true));
    ws.on('message', (data, isBinary) => {
      try {
        onMessage(ws, client, data, isBinary);
      } catch {
        dropped.error++;
      }
    });
    ws.on('error', (error: Error & { code?: string }) => {
      dropped[error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'tooLarge' : 'error']++;
    });
    ws.on('close', () => {
      clients.delete(ws);
      if (role === 'presenter') {
        presenters.delete(ws);
        if (presenters.size === 0) toFollowers({ type: 'presence', presenter: false });
      } else {
        followers.delete(ws);
        tellFollowerCount();
      }
    });
    send(ws, {
      type: 'welcome',
      role,
      state,
      presenter: presenters.size > 0,
      ...(role === 'presenter' ? { followers: followers.size } : {}),
    });
    if (role === 'presenter' && presenters.size === 1) toFollowers({ type: 'presence', presenter: true });
    if (role === 'follower') tellFollowerCount();
  };

  const heartbeat =
    o.heartbeatMs > 0
      ? setInterval(() => {
          for (const [ws, client] of clients) {
            if (!client.alive) {
              ws.terminate();
              continue;
            }
            client.alive = false;
            ws.ping();
          }
        }, o.heartbeatMs).unref()
      : undefined;

  return {
    /** Takes over an HTTP upgrade request for the relay's path. */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      socket.on('error', () => dropped.error++);
      const offered = new URL(request.url ?? '/', 'http://relay').searchParams.get(SECRET_PARAM);
      wss.handleUpgrade(request, socket, head, (ws) => {
        // Refusals complete the handshake first: a browser sees a close code and reason, never an HTTP status.
        if (offered !== null && !secretMatches(offered, o.secret)) {
          dropped.badSecret++;
          ws.on('error', () => dropped.error++);
          return ws.close(CLOSE.badSecret, 'wrong presenter secret');
        }
        if (offered === null && followers.size >= o.maxFollowers) {
          dropped.full++;
          ws.on('error', () => dropped.error++);
          send(ws, { type: 'full', max: o.maxFollowers });
          return ws.close(CLOSE.full, 'live view full');
        }
        admit(ws, offered === null ? 'follower' : 'presenter');
      });
    },
    stats(): RelayStats {
      return {
        followers: followers.size,
        presenters: presenters.size,
        published,
        delivered,
        dropped: { ...dropped },
        state,
        lastFanOutMs,
      };
    },
    /** Closes every connection (1001, going away: followers reconnect to the next relay) and stops the timers. */
    async close(graceMs = 500): Promise<void> {
      clearInterval(heartbeat);
      clearTimeout(countTimer);
      const closed = [...clients.keys()].map(
        (ws) =>
          new Promise<void>((resolve) => {
            ws.once('close', () => resolve());
            ws.close(CLOSE.goingAway, 'relay stopping');
            // A client that does not answer the close handshake is not waited for.
            setTimeout(() => ws.terminate(), graceMs).unref();
          }),
      );
      await Promise.all(closed);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

export type Relay = ReturnType<typeof createRelay>;
