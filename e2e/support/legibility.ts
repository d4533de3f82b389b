import type { Page } from '@playwright/test';

/**
 * Projection typography, measured as rendered: every slide of every display
 * mode in its final state (fragments shown, charts finished), one page load per
 * mode, the slides walked inside the page. Sizes are px of the 1280×720 slide:
 * what the screen draws divided by reveal.js's scale, SVG text after its
 * viewBox scaling too. Controls outside the slide (slide number, language
 * button) are not scaled: their rendered px are on a 1280×720 screen.
 */
export const RULES = {
  /** Any visible text on a slide. */
  content: 18,
  /** Bullets and paragraphs in the slide's (first) language. */
  running: 24,
  /** The glossary's terms and explanations. */
  appendix: 16,
};

export interface Finding {
  slide: string;
  /** What kind of text: chart text is laid out by src/charts, the rest by the slide's theme. */
  what: string;
  text: string;
  size: number;
  min: number;
}

export interface Walk {
  small: Finding[];
  /** Text nodes that wrap well before the far side of their block: text squeezed into a column. */
  squeezed: { slide: string; text: string; gap: number; width: number }[];
  /** The smallest text per kind of text, for the record. */
  smallest: Record<string, number>;
  slides: number;
}

/** Walks every slide of the open deck to its final state, measuring its text against the rules. */
export function walkLegibility(page: Page): Promise<Walk> {
  return page.evaluate(async (rules) => {
    const slidesBox = () => document.querySelector('.reveal .slides')!.getBoundingClientRect();
    const scale = () => slidesBox().width / 1280;
    const short = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 48);

    /**
     * Waits on the slide's final state, a frame at a time: present, every fragment shown, every chart and
     * figure done, no transition running. A loaded machine may take a while to fetch the chart code for the
     * first chart: 30 s, then it says what the slide still waits for.
     */
    const settled = async (section: HTMLElement) => {
      const pending = () => {
        const animated = [...section.querySelectorAll<HTMLElement>('[data-chart-state], [data-count-state]')];
        return [
          section.classList.contains('present') ? '' : 'not present',
          [...section.querySelectorAll('.fragment')].every((f) => f.classList.contains('visible'))
            ? ''
            : 'fragments hidden',
          animated.every((a) => (a.dataset['chartState'] ?? a.dataset['countState']) === 'done')
            ? ''
            : 'charts or figures not done',
          section.getAnimations({ subtree: true }).every((a) => a.playState !== 'running') ? '' : 'animations running',
        ].filter(Boolean);
      };
      const until = performance.now() + 30_000;
      while (performance.now() < until) {
        if (!pending().length) return;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      throw new Error(`slide ${section.id} did not reach its final state: ${pending().join(', ')}`);
    };

    const shown = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
      }
      return true;
    };

    /** The text's size as drawn, in px of the 1280×720 slide. */
    const sizeOf = (el: Element) => {
      const css = parseFloat(getComputedStyle(el).fontSize);
      if (!(el instanceof SVGElement)) return css;
      const text = el.closest('text') as SVGTextElement | null;
      if (!text) return css;
      const local = text.getBBox().height;
      const drawn = text.getBoundingClientRect().height;
      return local > 0 ? (css * drawn) / local / scale() : css;
    };

    const textNodes = (root: Element) => {
      const found: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent!.trim()) found.push(node as Text);
      return found;
    };
    const lineBoxes = (node: Text) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    };

    const kindOf = (el: Element): keyof typeof rules => {
      if (el.closest('.glossary-list')) return 'appendix';
      if (el.closest('ul.points > li, p.text, ol.grid > li') && !el.closest('.second')) return 'running';
      return 'content';
    };

    const result: Walk = { small: [], squeezed: [], smallest: {}, slides: 0 };
    const note = (slide: string, what: string, text: string, size: number, min: number) => {
      const rounded = Math.round(size * 10) / 10;
      result.smallest[what] = Math.min(result.smallest[what] ?? Infinity, rounded);
      if (size < min - 0.05) result.small.push({ slide, what, text: short(text), size: rounded, min });
    };

    const ids = [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].map((s) => s.id);
    for (const id of ids) {
      // A fragment index past the last shows every fragment.
      location.hash = `#/${id}/99`;
      const section = document.getElementById(id)!;
      await settled(section);
      result.slides += 1;
      for (const node of textNodes(section)) {
        const el = node.parentElement!;
        if (el.closest('aside.notes, .visually-hidden') || !shown(el) || !lineBoxes(node).length) continue;
        const kind = kindOf(el);
        const what = el.closest('svg') ? 'chart' : kind === 'content' && el.closest('.second') ? 'second' : kind;
        note(id, what, node.textContent!, sizeOf(el), rules[kind]);

        if (el.closest('svg')) continue;
        let block: Element = el;
        while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
        const style = getComputedStyle(block);
        const box = block.getBoundingClientRect();
        const right = box.right - parseFloat(style.paddingRight) * scale();
        const width = box.width - (parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)) * scale();
        const lines = lineBoxes(node);
        const em = parseFloat(getComputedStyle(el).fontSize) * scale();
        for (const line of lines.slice(0, -1)) {
          const gap = (right - line.right) * (style.textAlign === 'center' ? 2 : 1);
          if (gap > Math.max(0.45 * width, 6 * em)) {
            result.squeezed.push({
              slide: id,
              text: short(node.textContent!),
              gap: Math.round(gap / scale()),
              width: Math.round(width / scale()),
            });
            break;
          }
        }
      }
    }
    // The presenter's controls sit on the screen, not in the scaled slide.
    for (const control of document.querySelectorAll('.reveal .slide-number, .reveal .language-toggle')) {
      if (shown(control) && control.textContent!.trim())
        note(
          'controls',
          'controls',
          control.textContent!,
          parseFloat(getComputedStyle(control).fontSize),
          rules.content,
        );
    }
    return result;
  }, RULES);
}
