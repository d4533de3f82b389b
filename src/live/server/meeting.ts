import type { Position, Relayed } from '../protocol.ts';

/** Connections a relay holds. */
export interface Counts {
  followers: number;
  presenters: number;
}

/** What a relay lets its meeting see and do. */
export interface MeetingSink {
  /** The meeting's position as this relay last relayed it. */
  state(): Relayed | null;
  /** Relays a numbered position to this relay's followers, unless it is not newer than the last one relayed. */
  deliver(state: Relayed): void;
  /** This relay's own connections. */
  here(): Counts;
  /** The connections of the meeting's other relays, as last learnt. */
  elsewhere(counts: Counts): void;
}

/**
 * Where a meeting's position lives. On one machine, in the relay itself; over
 * several, in Redis (`redis-meeting.ts`). Either way a presenter's checked
 * position goes in through `publish`, and every relay of the meeting gets it
 * numbered through its sink's `deliver`, which owns the fan-out.
 */
export interface Meeting {
  /** A presenter of this relay moved: number the position and make it the meeting's. */
  publish(position: Position): void;
  /** This relay's counts changed; settles once the other relays' are fresh too (at once on one machine). */
  changed(): Promise<void>;
  /** Settles once the meeting is joined (or could not be, for now): a relay starting greets its first followers after it. */
  ready: Promise<void>;
  /** What the meeting has to say about itself in the relay's stats. */
  stats(): Record<string, number | string>;
  close(): Promise<void>;
}

export type MeetingFactory = (sink: MeetingSink) => Meeting;

/** A meeting held by one relay alone: positions are numbered here, and no other relay counts. */
export const localMeeting: MeetingFactory = (sink) => ({
  publish: (position) => sink.deliver({ seq: (sink.state()?.seq ?? 0) + 1, ...position }),
  changed: () => Promise.resolve(),
  ready: Promise.resolve(),
  stats: () => ({}),
  close: async () => {},
});
