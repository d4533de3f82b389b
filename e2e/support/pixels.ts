import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** A picture's pixels. */
export interface Picture {
  width: number;
  height: number;
  /** The colour at a pixel, as [r, g, b]. */
  at: (x: number, y: number) => [number, number, number];
}

export function readPng(data: Buffer): Picture {
  const png = PNG.sync.read(data);
  return {
    width: png.width,
    height: png.height,
    at: (x, y) => {
      const i = (y * png.width + x) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
  };
}

/** A PNG's size, from its header. */
export function pngSize(data: Buffer): { width: number; height: number } {
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export function poppler(tool: string, args: string[]): Buffer {
  const result = spawnSync(tool, args, { maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`${tool} is missing: install poppler-utils (${result.error.message})`);
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${result.stderr.toString()}`);
  return result.stdout;
}

/** One page of a PDF, drawn at `dpi`. */
export function pdfPagePicture(file: string, page: number, dpi = 48): Picture {
  const dir = mkdtempSync(join(tmpdir(), 'deck-page-'));
  try {
    const stem = join(dir, 'page');
    poppler('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, stem]);
    return readPng(readFileSync(`${stem}.png`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of each page, in the order the page draws it (`-raw`): a column's lines stay together as a
 * reader reads them, rather than interleaved with a chart's labels beside them. pdftotext ends every
 * page with a form feed.
 */
export const pdfTextPages = (file: string) =>
  poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).toString().split('\f').slice(0, -1);
export const pdfPageSize = (file: string) => /^Page size:\s+(.+?)\s*$/m.exec(poppler('pdfinfo', [file]).toString())![1];
export const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [file]).toString())![1]);

/** Text compared as read, not as laid out: line breaks, spacing, hyphens pdftotext drops at a line end, and ligatures (ﬀ) differ between page and PDF. */
export const plain = (text: string) => text.normalize('NFKC').replace(/[\s-]+/g, '');

/** A chart's mark (a bar, a dot): where it is, as fractions of a frame (a slide, a page), and its colour. */
export interface Mark {
  left: number;
  top: number;
  width: number;
  height: number;
  fill: [number, number, number];
}

/**
 * The marks of the charts inside `frame` (a slide, the long picture's page) as the page draws them
 * now, as fractions of the frame's box; only those large enough to be checked pixel by pixel.
 */
export function chartMarks(page: Page, frame: string, within = frame): Promise<Mark[]> {
  return page.evaluate(
    ([frameSelector, scope]) => {
      const box = document.querySelector(frameSelector)!;
      const outer =
        box === document.documentElement
          ? { left: 0, top: 0, width: box.scrollWidth, height: box.scrollHeight }
          : box.getBoundingClientRect();
      const dx = box === document.documentElement ? scrollX : 0;
      const dy = box === document.documentElement ? scrollY : 0;
      return [
        ...document.querySelectorAll<SVGGraphicsElement>(`${scope} figure[data-chart] :is(rect, circle)[data-mark]`),
      ]
        .map((mark) => {
          const box = mark.getBoundingClientRect();
          // A dot is checked on the square inside it.
          const inset = mark.tagName === 'circle' ? (box.width * (1 - Math.SQRT1_2)) / 2 : 0;
          const r = new DOMRect(box.x + inset, box.y + inset, box.width - 2 * inset, box.height - 2 * inset);
          return { r, fill: getComputedStyle(mark).fill };
        })
        .filter(({ r, fill }) => r.width >= 7 && r.height >= 7 && /^rgb\(/.test(fill))
        .map(({ r, fill }) => ({
          left: (r.left + dx - outer.left) / outer.width,
          top: (r.top + dy - outer.top) / outer.height,
          width: r.width / outer.width,
          height: r.height / outer.height,
          fill: fill.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number],
        }));
    },
    [frame, within] as const,
  );
}

/**
 * For each mark, the share of the picture's pixels inside it (its edges left out, where
 * drawing is blended) that have its colour; `frame` is where the marks' frame lies in the picture, in pixels.
 */
export function markShares(
  picture: Picture,
  marks: Mark[],
  frame = { left: 0, top: 0, width: picture.width, height: picture.height },
): number[] {
  return marks.map((mark) => {
    const x0 = Math.ceil(frame.left + mark.left * frame.width) + 2;
    const x1 = Math.floor(frame.left + (mark.left + mark.width) * frame.width) - 2;
    const y0 = Math.ceil(frame.top + mark.top * frame.height) + 2;
    const y1 = Math.floor(frame.top + (mark.top + mark.height) * frame.height) - 2;
    let same = 0;
    let total = 0;
    for (let y = y0; y < y1; y += 1)
      for (let x = x0; x < x1; x += 1) {
        total += 1;
        const [r, g, b] = picture.at(x, y);
        if (Math.abs(r - mark.fill[0]) + Math.abs(g - mark.fill[1]) + Math.abs(b - mark.fill[2]) <= 36) same += 1;
      }
    return total ? same / total : 0;
  });
}
