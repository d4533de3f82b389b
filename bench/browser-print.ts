/**
 * What a person gets who prints the deck from the browser, as reveal.js tells
 * its users to: the print view (`?print-pdf`, at reveal.js's default margins
 * and with `margin=0`), settled, printed by Chromium at the page size it asks
 * for and nothing else. Pages, words and characters of each PDF's text
 * (pdftotext), per language: a printed deck that lost its slides' bodies has
 * its pages and a fraction of its words. `tsx bench/browser-print.ts [dist]`
 * (dist/ by default, which must hold a build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deckPage, openPrintView, withDeckBrowser } from '../scripts/export-browser.ts';
import { pageSize } from '../scripts/export-pdf.ts';
import type { Row } from './measure.ts';
import { table } from './print.ts';

const CASES = [
  { language: 'zh', margins: 'reveal.js default' },
  { language: 'en', margins: 'reveal.js default' },
  { language: 'zh', margins: '0' },
  { language: 'en', margins: '0' },
];

export async function benchBrowserPrint(dist: string): Promise<Row[]> {
  const out = mkdtempSync(join(tmpdir(), 'deck-bench-print-'));
  try {
    return await withDeckBrowser(dist, async (browser, base) => {
      const rows: Row[] = [];
      for (const { language, margins } of CASES) {
        const deck = await deckPage(browser, language, { viewport: { width: 1280, height: 720 } });
        try {
          await openPrintView(deck, base, { lang: language, ...(margins === '0' ? { margin: '0' } : {}) });
          const { width, height } = await pageSize(deck.page);
          const file = join(out, `${language}-${margins}.pdf`);
          await deck.page.pdf({ path: file, width: `${width}px`, height: `${height}px` });
          const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout.toString();
          const label = `${language}, margins ${margins}`;
          rows.push(
            { measure: `browser print, ${label}: pages`, value: text.split('\f').length - 1 },
            { measure: `browser print, ${label}: words`, value: text.split(/\s+/).filter(Boolean).length },
            { measure: `browser print, ${label}: characters`, value: text.replace(/\s+/g, '').length },
          );
        } finally {
          await deck.close();
        }
      }
      return rows;
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(table(await benchBrowserPrint(resolve(process.argv[2] ?? 'dist'))));
}
