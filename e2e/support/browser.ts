import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where a Chromium is looked for, in order, before Playwright's own managed browser. */
export const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found: set CHROMIUM_PATH to a Chromium or Chrome binary, install one (Debian/Ubuntu: apt-get install chromium), or run `npx playwright install chromium`.';

/** The Chromium to drive: $CHROMIUM_PATH, then the usual system paths, then Playwright's managed browser. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO_GET_CHROMIUM}`);
  }
  const system = SYSTEM_CHROMIUM.find((path) => exists(path));
  if (system) return system;
  const managed = chromium.executablePath();
  if (managed && exists(managed)) return managed;
  throw new Error(HOW_TO_GET_CHROMIUM);
}

/** Flags for a headless Chromium on a closed network: nothing phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
