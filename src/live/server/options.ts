import type { Relayed } from '../protocol.ts';
import type { Counts } from './meeting.ts';

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

export const DROP_REASONS: DropReason[] = [
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
