import type { RevealApi } from 'reveal.js';
import QRCode from 'qrcode';
import type { DeckContext } from '../deck/context.ts';
import { revealElementOf, translatedKeyBinding } from '../deck/reveal.ts';
import { disposer, type Disposer } from '../disposer.ts';
import { liveConnection, type ConnectionStatus } from '../live/client/connection.ts';
import { revealFollowView, type FollowView } from '../live/client/follow.ts';
import type { LiveSetup } from '../live/client/page.ts';
import { placePublisher } from '../live/client/publisher.ts';
import type { Publish, Relayed, RelayMessage } from '../live/protocol.ts';

/** The audience link as people type it: no scheme, no trailing slash. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

async function qrCode(url: string, label: string): Promise<SVGSVGElement> {
  const markup = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  return svg;
}

/** The audience link as a QR code and a short URL, with a line telling people what it is for. */
async function invite(ctx: DeckContext, url: string, className: string, life: Disposer): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.className = className;
  const caption = document.createElement('p');
  caption.className = 'live-invite-caption';
  const link = document.createElement('p');
  link.className = 'live-invite-url';
  link.textContent = shortUrl(url);
  const svg = await qrCode(url, ctx.i18n.t('ui.live.qr', { url: shortUrl(url) }));
  const paint = () => {
    caption.textContent = ctx.i18n.t('ui.live.invite');
    svg.setAttribute('aria-label', ctx.i18n.t('ui.live.qr', { url: shortUrl(url) }));
  };
  paint();
  life.on(ctx.i18n, 'languageChanged', paint);
  box.append(svg, caption, link);
  return box;
}

/** The `Q` key: the audience link full screen, for latecomers, whatever slide is up. */
async function inviteOverlay(deck: RevealApi, ctx: DeckContext, url: string, life: Disposer) {
  const overlay = await invite(ctx, url, 'live-invite-overlay', life);
  if (life.disposed) return;
  overlay.hidden = true;
  life.listen(overlay, 'click', () => (overlay.hidden = true));
  revealElementOf(deck).append(life.element(overlay));
  life.add(
    translatedKeyBinding(
      deck,
      ctx.i18n,
      { keyCode: 81, key: 'Q' },
      () => ctx.i18n.t('ui.live.key'),
      () => (overlay.hidden = !overlay.hidden),
    ),
  );
}

/** A line of live status in a corner, read out by screen readers when it changes. */
function statusBar(host: HTMLElement, life: Disposer): { bar: HTMLElement; text: HTMLElement } {
  const bar = life.element(document.createElement('div'));
  bar.className = 'live-bar';
  const text = document.createElement('span');
  text.setAttribute('role', 'status');
  bar.append(text);
  host.append(bar);
  return { bar, text };
}

/**
 * The presenter's side: publishes the slide, fragment and whether a chart or
 * figure is playing on it whenever one changes (and again on each
 * reconnection, so a restarted relay learns where the meeting is), shows how
 * many follow, and shows the audience link on the title slide and under `Q`.
 */
function presenter(deck: RevealApi, ctx: DeckContext, setup: LiveSetup, view: FollowView, life: Disposer) {
  const root = revealElementOf(deck);
  const { bar, text } = statusBar(root, life);
  bar.dataset.role = 'presenter';
  let status: ConnectionStatus = 'connecting';
  let followers = 0;

  const position = (): Publish => {
    const at = view.current();
    const playing =
      (deck.getCurrentSlide() as HTMLElement | undefined)?.querySelector(
        '[data-chart-state="playing"], [data-count-state="playing"]',
      ) != null;
    return { type: 'state', slide: at.slide, fragment: at.fragment, playing };
  };
  const publisher = placePublisher((message) => connection.send(message), position);
  const paint = () => {
    text.textContent =
      status === 'open'
        ? followers === 0
          ? ctx.i18n.t('ui.live.nobody')
          : ctx.i18n.t('ui.live.following', { count: followers })
        : ctx.i18n.t(status === 'refused' ? 'ui.live.refused' : 'ui.live.reconnecting');
    bar.dataset.connection = status;
    bar.dataset.followers = String(followers);
  };
  const connection = liveConnection(setup.secret, {
    status: (next) => {
      status = next;
      paint();
    },
    message: (message: RelayMessage) => {
      if (message.type === 'welcome') {
        followers = message.followers ?? 0;
        publisher.connected();
      } else if (message.type === 'followers') {
        followers = message.count;
      } else if (message.type === 'refused') {
        publisher.refused(message.reason);
      }
      paint();
    },
  });
  life.add(() => connection.close());
  life.add(publisher.dispose);
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) life.on(deck, event, publisher.changed);
  // Charts mark their state on the element; a chart that starts or ends playing is a change worth sending.
  life.observer(new MutationObserver(publisher.changed)).observe(root, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-chart-state', 'data-count-state'],
  });
  life.on(ctx.i18n, 'languageChanged', paint);
  paint();

  const title = deck.getSlides()[0] as HTMLElement | undefined;
  void invite(ctx, setup.audienceUrl, 'live-invite', life).then((box) => {
    if (life.disposed || !title) return;
    title.append(life.element(box));
    title.classList.add('live-invited');
    life.add(() => title.classList.remove('live-invited'));
  });
  return connection;
}

