import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../../e2e/support/redis-server.ts';
import { meetingName } from './server.ts';
import { connect, SECRET, startRelay, state, stopAll } from './test/clients.ts';

/** Relays sharing a meeting through a real `redis-server` of the test's own, on a free port. */
let redis: RedisServer;
let client: Redis;
beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  // Redis is stopped on purpose in one test: this client reconnects by itself.
  client.on('error', () => {});
  await client.connect();
});
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
});
afterEach(async () => {
  await stopAll();
  if (client.status === 'ready') await client.flushall();
});

const shared = (options = {}) => startRelay(options, { redis: redis.url });
const publishes = async () => Number(/cmdstat_publish:calls=(\d+)/.exec(await client.info('commandstats'))?.[1] ?? 0);
const within = { timeout: 5000 };

/** Two relays on the Redis, a follower on each, and a presenter on the first, all greeted. */
async function meetingOfTwo() {
  const [a, b] = [await shared(), await shared()];
  const onA = connect(a.port);
  const onB = connect(b.port);
  await Promise.all([onA.next('welcome'), onB.next('welcome')]);
  const presenter = connect(a.port, SECRET);
  await presenter.next('welcome');
  return { a, b, onA, onB, presenter };
}

describe('relays sharing a meeting through Redis', () => {
  it('should relay each change from the presenter’s relay to every relay’s followers, in order, with one publish each', async () => {
    const { onA, onB, presenter } = await meetingOfTwo();
    await expect.poll(() => onB.last('presence')?.presenter, within).toBe(true);
    const before = await publishes();
    for (let i = 0; i < 10; i++) presenter.send(state('agenda', i));
    for (const follower of [onA, onB]) {
      await expect.poll(() => follower.last('state')?.fragment, within).toBe(9);
      const seqs = follower.messages.flatMap((m) => (m.type === 'state' ? [m.seq] : []));
      expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
    expect((await publishes()) - before).toBe(10);
    expect(await client.get(`live:${meetingName(SECRET)}:state`)).toBe(
      '{"type":"state","seq":10,"slide":"agenda","fragment":9,"playing":false}',
    );
  });

  it('should greet a follower of a relay that starts later with the meeting’s position', async () => {
    const a = await shared();
    const presenter = connect(a.port, SECRET);
    await presenter.next('welcome');
    presenter.send(state('indicators-2022', 2));
    await expect.poll(() => a.relay.stats().published).toBe(1);
    const b = await shared();
    const late = connect(b.port);
    expect(await late.next('welcome')).toMatchObject({ state: { seq: 1, slide: 'indicators-2022', fragment: 2 } });
    const welcome = late.last('welcome')!;
    await expect.poll(() => late.last('presence')?.presenter ?? welcome.presenter, within).toBe(true);
  });

  it('should tell the presenter how many follow on every relay, and followers anywhere when it leaves', async () => {
    const [a, b] = [await shared(), await shared()];
    const presenter = connect(a.port, SECRET);
    await presenter.next('welcome');
    const followers = [connect(a.port), connect(b.port), connect(b.port)];
    await Promise.all(followers.map((f) => f.next('welcome')));
    await expect.poll(() => presenter.last('followers')?.count, within).toBe(3);
    presenter.ws.close();
    for (const follower of followers) await expect.poll(() => follower.last('presence')?.presenter, within).toBe(false);
  });

  it('should let a presenter on another relay take over when the first leaves', async () => {
    const [a, b] = [await shared(), await shared()];
    const follower = connect(a.port);
    await follower.next('welcome');
    const first = connect(a.port, SECRET);
    await first.next('welcome');
    first.send(state('agenda'));
    await expect.poll(() => follower.last('state')?.slide, within).toBe('agenda');
    const second = connect(b.port, SECRET);
    expect(await second.next('welcome')).toMatchObject({ presenter: true, state: { slide: 'agenda' } });
    first.ws.close();
    second.send(state('closing'));
    await expect.poll(() => follower.last('state')?.slide, within).toBe('closing');
    // Someone still presents: the followers were never told otherwise.
    expect(follower.messages.filter((m) => m.type === 'presence')).toEqual([{ type: 'presence', presenter: true }]);
  });

  it('should go on alone without Redis, and bring every relay to the presenter’s place when it is back', async () => {
    const { a, b, onA, onB, presenter } = await meetingOfTwo();
    presenter.send(state('agenda'));
    await expect.poll(() => onB.last('state')?.slide, within).toBe('agenda');

    await redis.stop();
    presenter.send(state('closing', 1));
    // The presenter's own relay relays at once; the other cannot know yet.
    await expect.poll(() => onA.last('state')?.slide, within).toBe('closing');
    expect(onB.last('state')?.slide).toBe('agenda');
    expect(a.relay.stats().meeting).toMatchObject({ redis: 'alone' });

    // Back, and empty: it restarted without its data.
    await redis.start();
    await expect.poll(() => onB.last('state'), within).toMatchObject({ slide: 'closing', fragment: 1 });
    const seqs = onB.messages.flatMap((m) => (m.type === 'state' ? [m.seq] : []));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    await expect.poll(() => b.relay.stats().meeting.redis, within).toBe('in step');
    // The next change goes through Redis again, numbered above every one before.
    presenter.send(state('closing', 2));
    for (const follower of [onA, onB]) await expect.poll(() => follower.last('state')?.fragment, within).toBe(2);
    expect(onA.last('state')!.seq).toBe(onB.last('state')!.seq);
  });

  it('should ignore what is not a position on the meeting’s channel, and count it', async () => {
    const a = await shared();
    const follower = connect(a.port);
    await follower.next('welcome');
    await client.publish(`live:${meetingName(SECRET)}`, '{"type":"state","seq":99,"slide":"<script>"}');
    await client.publish(`live:${meetingName(SECRET)}`, 'not json');
    await expect.poll(() => a.relay.stats().meeting.invalid).toBe(2);
    expect(follower.last('state')).toBeUndefined();
  });
});
