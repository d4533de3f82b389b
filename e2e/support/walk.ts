import { expect, type Page } from '@playwright/test';

/** Every slide id of the deck, in order. */
export async function slideIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')].map((s) => s.id),
  );
}

/** Goes to a slide through the address, as a shared link does, and waits until it is the present one. */
export async function goToSlide(page: Page, id: string): Promise<void> {
  const section = page.locator(`section[id="${id}"]`);
  // On a loaded machine an address set while reveal.js is still settling the previous slide is now and then
  // not followed; the link is followed again until the slide is up.
  await expect(async () => {
    await page.evaluate((slide) => {
      if (location.hash === `#/${slide}`) window.dispatchEvent(new HashChangeEvent('hashchange'));
      else location.hash = `#/${slide}`;
    }, id);
    await expect(section).toHaveClass(/(^|\s)present(\s|$)/, { timeout: 3000 });
  }, `slide ${id} comes up`).toPass({ timeout: 15_000 });
}

export interface SlideProblems {
  id: string;
  rawKeys: string[];
  overflow: string[];
  /** Pairs of chart labels that overlap. */
  overlaps: string[];
}

/** What is wrong on the present slide: untranslated keys or fact tokens, and content outside the slide. */
export async function inspectSlide(page: Page, id: string): Promise<SlideProblems> {
  return page.evaluate((slideId) => {
    const section = document.getElementById(slideId)!;
    const rawKeys = [...section.querySelectorAll<HTMLElement>('[data-i18n]')]
      .filter((el) => !el.closest('aside'))
      .map((el) => el.textContent ?? '')
      .filter((text) => text.trim() === '' || /\[\[|\]\]|^[a-z0-9-]+(\.[a-z0-9_-]+)+$/.test(text.trim()));
    const slides = document.querySelector('.reveal .slides')!.getBoundingClientRect();
    const overflow = [
      ...section.querySelectorAll<HTMLElement>(
        'h1, h2, p, li, dt, dd, figcaption, .figure-value, .figure-label, svg text',
      ),
    ]
      .filter((el) => !el.closest('aside, table'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 &&
          (r.bottom > slides.bottom + 1 ||
            r.right > slides.right + 1 ||
            r.left < slides.left - 1 ||
            r.top < slides.top - 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 40)}`);
    const overlaps: string[] = [];
    for (const svg of section.querySelectorAll('figure[data-chart] svg')) {
      const labels = [...svg.querySelectorAll<SVGTextElement>('text.mark')].map((t) => ({
        text: t.textContent ?? '',
        box: t.getBoundingClientRect(),
      }));
      labels.forEach((a, i) =>
        labels.slice(i + 1).forEach((b) => {
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 1 && y > 1) overlaps.push(`${a.text} / ${b.text}`);
        }),
      );
    }
    return { id: slideId, rawKeys, overflow, overlaps };
  }, id);
}

/**
 * Shows a slide in its final state, as a presenter reaches it: present, every fragment shown (a fragment
 * index past the last) and faded in, every chart and counting figure done. Under reduced motion charts finish at once.
 */
export async function showFinal(page: Page, id: string): Promise<void> {
  await page.evaluate((slide) => (location.hash = `#/${slide}/99`), id);
  await page.waitForFunction((slide) => {
    const section = document.getElementById(slide);
    if (!section?.classList.contains('present')) return false;
    const animated = [...section.querySelectorAll<HTMLElement>('[data-chart-state], [data-count-state]')];
    return (
      [...section.querySelectorAll('.fragment')].every((f) => f.classList.contains('visible')) &&
      animated.every((a) => (a.dataset['chartState'] ?? a.dataset['countState']) === 'done') &&
      // A fragment fades in: it is where it ends once its transition has run.
      section.getAnimations({ subtree: true }).every((a) => a.playState !== 'running')
    );
  }, id);
}
