import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from './server.ts';

describe('live server', () => {
  let server: LiveServer;
  let base: string;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'live-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8" /><title>deck</title></head></html>',
    );
    writeFileSync(join(dist, 'assets', 'deck.js'), 'export {};');
    writeFileSync(join(tmpdir(), 'outside.txt'), 'secret');
    server = await startLiveServer({
      dist,
      host: '127.0.0.1',
      port: 0,
      relay: { secret: 's', heartbeatMs: 0 },
      audienceUrl: (port) => `http://10.0.0.5:${port}/?a=1&b="2"`,
    });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  it('should tell the page it is live, and which link the audience gets', async () => {
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain(
      `<meta charset="utf-8" />\n    <meta name="deck-live" content="http://10.0.0.5:${server.port}/?a=1&amp;b=&quot;2&quot;" />`,
    );
  });

  it('should serve the deck’s files with their types', async () => {
    const response = await fetch(`${base}/assets/deck.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../outside.txt', '/assets/%2e%2e/%2e%2e/outside.txt', '/missing.js', '/assets/'])(
    'should answer 404 for %s',
    async (path) => {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    },
  );

  it('should serve nothing but reads', async () => {
    expect((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
