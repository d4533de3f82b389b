/// <reference lib="webworker" />
/**
 * The deck's service worker (built by vite-plugin-pwa into `sw.js`): the
 * built deck's files are cached as it installs, so a device that opened the
 * link once opens it again with the network off. A page is always asked of
 * the network first, and the cached copy is only the answer when there is
 * none: a new build's page, and the live server's pages (marked for the
 * relay), are never served stale. The relay's WebSocket never passes here.
 */
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

/** The deck's page as the build wrote it: the answer to any address of the deck when offline. */
const PAGE = 'index.html';

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const page = await matchPrecache(PAGE);
      if (page) return page;
      throw error;
    }
  }),
);
// Everything else the build wrote (scripts, styles, fonts, the rest of the slides) from the cache, which a
// new build's worker replaces as it installs; anything else (the relay, other hosts) is left to the network.
addRoute();

// A new build takes over as soon as it is installed: its files are the ones its page asks for.
void self.skipWaiting();
clientsClaim();