/**
 * A follower's side: goes where the presenter goes, in the reader's own
 * language (the presenter's is never sent). A reader who moves away stops
 * following until they press "back to live"; a reconnection, after a lost
 * network or a relay restart, lands on the presenter's place again.
 */
function follower(root: HTMLElement, ctx: DeckContext, view: FollowView, life: Disposer) {
  const { bar, text } = statusBar(root, life);
  bar.dataset.role = 'follower';
  const back = document.createElement('button');
  back.type = 'button';
  back.className = 'live-back';
  bar.append(back);

  let live: Relayed | null = null;
  let following = true;
  let presenterOnline = false;
  let status: ConnectionStatus = 'connecting';
  let max = 0;

  const paint = () => {
    text.textContent =
      status === 'full'
        ? ctx.i18n.t('ui.live.full', { max })
        : status !== 'open'
          ? ctx.i18n.t('ui.live.reconnecting')
          : !presenterOnline
            ? ctx.i18n.t(live ? 'ui.live.offline' : 'ui.live.waiting')
            : ctx.i18n.t(following ? 'ui.live.live' : 'ui.live.paused');
    back.textContent = ctx.i18n.t('ui.live.back');
    back.hidden = following || live === null || status === 'full';
    bar.dataset.connection = status;
    bar.dataset.presenter = presenterOnline ? 'online' : 'offline';
    root.dataset.liveFollowing = String(following);
  };
  const follow = () => {
    following = true;
    if (live) view.goTo(live.slide, live.fragment);
    paint();
  };
  life.listen(back, 'click', follow);
  life.add(
    view.onUserMove(() => {
      if (!following) return;
      following = false;
      paint();
    }),
  );

  const connection = liveConnection(null, {
    status: (next) => {
      status = next;
      paint();
    },
    message: (message: RelayMessage) => {
      if (message.type === 'welcome') {
        presenterOnline = message.presenter;
        live = message.state ?? live;
        follow();
      } else if (message.type === 'state') {
        // Relayed in order over one connection; a lower number can only come from a relay that restarted.
        live = message;
        if (following) view.goTo(message.slide, message.fragment);
      } else if (message.type === 'presence') {
        presenterOnline = message.presenter;
      } else if (message.type === 'full') {
        max = message.max;
      }
      paint();
    },
  });
  life.add(() => connection.close());
  life.on(ctx.i18n, 'languageChanged', paint);
  paint();
  return connection;
}

/** Live audience view: the presenter's link publishes, any other link follows. Called only where a relay serves the page. */
export function liveController(
  deck: RevealApi,
  ctx: DeckContext,
  setup: LiveSetup,
  view: FollowView = revealFollowView(deck),
) {
  const life = disposer();
  life.add(() => view.dispose());
  const root = revealElementOf(deck);
  root.dataset.live = setup.secret === null ? 'follower' : 'presenter';
  void inviteOverlay(deck, ctx, setup.audienceUrl, life);
  const connection = setup.secret === null ? follower(root, ctx, view, life) : presenter(deck, ctx, setup, view, life);
  return { connection, dispose: life.dispose };
}

/**
 * Live audience view on the reading page (phones): it only follows, since a
 * page without slides has no place of its own to publish; the presenter's
 * link opened there follows too, and presents from a laptop.
 */
export function liveReadingController(host: HTMLElement, ctx: DeckContext, view: FollowView) {
  const life = disposer();
  life.add(() => view.dispose());
  host.dataset.live = 'follower';
  return { connection: follower(host, ctx, view, life), dispose: life.dispose };
}
