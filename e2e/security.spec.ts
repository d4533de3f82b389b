import type { Page } from '@playwright/test';
import { test, expect, openDeck, currentSlideId } from './support/deck.ts';

test.describe('security and bad input', () => {
  test('should run under a Content-Security-Policy that allows no inline script and no eval', async ({
    page,
    watch,
  }) => {
    await openDeck(page, { slide: 'indicators-2022' });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected ?? false;
    });
    expect(injected).toBe(false);
    await expect(page.locator('section#indicators-2022 figure[data-chart]')).toHaveAttribute(
      'data-chart-state',
      'done',
    );
    // The refusal of the injected script is the only console error.
    await expect.poll(() => watch.errors.length).toBe(1);
    expect(watch.errors[0]).toMatch(/Content Security Policy/i);
  });

  test('should open the first slide for an unknown slide id', async ({ page, watch }) => {
    await openDeck(page, { slide: 'no-such-slide' });
    await expect.poll(() => currentSlideId(page)).toBe('title');
    expect(watch.errors).toEqual([]);
  });

  test('should ignore a malformed view parameter', async ({ page, watch }) => {
    const malformed = await viewOf(page, 'view=%3Cscript%3E');
    await expect.poll(() => currentSlideId(page)).toBe('indicators-2022');
    // As with no view named: on a laptop, the slides, one filling the window, the arrow keys moving between them.
    expect(malformed).toEqual(await viewOf(page, ''));
    expect(malformed).toEqual({ reading: false, scrolls: false });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentSlideId(page)).toBe('commitments-2022');
    expect(watch.errors).toEqual([]);
  });

  test('should read as a scrolling page with ?view=scroll', async ({ page }) => {
    expect(await viewOf(page, 'view=scroll')).toEqual({ reading: false, scrolls: true });
  });
});

/** How a link to a slide opens the deck: as the reading page or as slides, and whether the page scrolls. */
async function viewOf(page: Page, query: string): Promise<{ reading: boolean; scrolls: boolean }> {
  await openDeck(page, { query, slide: 'indicators-2022' });
  return page.evaluate(() => ({
    reading: document.querySelector('.read') !== null,
    // The reading page scrolls the document; reveal.js's scroll view, its viewport (the body).
    scrolls:
      document.scrollingElement!.scrollHeight > innerHeight + 1 ||
      (/auto|scroll/.test(getComputedStyle(document.body).overflowY) &&
        document.body.scrollHeight > document.body.clientHeight + 1),
  }));
}
