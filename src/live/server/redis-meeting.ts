import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis, type RedisOptions } from 'ioredis';
import { z } from 'zod';
import type { Position, Relayed } from '../protocol.ts';
import type { MeetingFactory } from './meeting.ts';
import { positionSchema } from './schema.ts';
import { COUNTS, PUBLISH, RECONCILE } from './redis-scripts.ts';

export interface RedisMeetingOptions {
  /** `redis://host:port/db` */
  url: string;
  /** Names the meeting's keys (`live:<meeting>:…`) and channel (`live:<meeting>`). */
  meeting: string;
  /** How often this relay writes its counts and reads the others'. */
  countsMs?: number;
  /** How long a relay that stopped writing its counts still counts. */
  relayLifetimeMs?: number;
  /** How long a command may take before this relay serves on without Redis. */
  commandTimeoutMs?: number;
  /** How long the meeting's position is kept in Redis after its last change. */
  keepMs?: number;
}

/** A message on the meeting's channel: a numbered position, or word that relays came or went. */
const channelSchema = z.union([
  z.strictObject({ type: z.literal('state'), seq: z.int().min(1), ...positionSchema.shape }),
  z.strictObject({ type: z.literal('relays') }),
]);

/** A stored or published position, checked as if a client had sent it: Redis is shared, and trusted no further. */
function parseRelayed(text: string): Relayed | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = channelSchema.safeParse(json);
  if (!parsed.success || parsed.data.type !== 'state') return undefined;
  const { type: _type, ...relayed } = parsed.data;
  return relayed;
}

/**
 * A meeting shared by every relay on one Redis (README, "One meeting over
 * several machines"). The presenter's relay numbers, stores and publishes
 * each position in one script and relays it when Redis answers; every relay
 * relays what it hears on the channel, dropping what is not newer. Without
 * Redis a relay goes on alone: its presenter's moves are numbered and relayed
 * here, the newest kept; when both its connections are back it subscribes
 * again, then publishes that newest (numbered above any it gave) or, having
 * none, reconciles with the stored position, newer one winning either way.
 */
