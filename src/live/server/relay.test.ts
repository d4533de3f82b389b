import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { LiveServer } from './server.ts';
import { CLOSE } from '../protocol.ts';
import type { RelayOptions } from './relay.ts';
import { connect as connectTo, SECRET, startRelay, state, stopAll } from './test/clients.ts';

let server: LiveServer | undefined;
const relay = async (options: Partial<RelayOptions> = {}) => (server = await startRelay(options));
const connect = (key?: string) => connectTo(server!.port, key);
afterEach(async () => {
  await stopAll();
  server = undefined;
});

describe('live relay', () => {
  it('should greet a follower, and relay the presenter’s changes to it in order', async () => {
    await relay();
    const follower = connect();
    expect(await follower.next('welcome')).toEqual({
      type: 'welcome',
      role: 'follower',
      state: null,
      presenter: false,
    });
    const presenter = connect(SECRET);
    expect((await presenter.next('welcome')).role).toBe('presenter');
    expect(await follower.next('presence')).toEqual({ type: 'presence', presenter: true });
    presenter.send(state('agenda'));
    expect(await follower.next('state')).toEqual({
      type: 'state',
      seq: 1,
      slide: 'agenda',
      fragment: -1,
      playing: false,
    });
    presenter.send(state('agenda', 0, true));
    expect(await follower.next('state')).toMatchObject({ seq: 2, fragment: 0, playing: true });
  });

  it('should give a late joiner the current position at once', async () => {
    await relay();
    const presenter = connect(SECRET);
    await presenter.next('welcome');
    presenter.send(state('indicators-2022', 2));
    await expect.poll(() => server!.relay.stats().published).toBe(1);
    const late = connect();
    expect(await late.next('welcome')).toMatchObject({
      presenter: true,
      state: { seq: 1, slide: 'indicators-2022', fragment: 2 },
    });
  });

  it('should refuse a publish from a follower, count it and change nothing', async () => {
    await relay();
    const follower = connect();
    await follower.next('welcome');
    follower.send(state('title'));
    expect(await follower.next('refused')).toEqual({ type: 'refused', reason: 'not-presenter' });
    expect(server!.relay.stats()).toMatchObject({ published: 0, state: null, dropped: { notPresenter: 1 } });
  });

  it('should close a connection that offers a wrong secret, and count it', async () => {
    await relay();
    const intruder = connect('wrong');
    expect(await intruder.closed).toBe(CLOSE.badSecret);
    expect(server!.relay.stats()).toMatchObject({ presenters: 0, dropped: { badSecret: 1 } });
  });

  it.each([
    ['not JSON', '{"type":'],
    ['an unknown type', { type: 'goto', slide: 'title' }],
    ['a slide id with markup', state('<img src=x>')],
    ['a fragment out of range', state('title', 5000)],
    ['an extra field', { ...state('title'), lang: 'en' }],
    ['a missing field', { type: 'state', slide: 'title' }],
  ])('should drop %s from the presenter and keep serving', async (_name, message) => {
    await relay();
    const presenter = connect(SECRET);
    await presenter.next('welcome');
    presenter.send(message);
    expect(await presenter.next('refused')).toEqual({ type: 'refused', reason: 'invalid' });
    presenter.send(state('agenda'));
    await expect.poll(() => server!.relay.stats().state?.slide).toBe('agenda');
    expect(server!.relay.stats().dropped.invalid).toBe(1);
  });

  it('should drop a binary message', async () => {
    await relay();
    const presenter = connect(SECRET);
    await presenter.next('welcome');
    presenter.ws.send(Buffer.from(JSON.stringify(state('title'))), { binary: true });
    expect(await presenter.next('refused')).toEqual({ type: 'refused', reason: 'invalid' });
    expect(server!.relay.stats().published).toBe(0);
  });

  it('should close a connection that sends more than the size cap, count it, and serve the others', async () => {
    await relay({ maxMessageBytes: 256 });
    const follower = connect();
    await follower.next('welcome');
    const presenter = connect(SECRET);
    await presenter.next('welcome');
    follower.send('x'.repeat(257));
    expect(await follower.closed).toBe(1009);
    expect(server!.relay.stats().dropped.tooLarge).toBe(1);
    const other = connect();
    await other.next('welcome');
    presenter.send(state('agenda'));
    expect(await other.next('state')).toMatchObject({ slide: 'agenda' });
  });

  it('should drop a follower’s messages over the rate limit unanswered, and count them', async () => {
    await relay({ messagesPerSecond: 1, messageBurst: 5 });
    const follower = connect();
    await follower.next('welcome');
    for (let i = 0; i < 50; i++) follower.send(state('agenda', i));
    await expect
      .poll(() => server!.relay.stats().dropped.rateLimited + server!.relay.stats().dropped.notPresenter)
      .toBe(50);
    const { dropped } = server!.relay.stats();
    // Five at once, and at most one more per second the loop took: each of those answered, the rest not.
    expect(dropped.notPresenter).toBeGreaterThanOrEqual(5);
    expect(dropped.notPresenter).toBeLessThanOrEqual(7);
    await expect.poll(() => follower.messages.filter((m) => m.type === 'refused').length).toBe(dropped.notPresenter);
    expect(server!.relay.stats().published).toBe(0);
  });

  it('should answer a follower over the cap with a clear message, and not count presenters against it', async () => {
    await relay({ maxFollowers: 2 });
    const a = connect();
    const b = connect();
    await Promise.all([a.next('welcome'), b.next('welcome')]);
    const c = connect();
    expect(await c.next('full')).toEqual({ type: 'full', max: 2 });
    expect(await c.closed).toBe(CLOSE.full);
    const presenter = connect(SECRET);
    expect((await presenter.next('welcome')).role).toBe('presenter');
    expect(server!.relay.stats()).toMatchObject({ followers: 2, presenters: 1, dropped: { full: 1 } });
  });

  it('should tell the presenter how many follow', async () => {
    await relay();
    const presenter = connect(SECRET);
    expect(await presenter.next('welcome')).toMatchObject({ followers: 0 });
    const followers = [connect(), connect(), connect()];
    await Promise.all(followers.map((f) => f.next('welcome')));
    await expect
      .poll(() => presenter.messages.findLast((m) => m.type === 'followers'))
      .toEqual({ type: 'followers', count: 3 });
    followers[0]!.ws.close();
    await expect
      .poll(() => presenter.messages.findLast((m) => m.type === 'followers'))
      .toEqual({ type: 'followers', count: 2 });
  });

  it('should tell followers when the presenter leaves, and keep the last position', async () => {
    await relay();
    const presenter = connect(SECRET);
    await presenter.next('welcome');
    presenter.send(state('closing'));
    const follower = connect();
    await follower.next('welcome');
    presenter.ws.close();
    expect(await follower.next('presence')).toEqual({ type: 'presence', presenter: false });
    expect(server!.relay.stats().state?.slide).toBe('closing');
  });

  it('should not relay a position identical to the current one', async () => {
    await relay();
    const presenter = connect(SECRET);
    await presenter.next('welcome');
    presenter.send(state('agenda'));
    presenter.send(state('agenda'));
    presenter.send(state('agenda', 0));
    await expect.poll(() => server!.relay.stats().state?.seq).toBe(2);
    expect(server!.relay.stats().published).toBe(2);
  });

  it('should refuse upgrades on any other path', async () => {
    await relay();
    const ws = new WebSocket(`ws://127.0.0.1:${server!.port}/elsewhere`);
    const error = await new Promise<Error>((resolve) => ws.on('error', resolve));
    expect(error).toBeInstanceOf(Error);
    expect(server!.relay.stats().followers).toBe(0);
  });
});
