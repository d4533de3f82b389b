import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE } from '../protocol.ts';
import { connect, SECRET, startRelay, state, stopAll } from './test/clients.ts';

afterEach(stopAll);

describe('live relay limits', () => {
  it('should relay the presenter’s newest position when it moves faster than the rate limit', async () => {
    const { port, relay } = await startRelay({ messagesPerSecond: 20, messageBurst: 40 });
    const follower = connect(port);
    await follower.next('welcome');
    const presenter = connect(port, SECRET);
    await presenter.next('welcome');
    for (let i = 0; i < 1000; i++) presenter.send(state('agenda', i % 1000));
    // The last move is where the meeting is, once the limit allows it, not the 40th.
    await expect.poll(() => follower.last('state')?.fragment, { timeout: 5000 }).toBe(999);
    expect(relay.stats().state).toMatchObject({ slide: 'agenda', fragment: 999 });
    // Said once per wait (each wait ends in one publish), not once per move over the limit.
    const refusals = presenter.messages.filter((m) => m.type === 'refused');
    expect(refusals.length).toBeGreaterThanOrEqual(1);
    expect(refusals.length).toBeLessThan(relay.stats().published);
    expect(new Set(refusals.map((m) => m.reason))).toEqual(new Set(['rate-limited']));
    expect(relay.stats().dropped.rateLimited).toBeGreaterThan(refusals.length);
    const seqs = follower.messages.flatMap((m) => (m.type === 'state' ? [m.seq] : []));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('should give one address at most its share of the seats, and others theirs', async () => {
    const { port, relay } = await startRelay({ maxFollowers: 10, maxPerAddress: 3 });
    const mine = [connect(port), connect(port), connect(port)];
    await Promise.all(mine.map((f) => f.next('welcome')));
    const fourth = connect(port);
    expect(await fourth.next('full')).toEqual({ type: 'full', max: 3 });
    expect(await fourth.closed).toBe(CLOSE.full);
    // Another machine on the loopback range still gets in.
    const other = connect(port, undefined, { localAddress: '127.0.0.2' });
    expect((await other.next('welcome')).role).toBe('follower');
    expect(relay.stats()).toMatchObject({ followers: 4, dropped: { perAddress: 1, full: 0 } });
    // A seat given back is a seat for the same address again.
    mine[0]!.ws.close();
    await expect.poll(() => relay.stats().followers).toBe(3);
    expect((await connect(port).next('welcome')).role).toBe('follower');
  });

  it('should cut a connection that sends pongs unasked but never answers a ping, and keep one that answers', async () => {
    const { port, relay } = await startRelay({ heartbeatMs: 50 });
    const answering = connect(port);
    await answering.next('welcome');
    let pings = 0;
    answering.ws.on('ping', () => pings++);
    const deaf = connect(port, undefined, { autoPong: false });
    await deaf.next('welcome');
    const pongs = setInterval(() => deaf.ws.pong(), 10);
    try {
      await deaf.closed;
    } finally {
      clearInterval(pongs);
    }
    expect(relay.stats().dropped.unanswered).toBe(1);
    // The answering one was pinged at least as often and is still there.
    expect(pings).toBeGreaterThanOrEqual(1);
    expect(answering.ws.readyState).toBe(answering.ws.OPEN);
    await expect.poll(() => relay.stats().followers).toBe(1);
  });

  it('should count a follower that reads too slowly once, and relay nothing more to it', async () => {
    const { port, relay } = await startRelay({ maxBufferedBytes: 4096, messagesPerSecond: 1e6, messageBurst: 1e6 });
    const slow = connect(port);
    await slow.next('welcome');
    slow.ws.pause();
    const reading = connect(port);
    await reading.next('welcome');
    const presenter = connect(port, SECRET);
    await presenter.next('welcome');
    const long = 'a'.repeat(100);
    let i = 0;
    // Until the kernel's buffers toward the slow one are full and the relay's own grows past the limit.
    while (relay.stats().dropped.slow === 0 && i < 200_000) {
      presenter.send(state(`${long}${i % 2}`, i++ % 999));
      if (i % 500 === 0) await expect.poll(() => relay.stats().published, { interval: 5 }).toBe(i);
    }
    expect(relay.stats().dropped.slow).toBe(1);
    expect(relay.stats().followers).toBe(1);
    for (let j = 0; j < 50; j++) presenter.send(state(`${long}${j % 2}`, j));
    await expect.poll(() => reading.last('state')?.fragment).toBe(49);
    expect(relay.stats().dropped.slow).toBe(1);
  });

  it('should slow wrong secrets from one address, refusing even the right one until its allowance refills', async () => {
    const { port, relay } = await startRelay({ secretAttemptBurst: 3, secretAttemptMs: 60_000 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push(await connect(port, `guess-${i}`).closed);
    expect(codes).toEqual([
      CLOSE.badSecret,
      CLOSE.badSecret,
      CLOSE.badSecret,
      CLOSE.tooManyAttempts,
      CLOSE.tooManyAttempts,
    ]);
    expect(await connect(port, SECRET).closed).toBe(CLOSE.tooManyAttempts);
    // Followers from that address are not held up, nor is the presenter from another.
    expect((await connect(port).next('welcome')).role).toBe('follower');
    expect((await connect(port, SECRET, { localAddress: '127.0.0.2' }).next('welcome')).role).toBe('presenter');
    expect(relay.stats().dropped).toMatchObject({ badSecret: 3, tooManyAttempts: 3 });
  });

  it('should take a presenter only from the deck’s own origin, and followers from anywhere', async () => {
    const { port, relay } = await startRelay();
    const foreign = connect(port, SECRET, { origin: 'https://elsewhere.example' });
    expect(await foreign.closed).toBe(CLOSE.badOrigin);
    const own = connect(port, SECRET, { origin: `http://127.0.0.1:${port}` });
    expect((await own.next('welcome')).role).toBe('presenter');
    const embedded = connect(port, undefined, { origin: 'https://elsewhere.example' });
    expect((await embedded.next('welcome')).role).toBe('follower');
    expect(relay.stats()).toMatchObject({ presenters: 1, followers: 1, dropped: { badOrigin: 1, badSecret: 0 } });
    own.ws.close();
    await once(own.ws, 'close');
  });
});
