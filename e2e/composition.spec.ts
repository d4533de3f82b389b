import { test, expect, openDeck } from './support/deck.ts';
import { showFinal, slideIds } from './support/walk.ts';

/**
 * A slide is composed for the 16:9 screen, not filled from the top: on every
 * slide in its final state at 1280×720, the union of what it shows (lines of
 * text, chart marks, icons, rules and bands) ends in the bottom quarter of the
 * slide. A slide the composition names as sparse by design (`spare`: the
 * glossary, a reference page) is measured and reported, not held to it.
 */
const LOWEST_END = 0.75;
const MODES = ['zh', 'en', 'zh-en'];

interface Extent {
  id: string;
  /** Where the slide's content ends, as a share of the slide's height. */
  end: number;
  /** Columns of a layout (`.slide-text`, `.slide-lead`) whose blocks run out of them, above or below. */
  spilled: string[];
  spare: string | undefined;
  charts: string[];
}

test.describe('composition', () => {
  for (const mode of MODES) {
    test(`should use the whole slide: content ends below ${LOWEST_END * 100} % of the height on every slide in ${mode}`, async ({
      page,
      watch,
    }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openDeck(page, { query: `lang=${mode}&transition=none` });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const ids = await slideIds(page);
      expect(ids.length).toBeGreaterThan(40);
      const extents: Extent[] = [];
      for (const id of ids) {
        await showFinal(page, id);
        extents.push(
          await page.evaluate((slideId) => {
            const section = document.getElementById(slideId)!;
            const slide = document.querySelector('.reveal .slides')!.getBoundingClientRect();
            const shown = (el: Element) => {
              for (let e: Element | null = el; e && e !== section; e = e.parentElement) {
                const style = getComputedStyle(e);
                if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0)
                  return false;
              }
              return !el.closest('aside.notes, .visually-hidden');
            };
            let bottom = slide.top;
            const reach = (r: DOMRect) => {
              if (r.width > 0.5 && r.height > 0.5) bottom = Math.max(bottom, r.bottom);
            };
            // Lines of text, as laid out (not their blocks, which may stretch).
            const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent!.trim() || !shown(node.parentElement!)) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) reach(r);
            }
            // Chart marks and icons: what an SVG draws, not the box it is given.
            for (const mark of section.querySelectorAll(
              'svg :is(rect, circle, line, path, polyline, polygon, ellipse)',
            ))
              if (shown(mark)) reach(mark.getBoundingClientRect());
            // Rules, bands and cards: anything that paints a background or a border.
            for (const el of section.querySelectorAll<HTMLElement>('*')) {
              if (el.closest('svg') || !shown(el)) continue;
              const style = getComputedStyle(el);
              const painted =
                (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent') ||
                style.backgroundImage !== 'none' ||
                ['Top', 'Bottom', 'Left', 'Right'].some(
                  (side) =>
                    parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
                    style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
                );
              if (painted) reach(el.getBoundingClientRect());
            }
            // A column that centres more than it holds spills over the heading above it as well as below.
            const spilled = [...section.querySelectorAll<HTMLElement>('.slide-text, .slide-lead')].filter((column) => {
              const box = column.getBoundingClientRect();
              return [...column.children].some((child) => {
                const r = child.getBoundingClientRect();
                return r.top < box.top - 1 || r.bottom > box.bottom + 1;
              });
            });
            return {
              id: slideId,
              end: (bottom - slide.top) / slide.height,
              spilled: spilled.map((column) => column.className),
              spare: section.dataset['spare'],
              charts: [...section.querySelectorAll<HTMLElement>('figure[data-chart]')].map((f) => f.dataset['chart']!),
            };
          }, id),
        );
      }
      const percent = (n: number) => Math.round(n * 1000) / 10;
      const ends = extents.map((e) => e.end).sort((a, b) => a - b);
      const median = ends[Math.floor(ends.length / 2)]!;
      test.info().annotations.push(
        {
          type: `content extent in ${mode}`,
          description: JSON.stringify({
            slides: extents.length,
            above70: extents.filter((e) => e.end < 0.7).length,
            above75: extents.filter((e) => e.end < 0.75).length,
            median: percent(median),
          }),
        },
        {
          type: `slides with a chart, by kind, in ${mode}`,
          description: JSON.stringify(
            extents
              .flatMap((e) => [...new Set(e.charts)])
              .reduce<Record<string, number>>((acc, kind) => ({ ...acc, [kind]: (acc[kind] ?? 0) + 1 }), {}),
          ),
        },
        {
          type: `every slide's extent in ${mode} (%)`,
          description: extents.map((e) => `${e.id} ${percent(e.end)}${e.spare ? ` (${e.spare})` : ''}`).join(', '),
        },
      );
      expect(
        extents
          .filter((e) => !e.spare && e.end < LOWEST_END)
          .map((e) => `${e.id}: content ends at ${percent(e.end)} % of the slide's height`),
      ).toEqual([]);
      expect(
        extents.flatMap((e) => e.spilled.map((column) => `${e.id}: its ${column} holds more than its room`)),
      ).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  }
});
