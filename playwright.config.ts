import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/browser.ts';

/**
 * The preview server listens on a port that is free when the run starts
 * (or `E2E_PORT`), never a fixed one, so that two runs on one machine do not
 * test each other's build. The port goes into the environment because
 * Playwright evaluates this file again in every worker process.
 */
function previewPort(): number {
  const chosen = Number(process.env['E2E_PORT']);
  if (Number.isInteger(chosen) && chosen > 0) return chosen;
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  process.env['E2E_PORT'] = String(port);
  return port;
}

const PORT = previewPort();

function chromiumOrExit(): string {
  try {
    return findChromium();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'on-first-retry',
    viewport: { width: 1280, height: 720 },
    /** The deck's first audience reads Chinese; language tests set their own. */
    locale: 'zh-CN',
    launchOptions: { executablePath: chromiumOrExit(), args: CHROMIUM_ARGS },
    /** The deck's service worker would cache every file in every test's context; the offline spec allows it. */
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
