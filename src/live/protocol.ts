/**
 * The live relay's messages. The relay knows nothing of decks: a position is a
 * slide id, a fragment index and whether an animation is playing. This file
 * has no dependencies, so the deck's bundle carries no validator; the relay
 * checks what it is sent against `schema.ts`.
 */

/** Where the presenter is. `fragment` is -1 before the first fragment (reveal.js's own convention). */
export interface Position {
  slide: string;
  fragment: number;
  playing: boolean;
}

/** The only message a client sends: the presenter's position. Anything else is dropped and counted. */
export interface Publish extends Position {
  type: 'state';
}

/** A published position as relayed: `seq` rises by one per change, so a follower can tell order and gaps. */
export interface Relayed extends Position {
  seq: number;
}

/** What the relay sends. */
export type RelayMessage =
  /** First message on every connection: its role, the position so far (if any) and whether a presenter is connected. */
  | { type: 'welcome'; role: 'presenter' | 'follower'; state: Relayed | null; presenter: boolean; followers?: number }
  | ({ type: 'state' } & Relayed)
  | { type: 'presence'; presenter: boolean }
  /** To presenters only. */
  | { type: 'followers'; count: number }
  /**
   * A message that was dropped, and why: once per invalid message, and once when the relay starts holding a
   * presenter's positions over the rate limit (it sends the latest when allowed; the presenter may send it again).
   */
  | { type: 'refused'; reason: RefusalReason }
  /** Sent just before closing a follower over the cap: the room's, or the one for connections from one address. */
  | { type: 'full'; max: number };

export type RefusalReason = 'invalid' | 'not-presenter' | 'rate-limited';

/** WebSocket close codes the relay uses (4000–4999 is the range for applications). */
export const CLOSE = {
  /** The presenter secret was wrong. */
  badSecret: 4001,
  /** A presenter connection from a page of another origin than the deck's. */
  badOrigin: 4002,
  /** The follower cap was reached, for the room or for the follower's address. */
  full: 4003,
  /** The connection's send buffer outgrew the limit: it reads too slowly. */
  slow: 4008,
  /** Too many wrong secrets from this address lately: it may try again later. */
  tooManyAttempts: 4029,
  /** The relay is shutting down. */
  goingAway: 1001,
} as const;

/** The path of the relay's WebSocket beside the deck, and the query parameter that carries the presenter secret. */
export const RELAY_PATH = '/live';
export const SECRET_PARAM = 'key';
