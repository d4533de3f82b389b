import { resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { startLiveServer, type LiveServer } from '../src/live/server/server.ts';
import { liveLinks } from '../src/live/server/links.ts';
import { newSecret } from '../src/live/server/secret.ts';
import { currentSlideId } from './support/deck.ts';
import { openLive, phone, slideOf } from './support/live.ts';

/**
 * One presenter and three followers on a relay the spec starts itself, on a
 * free loopback port, serving the built deck (`npm run test:e2e` builds it).
 * The secret is fixed for the run, as LIVE_TOKEN fixes it, so the relay can be
 * restarted under the pages' feet.
 */
const DIST = resolve(import.meta.dirname, '../dist');
const SECRET = newSecret();

async function start(port = 0): Promise<LiveServer> {
  return startLiveServer({
    dist: DIST,
    host: '127.0.0.1',
    port,
    relay: { secret: SECRET, maxFollowers: 10 },
    audienceUrl: (bound) => liveLinks(bound, SECRET, '127.0.0.1').audience,
  });
}

/**
 * Waits until nothing on the presenter's slide will play any more (every chart and counting figure done, but those
 * whose fragment is not shown yet) and the relay holds that place, not playing: until the presenter moves, nothing
 * more is published.
 */
async function settled(presenter: Page, server: LiveServer) {
  const unsettled = () =>
    presenter.evaluate(() => {
      const slide = [...document.querySelectorAll('.reveal .slides section.present')].at(-1);
      const animated = [...(slide?.querySelectorAll<HTMLElement>('figure[data-chart], [data-countup]') ?? [])];
      return animated.filter(
        (element) =>
          (element.dataset['chartState'] ?? element.dataset['countState']) !== 'done' &&
          !element.closest('.fragment:not(.visible)'),
      ).length;
    });
  await expect.poll(unsettled).toBe(0);
  const at = await currentSlideId(presenter);
  await expect.poll(() => server.relay.stats().state).toMatchObject({ slide: at, playing: false });
}
const visibleFragments = (page: Page, slide: string) => page.locator(`section#${slide} .fragment.visible`);

test.describe('live audience view', () => {
  test.describe.configure({ mode: 'serial' });

  let server: LiveServer;
  let presenter: Page;
  let phoneZh: Page;
  let phoneEn: Page;
  let laptop: Page;
  let followers: Page[];

  test.beforeAll(async ({ browser }) => {
    server = await start();
    const links = liveLinks(server.port, SECRET, '127.0.0.1');
    presenter = await openLive(browser, `${links.presenter}&lang=zh`);
    phoneZh = await openLive(browser, `${links.audience}?lang=zh`, phone);
    phoneEn = await openLive(browser, `${links.audience}?lang=en`, { ...phone, locale: 'en-US' });
    laptop = await openLive(browser, `${links.audience}?lang=zh-en`, { viewport: { width: 1366, height: 768 } });
    followers = [phoneZh, phoneEn, laptop];
  });

  test.afterAll(async () => {
    for (const page of [presenter, ...followers]) await page?.context().close();
    await server?.close();
  });

  test('should show the presenter how many follow and the audience link on the title slide', async () => {
    await expect(presenter.getByText('3人正在跟随')).toBeVisible();
    // A projected address bar must not show the room the secret.
    expect(presenter.url()).not.toContain(SECRET);
    const qr = presenter.locator('section#title').getByRole('img', { name: /观众链接二维码/ });
    await expect(qr).toBeVisible();
    const box = (await qr.boundingBox())!;
    // A quarter of the slide's height or more: scannable from the back rows on a projector.
    expect(box.height).toBeGreaterThan(720 / 4);
    await expect(presenter.locator('section#title')).toContainText(`127.0.0.1:${server.port}`);
    await presenter.keyboard.press('q');
    await expect(presenter.locator('.live-invite-overlay').getByRole('img')).toBeVisible();
    await presenter.keyboard.press('q');
    await expect(presenter.locator('.live-invite-overlay')).toBeHidden();
  });

  test('should move every follower with the presenter, each in its own language', async () => {
    await presenter.keyboard.press('ArrowRight');
    await slideOf(presenter).toBe('agenda');
    for (const page of followers) {
      await slideOf(page).toBe('agenda');
      // The follower's address bar names the slide it is on.
      await expect(page).toHaveURL(/#\/agenda$/);
    }
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expect(visibleFragments(presenter, 'agenda')).toHaveCount(2);
    await expect(visibleFragments(laptop, 'agenda')).toHaveCount(2);

    await expect(phoneZh.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(phoneZh.locator('section#agenda h2')).toHaveText('报告结构');
    await expect(phoneEn.locator('html')).toHaveAttribute('lang', 'en');
    await expect(phoneEn.locator('section#agenda h2')).toHaveText('Outline of the Report');
    await expect(laptop.locator('html')).toHaveAttribute('data-mode', 'bilingual');
    await expect(laptop.locator('section#agenda h2')).toContainText('报告结构');
    await expect(laptop.locator('section#agenda h2')).toContainText('Outline of the Report');
    await expect(presenter.locator('html')).toHaveAttribute('lang', 'zh-CN');
    for (const page of followers) await expect(page.getByText(/正在跟随演讲者|Following the presenter/)).toBeVisible();
  });

  test('should let a follower step back and return to live', async () => {
    await laptop.keyboard.press('ArrowLeft');
    await laptop.keyboard.press('ArrowLeft');
    await laptop.keyboard.press('ArrowLeft');
    await slideOf(laptop).toBe('title');
    const back = laptop.getByRole('button', { name: '回到演讲者当前页' });
    await expect(back).toBeVisible();
    await expect(laptop.getByText('已暂停跟随')).toBeVisible();

    // The presenter goes on; the follower who stepped back stays where they are.
    await presenter.keyboard.press('ArrowRight');
    await expect(visibleFragments(presenter, 'agenda')).toHaveCount(3);
    await expect.poll(() => server.relay.stats().state?.fragment).toBe(2);
    await slideOf(laptop).toBe('title');

    await back.click();
    await slideOf(laptop).toBe('agenda');
    await expect(visibleFragments(laptop, 'agenda')).toHaveCount(3);
    await expect(back).toBeHidden();
    // Following again: the next change arrives.
    await presenter.keyboard.press('ArrowRight');
    const next = await currentSlideId(presenter);
    expect(next).not.toBe('agenda');
    await slideOf(laptop).toBe(next);
  });

  test('should never move the presenter or other followers with a follower’s keys', async () => {
    const at = await currentSlideId(presenter);
    // A phone reader scrolls on through the page; a laptop follower steps on with the arrow keys.
    await phoneEn.keyboard.press('End');
    await slideOf(phoneEn).not.toBe(at);
    await expect(phoneEn.getByText('Not following')).toBeVisible();
    await laptop.keyboard.press('ArrowRight');
    await laptop.keyboard.press('ArrowRight');
    await slideOf(laptop).not.toBe(at);
    await expect(laptop.getByRole('button', { name: '回到演讲者当前页' })).toBeVisible();
    await slideOf(presenter).toBe(at);
    await slideOf(phoneZh).toBe(at);
    expect(server.relay.stats().state?.slide).toBe(at);
    await laptop.getByRole('button', { name: '回到演讲者当前页' }).click();
    await slideOf(laptop).toBe(at);
    await phoneEn.getByRole('button', { name: 'Back to live' }).click();
    await slideOf(phoneEn).toBe(at);
  });

  test('should refuse a publish without the secret and change nothing', async () => {
    await settled(presenter, server);
    const at = await currentSlideId(presenter);
    const before = server.relay.stats();
    const answers = await phoneEn.evaluate(async () => {
      const url = new URL('/live', location.href);
      url.protocol = 'ws:';
      const refused = await new Promise<string>((done) => {
        const ws = new WebSocket(url);
        ws.onmessage = (event) => {
          const message = JSON.parse(String(event.data));
          if (message.type === 'welcome')
            ws.send(JSON.stringify({ type: 'state', slide: 'title', fragment: -1, playing: false }));
          if (message.type === 'refused') {
            ws.close();
            done(message.reason);
          }
        };
      });
      url.searchParams.set('key', 'not-the-secret');
      const closed = await new Promise<number>((done) => {
        const ws = new WebSocket(url);
        ws.onopen = () => ws.send(JSON.stringify({ type: 'state', slide: 'title', fragment: -1, playing: false }));
        ws.onclose = (event) => done(event.code);
      });
      return { refused, closed };
    });
    expect(answers).toEqual({ refused: 'not-presenter', closed: 4001 });
    const after = server.relay.stats();
    expect(after.dropped.notPresenter).toBe(before.dropped.notPresenter + 1);
    expect(after.dropped.badSecret).toBe(before.dropped.badSecret + 1);
    expect(after.published).toBe(before.published);
    expect(after.state).toEqual(before.state);
    for (const page of [presenter, ...followers]) await slideOf(page).toBe(at);
  });

  test('should bring followers back to the presenter’s slide after a relay restart, without reloading', async () => {
    for (const page of followers)
      await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));
    const port = server.port;
    await server.close();
    await expect(phoneEn.getByText('Reconnecting…')).toBeVisible();
    // The presenter moves on while the relay is down: the new relay learns it from the presenter.
    await presenter.keyboard.press('ArrowRight');
    const at = await currentSlideId(presenter);

    server = await start(port);
    for (const page of followers) {
      await expect.poll(() => currentSlideId(page), { timeout: 5000 }).toBe(at);
      expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
    }
    await expect(phoneEn.getByText('Following the presenter')).toBeVisible();
  });

  test('should take the presenter’s secret out of the address on a phone too', async ({ browser }) => {
    const page = await openLive(browser, liveLinks(server.port, SECRET, '127.0.0.1').presenter, phone);
    // The phone follows on the reading page: the address it shows must not hand the room the secret.
    await expect(page.locator('.read[data-live="follower"]')).toBeAttached();
    await expect(page).not.toHaveURL(/key=/);
    expect(page.url()).not.toContain(SECRET);
    await page.context().close();
  });

  test('should keep the last slide and say the presenter is offline when the presenter leaves', async () => {
    const at = await currentSlideId(presenter);
    await presenter.close();
    await expect(phoneEn.getByText('Presenter offline: showing the last slide')).toBeVisible();
    await expect(phoneZh.getByText('演讲者已离线，停在最后一页')).toBeVisible();
    for (const page of followers) await slideOf(page).toBe(at);
  });
});
