import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import serveStatic from 'serve-static';

/** The tag that tells the deck it is served with a relay, and which link to give the audience. */
export function liveMeta(audienceUrl: string): string {
  const escaped = audienceUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<meta name="deck-live" content="${escaped}" />`;
}

/** Vite's output under `assets/` carries a hash of its content in its name: such a file never changes. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * The page's own Content-Security-Policy (the deck sets it in a meta tag, so
 * that a static host needs none), sent as a header on every HTML file, with
 * what a meta tag cannot say: that only the deck's own pages may frame it
 * (the speaker view frames the deck; other sites may not).
 */
export function securityPolicy(page: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(page)?.[1];
  return [meta?.replace(/&#39;|&apos;/g, "'").replace(/;\s*$/, ''), "frame-ancestors 'self'"]
    .filter(Boolean)
    .join('; ');
}

/** Sent with every answer: no guessing of types, no address (the presenter's carries its secret) sent on to others, no framing by other sites. */
const ALWAYS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
};

/**
 * Serves the built deck read-only from `root`, with `serve-static` (ranges,
 * validators, types, paths kept inside `root`). Its page gets `extraHead`
 * after the charset tag; a static host never adds it, which is how the deck
 * knows there is no relay.
 */
export function staticDeck(root: string, extraHead: () => string) {
  const source = readFileSync(join(root, 'index.html'), 'utf8');
  const csp = securityPolicy(source);
  let page: { html: Buffer; etag: string; head: string } | undefined;
  const livePage = () => {
    const head = extraHead();
    if (page?.head !== head) {
      const html = Buffer.from(source.replace(/<meta charset="utf-8" \/>/i, (charset) => `${charset}\n    ${head}`));
      page = { html, head, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
    }
    return page;
  };
  const files = serveStatic(root, {
    index: false,
    redirect: false,
    fallthrough: false,
    setHeaders(response, path) {
      const name = `/${path
        .slice(root.length + 1)
        .split('\\')
        .join('/')}`;
      response.setHeader('cache-control', HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (name.endsWith('.html')) response.setHeader('content-security-policy', csp);
    },
  });

  return (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(ALWAYS)) response.setHeader(name, value);
    const path = new URL(request.url ?? '/', 'http://deck').pathname;
    if ((path === '/' || path === '/index.html') && (request.method === 'GET' || request.method === 'HEAD')) {
      const { html, etag } = livePage();
      response.setHeader('cache-control', 'no-cache');
      response.setHeader('etag', etag);
      response.setHeader('content-security-policy', csp);
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length });
      return void response.end(request.method === 'HEAD' ? undefined : html);
    }
    files(request, response, (error?: { status?: number; statusCode?: number }) => {
      if (response.headersSent) return void response.destroy();
      const status = error?.status ?? error?.statusCode ?? 404;
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(status === 404 ? 'not found' : String(status));
    });
  };
}
