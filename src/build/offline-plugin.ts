import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The names of this build's plugins, so a build that must not carry the worker (the single file) can leave them out. */
export const OFFLINE_PLUGIN_PREFIX = 'vite-plugin-pwa';

/**
 * The deck's service worker (`src/offline/sw.ts`), built by vite-plugin-pwa
 * into `sw.js` beside the page with the list of the build's files it caches
 * as it installs: the page, its scripts, styles and fonts, the rest of the
 * slides. Not the link-preview image, which a page never loads. The page
 * registers it itself (`src/boot/offline.ts`), after the deck is up.
 */
export function offlinePlugin(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      globPatterns: ['index.html', 'assets/**/*.{js,css,woff2,html}'],
    },
  });
}
