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
import { latestWithin } from './hold.ts';
import { heartbeats } from './heartbeat.ts';
import { addressOf, countsByAddress, secretAttempts } from './addresses.ts';
import { fromOwnOrigin } from './origin.ts';
import { localMeeting, type Counts, type MeetingFactory, type MeetingSink } from './meeting.ts';

/** The relay's limits, each with a default sized for one meeting room served from a laptop. */
export interface RelayOptions {
  /** The presenter secret: a connection that offers it may publish. */
  secret: string;
  /** Followers beyond this many are told the live view is full and closed. Presenters do not count. */
  maxFollowers?: number;
  /** Followers from one address (an IPv4 address, or an IPv6 /64) beyond this many are told the same. A room behind one NAT raises it. */
  maxPerAddress?: number;
  /** A frame larger than this closes its connection (1009), as `ws`'s `maxPayload` does. */
  maxMessageBytes?: number;
  /** Messages a connection may send per second, and at once; a presenter's newest position over it waits its turn, the rest are dropped. */
  messagesPerSecond?: number;
  messageBurst?: number;
  /** A follower whose unsent data grows beyond this reads too slowly: it is closed, reconnects, and lands on the current slide. */
  maxBufferedBytes?: number;
  /** How often connections are pinged; one that has not answered the previous ping is closed. 0 turns heartbeats off. */
  heartbeatMs?: number;
  /** Presenters are told the follower count at most this often, so a room joining at once costs one message, not one per join. */
  followerCountMs?: number;
  /** Wrong presenter secrets one address may offer at once, then one per `secretAttemptMs`; over that its attempts are refused unread. */
  secretAttemptBurst?: number;
  secretAttemptMs?: number;
}

export const RELAY_DEFAULTS = {
  maxFollowers: 2000,
  maxPerAddress: 50,
  maxMessageBytes: 1024,
  messagesPerSecond: 20,
  messageBurst: 40,
  maxBufferedBytes: 1 << 20,
  heartbeatMs: 15_000,
  followerCountMs: 250,
  secretAttemptBurst: 10,
  secretAttemptMs: 10_000,
} satisfies Omit<Required<RelayOptions>, 'secret'>;

/** Why a message or connection was dropped; each is counted once. */
export type DropReason =
  | 'invalid'
  | 'notPresenter'
  | 'tooLarge'
  | 'rateLimited'
  | 'badSecret'
  | 'badOrigin'
  | 'tooManyAttempts'
  | 'full'
  | 'perAddress'
  | 'slow'
  | 'unanswered'
  | 'error';

export interface RelayStats {
  followers: number;
  presenters: number;
  /** The meeting's other relays' connections, as last learnt (none on one machine). */
  elsewhere: Counts;
  /** Changes relayed since the relay started. */
  published: number;
  /** Follower messages sent (one per follower per change). */
  delivered: number;
  dropped: Record<DropReason, number>;
  state: Relayed | null;
  /** How long the last change took to hand to every follower's socket, in ms: the relay's own share of the latency. */
  lastFanOutMs: number;
  meeting: Record<string, number | string>;
}

interface Client {
  role: 'presenter' | 'follower';
  address: string;
  bucket: ReturnType<typeof tokenBucket>;
  hold?: ReturnType<typeof latestWithin>;
}

const DROP_REASONS: DropReason[] = [
  'invalid',
  'notPresenter',
  'tooLarge',
  'rateLimited',
  'badSecret',
  'badOrigin',
  'tooManyAttempts',
  'full',
  'perAddress',
  'slow',
  'unanswered',
  'error',
];

/** How long a follower closed for reading too slowly has to read its close before it is cut. */
const SLOW_CLOSE_MS = 1000;

const samePlace = (a: Position, b: Position) =>
  a.slide === b.slide && a.fragment === b.fragment && a.playing === b.playing;

