import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { liveLinks } from '../src/live/server/links.ts';
import { newSecret } from '../src/live/server/secret.ts';
import { currentSlideId } from './support/deck.ts';
import { openLive, phone, slideOf } from './support/live.ts';
import { freePort, startRedis, type RedisServer } from './support/redis-server.ts';
import { startRelayProcess, type RelayProcess } from './support/relay-process.ts';

/**
 * One meeting over two relays, each a process of its own on a free port,
 * sharing it through a `redis-server` the spec starts on a free port: the
 * presenter on relay A, followers in both languages, on laptops and phones,
 * on A and on B. Relays and Redis are killed and started again under the
 * pages' feet.
 */
const DIST = resolve(import.meta.dirname, '../dist');
const SECRET = newSecret();

const english = { locale: 'en-US' };

test.describe('live audience view over two relays and Redis', () => {
  test.describe.configure({ mode: 'serial' });

  let redis: RedisServer;
  const relays: Record<'a' | 'b', RelayProcess | undefined> = { a: undefined, b: undefined };
  const ports = { a: 0, b: 0 };
  let presenter: Page;
  let onA: Page[];
  let onB: Page[];
  const relay = async (name: 'a' | 'b') =>
    (relays[name] = await startRelayProcess({ dist: DIST, port: ports[name], secret: SECRET, redis: redis.url }));

  test.beforeAll(async ({ browser }) => {
    redis = await startRedis();
    [ports.a, ports.b] = [await freePort(), await freePort()];
    await Promise.all([relay('a'), relay('b')]);
    const [a, b] = [liveLinks(ports.a, SECRET, '127.0.0.1'), liveLinks(ports.b, SECRET, '127.0.0.1')];
    [presenter, ...onA] = await Promise.all([
      openLive(browser, `${a.presenter}&lang=zh`),
      openLive(browser, `${a.audience}?lang=zh`, phone),
      openLive(browser, `${a.audience}?lang=en`, english),
    ]);
    onB = await Promise.all([
      openLive(browser, `${b.audience}?lang=en`, { ...phone, ...english }),
      openLive(browser, `${b.audience}?lang=zh`),
    ]);
  });

  test.afterAll(async () => {
    for (const page of [presenter, ...(onA ?? []), ...(onB ?? [])]) await page?.context().close();
    await Promise.all([relays.a?.stop(), relays.b?.stop()]);
    await redis?.stop();
  });

  test('should move followers on both relays with a presenter on one, and count them all', async () => {
    await expect(presenter.getByText('4人正在跟随')).toBeVisible();
    await presenter.keyboard.press('ArrowRight');
    await slideOf(presenter).toBe('agenda');
    for (const page of [...onA, ...onB]) await slideOf(page).toBe('agenda');
    await expect(onB[0]!.locator('section#agenda h2')).toHaveText('Outline of the Report');
    await expect(onB[1]!.locator('section#agenda h2')).toHaveText('报告结构');
    await expect(onA[1]!.locator('section#agenda h2')).toHaveText('Outline of the Report');
  });

  test('should bring a killed relay’s followers back to the presenter’s slide once it is started again', async () => {
    await relays.b!.kill();
    await expect(onB[0]!.getByText('Reconnecting…')).toBeVisible();
    await presenter.keyboard.press('End');
    const at = await currentSlideId(presenter);
    expect(at).not.toBe('agenda');
    for (const page of onA) await slideOf(page).toBe(at);
    await relay('b');
    for (const page of onB) await slideOf(page).toBe(at);
    await expect(onB[0]!.getByText('Following the presenter')).toBeVisible();
  });

  test('should keep the presenter’s relay moving without Redis, and the other within 5 s of its return', async () => {
    const before = await currentSlideId(presenter);
    await redis.stop();
    // Several moves while Redis is away, each followed at once on the presenter's relay.
    await presenter.keyboard.press('Home');
    for (const page of onA) await slideOf(page, 2000).toBe('title');
    await presenter.keyboard.press('ArrowRight');
    for (const page of onA) await slideOf(page, 2000).toBe('agenda');
    await presenter.keyboard.press('ArrowRight');
    await expect(onA[1]!.locator('section#agenda .fragment.visible')).toHaveCount(1, { timeout: 2000 });
    // Relay B cannot know: its followers stay where the meeting was.
    for (const page of onB) expect(await currentSlideId(page)).toBe(before);

    await redis.start();
    for (const page of onB) await slideOf(page, 5000).toBe('agenda');
    await expect(onB[1]!.locator('section#agenda .fragment.visible')).toHaveCount(1, { timeout: 5000 });
    // And the meeting goes on through Redis again.
    await presenter.keyboard.press('End');
    const end = await currentSlideId(presenter);
    for (const page of [...onA, ...onB]) await slideOf(page).toBe(end);
  });

  test('should let a presenter on the other relay take over when the first leaves', async ({ browser }) => {
    const at = await currentSlideId(presenter);
    const second = await openLive(browser, `${liveLinks(ports.b, SECRET, '127.0.0.1').presenter}&lang=en#/${at}`);
    await presenter.context().close();
    await second.keyboard.press('Home');
    const next = await currentSlideId(second);
    expect(next).not.toBe(at);
    for (const page of [...onA, ...onB]) await slideOf(page).toBe(next);
    await expect(onA[1]!.getByText('Following the presenter')).toBeVisible();
    await expect(onB[1]!.getByText('正在跟随演讲者')).toBeVisible();
    await second.context().close();
    await expect(onA[1]!.getByText('Presenter offline: showing the last slide')).toBeVisible();
  });
});
