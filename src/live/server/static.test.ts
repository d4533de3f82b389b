import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from './server.ts';

const CSP = "default-src 'self'; script-src 'self' 'sha256-abc='; object-src 'none'";
const FONT = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

/**
 * A plain request, for what fetch will not send (a 20 KiB target), hides (a dropped connection) or changes (its
 * revalidations ask for no cache, as a reload does).
 */
function raw(port: number, path: string, headers: Record<string, string> = {}): Promise<number | 'dropped'> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    req.on('error', () => resolve('dropped'));
    req.end();
  });
}

describe('live server', () => {
  let server: LiveServer;
  let base: string;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'live-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="${CSP}" /><title>deck</title></head></html>`,
    );
    writeFileSync(join(dist, 'assets', 'deck-Bv3xQ1a_.js'), 'export {};');
    writeFileSync(join(dist, 'assets', 'deck-en-1cb519b865.html'), '<section id="a"></section>');
    writeFileSync(join(dist, 'assets', 'deck-sans-400-Cz2NC8HU.woff2'), FONT);
    writeFileSync(join(dist, 'og-image.png'), 'png');
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
    const response = await fetch(`${base}/assets/deck-Bv3xQ1a_.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${base}/assets/deck-sans-400-Cz2NC8HU.woff2`)).headers.get('content-type')).toBe('font/woff2');
  });

  it.each(['/', '/assets/deck-en-1cb519b865.html', '/assets/deck-Bv3xQ1a_.js', '/og-image.png', '/missing.js'])(
    'should answer %s with no type sniffing, no referrer and no framing by other sites',
    async (path) => {
      const { headers } = await fetch(`${base}${path}`);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    },
  );

  it.each(['/', '/index.html', '/assets/deck-en-1cb519b865.html'])(
    'should send the page’s security policy as a header with %s',
    async (path) => {
      expect((await fetch(`${base}${path}`)).headers.get('content-security-policy')).toBe(
        `${CSP}; frame-ancestors 'self'`,
      );
    },
  );

  it.each([
    ['/assets/deck-Bv3xQ1a_.js', 'public, max-age=31536000, immutable'],
    ['/assets/deck-en-1cb519b865.html', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/og-image.png', 'no-cache'],
  ])('should cache %s as “%s”', async (path, expected) => {
    expect((await fetch(`${base}${path}`)).headers.get('cache-control')).toBe(expected);
  });

  it.each(['/', '/og-image.png', '/assets/deck-Bv3xQ1a_.js'])(
    'should answer a revalidation of %s with 304 while it is unchanged',
    async (path) => {
      const etag = (await fetch(`${base}${path}`)).headers.get('etag');
      expect(etag).toBeTruthy();
      expect(await raw(server.port, path, { 'if-none-match': etag! })).toBe(304);
      expect(await raw(server.port, path, { 'if-none-match': '"other"' })).toBe(200);
    },
  );

  it.each([
    ['bytes=0-0', 0, 0],
    ['bytes=10-19', 10, 19],
    ['bytes=-100', 900, 999],
    ['bytes=990-', 990, 999],
  ])('should honour the range %s', async (range, start, end) => {
    const response = await fetch(`${base}/assets/deck-sans-400-Cz2NC8HU.woff2`, { headers: { range } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(FONT.subarray(start, end + 1));
  });

  it('should answer a range past the end with 416', async () => {
    const response = await fetch(`${base}/assets/deck-sans-400-Cz2NC8HU.woff2`, { headers: { range: 'bytes=5000-' } });
    expect(response.status).toBe(416);
  });

  it.each([
    ['a URL of 20 KiB', 20 * 1024],
    ['a URL of 100 KiB', 100 * 1024],
  ])('should answer %s with 414, not a dropped connection', async (_name, length) => {
    expect(await raw(server.port, `/?q=${'x'.repeat(length)}`)).toBe(414);
  });

  it.each(['/../outside.txt', '/assets/%2e%2e/%2e%2e/outside.txt', '/missing.js', '/assets/', '/.env'])(
    'should not serve %s',
    async (path) => {
      const response = await fetch(`${base}${path}`);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).not.toContain('secret');
    },
  );

  it('should serve nothing but reads', async () => {
    expect((await fetch(`${base}/`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${base}/og-image.png`, { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});
