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
import { DROP_REASONS, RELAY_DEFAULTS, type DropReason, type RelayOptions, type RelayStats } from './options.ts';

export { RELAY_DEFAULTS, type DropReason, type RelayOptions, type RelayStats } from './options.ts';

interface Bar {
  code: number;
  reason: DropReason;
  max?: number;
}

interface Client {
  role: 'presenter' | 'follower';
  address: string;
  bucket: ReturnType<typeof tokenBucket>;
  hold?: ReturnType<typeof latestWithin>;
}

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

  const countError = () => dropped.error++;
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
    beats.forget(ws);
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

  // One listener of each kind for every connection (`this` is the socket), not closures each: a room holds thousands.
  function onMessageOf(this: WebSocket, data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) {
    const client = clients.get(this);
    if (!client) return;
    try {
      onMessage(this, client, data, isBinary);
    } catch {
      dropped.error++;
    }
  }
  function onErrorOf(error: Error & { code?: string }) {
    dropped[error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'tooLarge' : 'error']++;
  }
  function onCloseOf(this: WebSocket) {
    release(this);
  }

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
    ws.on('message', onMessageOf);
    ws.on('error', onErrorOf);
    ws.on('close', onCloseOf);
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

  /** Why a connection may not be admitted (its close code, the count it goes to, the cap it met), if it may not. */
  const barred = (offered: string | null, address: string, ownOrigin: boolean): Bar | undefined => {
    if (offered !== null) {
      if (!ownOrigin) return { code: CLOSE.badOrigin, reason: 'badOrigin' };
      if (!attempts.allowed(address)) return { code: CLOSE.tooManyAttempts, reason: 'tooManyAttempts' };
      if (secretMatches(offered, o.secret)) return undefined;
      attempts.failed(address);
      return { code: CLOSE.badSecret, reason: 'badSecret' };
    }
    if (followers.size >= o.maxFollowers) return { code: CLOSE.full, reason: 'full', max: o.maxFollowers };
    if (perAddress.count(address) >= o.maxPerAddress)
      return { code: CLOSE.full, reason: 'perAddress', max: o.maxPerAddress };
    return undefined;
  };

  return {
    /** Takes over an HTTP upgrade request for the relay's path. */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      socket.on('error', countError);
      // Read here, so that nothing kept for the connection's life keeps the request too.
      const offered = new URL(request.url ?? '/', 'http://relay').searchParams.get(SECRET_PARAM);
      const address = addressOf(request.socket.remoteAddress);
      const ownOrigin = fromOwnOrigin(request);
      wss.handleUpgrade(request, socket, head, (ws) => {
        const bar = barred(offered, address, ownOrigin);
        if (!bar) return admit(ws, offered === null ? 'follower' : 'presenter', address);
        // Refusals complete the handshake first: a browser sees a close code and reason, never an HTTP status.
        dropped[bar.reason]++;
        ws.on('error', countError);
        if (bar.max !== undefined) send(ws, { type: 'full', max: bar.max });
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
    json = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = publishSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { type: _type, ...position } = parsed.data;
  return position;
}

export type Relay = ReturnType<typeof createRelay>;