/**
 * The live relay: one module owning every connection. A presenter (a
 * connection that offered the secret) publishes its position into the
 * meeting, which numbers it and hands it back to every relay of the meeting
 * (this one alone on one machine) to fan out to its followers; every new or
 * returning connection is greeted with the latest one. Nothing a client sends
 * can crash it: every message is rate-limited, size-capped and validated, and
 * what fails is dropped and counted.
 */
export function createRelay(options: RelayOptions, joinMeeting: MeetingFactory = localMeeting) {
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
  const perAddress = countsByAddress();
  const attempts = secretAttempts(o.secretAttemptBurst, o.secretAttemptMs);
  const dropped = Object.fromEntries(DROP_REASONS.map((reason) => [reason, 0])) as Record<DropReason, number>;
  const beats = heartbeats(o.heartbeatMs, () => dropped.unanswered++);
  const pruning = setInterval(() => attempts.prune(), 60_000).unref();
  let state: Relayed | null = null;
  let elsewhere: Counts = { followers: 0, presenters: 0 };
  let toldPresence = false;
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
        // Let go of at once: a reader this slow may take long to read the close, and must not be dropped again meanwhile.
        release(ws);
        dropped.slow++;
        ws.close(CLOSE.slow, 'reads too slowly');
        // Its close waits behind all it has not read: cut it soon rather than after ws's 30 s.
        setTimeout(() => ws.terminate(), SLOW_CLOSE_MS).unref();
        continue;
      }
      send(ws, frame);
      sent++;
    }
    return sent;
  };
  const present = () => presenters.size > 0 || elsewhere.presenters > 0;
  const tellPresence = () => {
    if (present() === toldPresence) return;
    toldPresence = present();
    toFollowers({ type: 'presence', presenter: toldPresence });
  };
  const followerTotal = () => followers.size + elsewhere.followers;
  const tellFollowerCount = () => {
    countTimer ??= setTimeout(() => {
      countTimer = undefined;
      const frame = encode({ type: 'followers', count: followerTotal() });
      for (const ws of presenters) send(ws, frame);
    }, o.followerCountMs);
  };

  const sink: MeetingSink = {
    state: () => state,
    deliver(next) {
      if (state && next.seq <= state.seq) return;
      state = next;
      published++;
      const start = performance.now();
      delivered += toFollowers({ type: 'state', ...next });
      lastFanOutMs = performance.now() - start;
    },
    here: () => ({ followers: followers.size, presenters: presenters.size }),
    elsewhere(counts) {
      const moreOrFewer = counts.followers !== elsewhere.followers;
      elsewhere = counts;
      tellPresence();
      if (moreOrFewer && presenters.size > 0) tellFollowerCount();
    },
  };
  const meeting = joinMeeting(sink);

  const publish = (position: Position) => {
    if (state && samePlace(state, position)) return;
    meeting.publish(position);
  };

  const refuse = (ws: WebSocket, reason: RefusalReason) => {
    dropped[reason === 'not-presenter' ? 'notPresenter' : 'invalid']++;
    send(ws, { type: 'refused', reason });
  };

  const onMessage = (ws: WebSocket, client: Client, data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    // A follower's messages are all refused: over the limit they are not even read.
    if (client.role === 'follower' && !client.bucket.take()) {
      // Not answered: an answer per flooded message would double the flood.
      dropped.rateLimited++;
      return;
    }
    const position = read(data, isBinary);
    if (client.role === 'follower') return refuse(ws, position ? 'not-presenter' : 'invalid');
    if (!position) {
      if (client.bucket.take()) refuse(ws, 'invalid');
      else dropped.rateLimited++;
      return;
    }
    const offered = client.hold!.offer(position);
    if (offered === 'sent') return;
    dropped.rateLimited++;
    // Said once per wait, so that the presenter knows to send its place again if it cannot tell this relay holds it.
    if (offered === 'held') send(ws, { type: 'refused', reason: 'rate-limited' });
  };

  const release = (ws: WebSocket) => {
    const client = clients.get(ws);
    if (!client) return;
    clients.delete(ws);
    if (client.role === 'presenter') {
      presenters.delete(ws);
      // Whether a presenter is left is the meeting's to say: one may have joined another relay a moment ago.
      void meeting.changed().then(tellPresence);
      return;
    }
    followers.delete(ws);
    perAddress.remove(client.address);
    tellFollowerCount();
    void meeting.changed();
  };

  const admit = (ws: WebSocket, role: Client['role'], address: string) => {
    const bucket = tokenBucket(o.messagesPerSecond, o.messageBurst);
    const client: Client = { role, address, bucket };
    if (role === 'presenter') client.hold = latestWithin(bucket, publish);
    clients.set(ws, client);
    if (role === 'presenter') presenters.add(ws);
    else {
      followers.add(ws);
      perAddress.add(address);
    }
    beats.watch(ws);
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
    ws.on('close', () => release(ws));
    send(ws, {
      type: 'welcome',
      role,
      state,
      presenter: present(),
      ...(role === 'presenter' ? { followers: followerTotal() } : {}),
    });
    if (role === 'presenter') tellPresence();
    else tellFollowerCount();
    void meeting.changed();
  };

  /** Why a connection may not be admitted (the close code and the count it goes to), or undefined if it may. */
  const barred = (request: IncomingMessage, offered: string | null, address: string) => {
    if (offered !== null) {
      if (!fromOwnOrigin(request)) return { code: CLOSE.badOrigin, reason: 'badOrigin' } as const;
      if (!attempts.allowed(address)) return { code: CLOSE.tooManyAttempts, reason: 'tooManyAttempts' } as const;
      if (secretMatches(offered, o.secret)) return undefined;
      attempts.failed(address);
      return { code: CLOSE.badSecret, reason: 'badSecret' } as const;
    }
    if (followers.size >= o.maxFollowers) return { code: CLOSE.full, reason: 'full', max: o.maxFollowers } as const;
    if (perAddress.count(address) >= o.maxPerAddress)
      return { code: CLOSE.full, reason: 'perAddress', max: o.maxPerAddress } as const;
    return undefined;
  };

  return {
    /** Takes over an HTTP upgrade request for the relay's path. */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      socket.on('error', () => dropped.error++);
      const offered = new URL(request.url ?? '/', 'http://relay').searchParams.get(SECRET_PARAM);
      const address = addressOf(request.socket.remoteAddress);
      wss.handleUpgrade(request, socket, head, (ws) => {
        const bar = barred(request, offered, address);
        if (!bar) return admit(ws, offered === null ? 'follower' : 'presenter', address);
        // Refusals complete the handshake first: a browser sees a close code and reason, never an HTTP status.
        dropped[bar.reason]++;
        ws.on('error', () => dropped.error++);
        if ('max' in bar && bar.max !== undefined) send(ws, { type: 'full', max: bar.max });
        ws.close(bar.code, bar.reason);
      });
    },
    stats(): RelayStats {
      return {
        followers: followers.size,
        presenters: presenters.size,
        elsewhere: { ...elsewhere },
        published,
        delivered,
        dropped: { ...dropped },
        state,
        lastFanOutMs,
        meeting: meeting.stats(),
      };
    },
    /** Settles once the relay has joined its meeting (at once on one machine). */
    ready: meeting.ready,
    /** Closes every connection (1001, going away: followers reconnect to the next relay) and stops the timers. */
    async close(graceMs = 500): Promise<void> {
      beats.stop();
      clearInterval(pruning);
      clearTimeout(countTimer);
      for (const client of clients.values()) client.hold?.stop();
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
      await meeting.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** A client's message as a position, or undefined if it is not a valid one. */
function read(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): Position | undefined {
  if (isBinary) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(
      Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'),
    );
  } catch {
    return undefined;
  }
  const parsed = publishSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { type: _type, ...position } = parsed.data;
  return position;
}

export type Relay = ReturnType<typeof createRelay>;