export function redisMeeting(options: RedisMeetingOptions): MeetingFactory {
  const countsMs = options.countsMs ?? 1000;
  const lifetime = options.relayLifetimeMs ?? 5 * countsMs;
  const keep = options.keepMs ?? 24 * 3600_000;
  const prefix = `live:${options.meeting}`;
  const [seqKey, stateKey, relaysKey, channel] = [`${prefix}:seq`, `${prefix}:state`, `${prefix}:relays`, prefix];
  const id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  return (sink) => {
    const settings: RedisOptions = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      autoResubscribe: false,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(100 * times, 1000),
      connectionName: `live-relay:${id}`,
    };
    const commands = new Redis(options.url, settings);
    const subscriber = new Redis(options.url, settings);
    const scripts = commands as unknown as Record<'livePublish' | 'liveReconcile' | 'liveCounts', Script>;
    commands.defineCommand('livePublish', { numberOfKeys: 2, lua: PUBLISH });
    commands.defineCommand('liveReconcile', { numberOfKeys: 2, lua: RECONCILE });
    commands.defineCommand('liveCounts', { numberOfKeys: 1, lua: COUNTS });

    const stats = { fallbacks: 0, resyncs: 0, invalid: 0, errors: 0 };
    let subscribed = false;
    let synced = false;
    let syncing = false;
    let closing = false;
    /** The newest position this relay's presenter gave while Redis was away. */
    let pending: Position | undefined;
    /** Positions asked of Redis, and the last of them relayed here alone: a late answer to an older one is not relayed. */
    let asked = 0;
    let aloneAt = 0;
    let countsTimer: NodeJS.Timeout | undefined;
    /** This relay's counts as last written, and those waiting for the next fresh counts. */
    let written = { followers: 0, presenters: 0 };
    let waiting: (() => void)[] = [];
    let settle!: () => void;
    const ready = new Promise<void>((resolve) => (settle = resolve));

    const desync = () => {
      synced = false;
    };
    for (const client of [commands, subscriber]) {
      client.on('error', () => stats.errors++);
      client.on('close', desync);
    }
    subscriber.on('close', () => (subscribed = false));
    subscriber.on('ready', () => {
      subscriber.subscribe(channel).then(() => {
        subscribed = true;
        void sync();
      }, desync);
    });
    commands.on('ready', () => void sync());
    subscriber.on('message', (_channel: string, text: string) => {
      if (text === '{"type":"relays"}') return void counts();
      const relayed = parseRelayed(text);
      if (relayed) sink.deliver(relayed);
      else stats.invalid++;
    });

    const alone = (position: Position) => {
      stats.fallbacks++;
      aloneAt = asked;
      desync();
      pending = position;
      sink.deliver({ seq: (sink.state()?.seq ?? 0) + 1, ...position });
    };
    const body = (position: Position) => JSON.stringify(position).slice(1);
    const publish = async (position: Position, turn = asked) => {
      const seq = Number(
        await scripts.livePublish(seqKey, stateKey, body(position), sink.state()?.seq ?? 0, channel, keep),
      );
      if (turn > aloneAt) sink.deliver({ seq, ...position });
    };

    /** One step back into the meeting: true once in step with it. */
    async function catchUp(): Promise<boolean> {
      if (pending) {
        const position = pending;
        pending = undefined;
        await publish(position, ++asked).catch((error: unknown) => {
          pending ??= position;
          throw error;
        });
      } else {
        const mine = sink.state();
        const stored = await scripts.liveReconcile(
          seqKey,
          stateKey,
          mine ? JSON.stringify({ type: 'state', ...mine }) : '',
          mine?.seq ?? 0,
          channel,
          keep,
        );
        const newer = typeof stored === 'string' ? parseRelayed(stored) : undefined;
        if (newer) sink.deliver(newer);
      }
      // The presenter may have moved meanwhile, alone: that newer place goes out before this relay counts as in step.
      return pending === undefined;
    }

    async function sync() {
      if (synced || syncing || closing || !subscribed || commands.status !== 'ready') return;
      syncing = true;
      try {
        while (!(await catchUp()));
        synced = true;
        stats.resyncs++;
        await counts();
        settle();
      } catch {
        // Tried again on the next tick of the counts, or when a connection is back.
      } finally {
        syncing = false;
      }
    }

    async function counts() {
      const settled = waiting;
      waiting = [];
      const here = sink.here();
      written = here;
      try {
        if (commands.status !== 'ready') return;
        const reply = await scripts.liveCounts(relaysKey, id, here.followers, here.presenters, lifetime, channel);
        const [followers, presenters] = (reply as [number, number]).map(Number);
        sink.elsewhere({ followers: followers ?? 0, presenters: presenters ?? 0 });
      } catch {
        stats.errors++;
      } finally {
        for (const done of settled) done();
      }
    }
    const tick = setInterval(() => void (synced ? counts() : sync()), countsMs).unref();

    return {
      publish(position) {
        const turn = ++asked;
        if (!synced) return alone(position);
        // Only the newest asked falls back: an older one that failed is superseded by it.
        publish(position, turn).catch(() => turn === asked && alone(position));
      },
      changed() {
        const settled = new Promise<void>((done) => waiting.push(done));
        // A presenter coming or going is told at once; followers soon, so a room joining together costs one write.
        if (sink.here().presenters !== written.presenters) {
          clearTimeout(countsTimer);
          countsTimer = undefined;
          void counts();
        } else {
          countsTimer ??= setTimeout(() => {
            countsTimer = undefined;
            void counts();
          }, countsMs / 4);
        }
        return settled;
      },
      ready,
      stats: () => ({ redis: synced ? 'in step' : 'alone', ...stats }),
      async close() {
        closing = true;
        clearInterval(tick);
        clearTimeout(countsTimer);
        if (commands.status === 'ready') {
          await scripts.liveCounts(relaysKey, id, -1, 0, lifetime, channel).catch(() => stats.errors++);
        }
        commands.disconnect();
        subscriber.disconnect();
        for (const done of waiting.splice(0)) done();
        settle();
      },
    };
  };
}

type Script = (...args: (string | number)[]) => Promise<unknown>;
