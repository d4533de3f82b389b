import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of every inline `<script>` in an HTML text. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
}

/**
 * The speaker view of reveal.js's notes plugin is a page the plugin writes
 * into a new window; that window inherits this page's policy, so its one
 * inline script is allowed by its hash, read from the plugin as installed.
 */
export function speakerViewScripts(notesPluginFile: string): string[] {
  const source = readFileSync(notesPluginFile, 'utf8');
  const literal = /document\.write\(("(?:[^"\\]|\\.)*")\)/.exec(source)?.[1];
  if (!literal)
    throw new Error(
      `${notesPluginFile}: the speaker view page was not found; the Content-Security-Policy cannot allow its script`,
    );
  // A JavaScript string literal, evaluated at build time only, to get the exact page text.
  const page = new Function(`return ${literal};`)() as string;
  return inlineScripts(page);
}

export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // reveal.js and D3 set styles from script, and the speaker view carries a <style>.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The deck's service worker (src/offline/sw.ts), from the deck's own host only.
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Adds a Content-Security-Policy to the built page: no inline script but the
 * ones the build itself wrote (by hash), no eval, nothing from another host.
 * It runs last, so a build that inlines its scripts gets their hashes.
 */
export function cspPlugin(options: { notesPluginFile: string }): Plugin {
  return {
    name: 'deck-csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...inlineScripts(html), ...speakerViewScripts(options.notesPluginFile)].map(sha256);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy([...new Set(hashes)])}" />`;
          file.source = html.replace(/<meta charset="utf-8" \/>/i, (charset) => `${charset}\n    ${meta}`);
        }
      },
    },
  };
}
