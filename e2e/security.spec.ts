import { test, expect, openDeck, currentSlideId, DECK } from './support/deck.ts';

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
    await openDeck(page, { query: 'view=%3Cscript%3E', slide: 'agenda' });
    await expect(page.locator(DECK)).not.toHaveClass(/scroll/);
    await expect.poll(() => currentSlideId(page)).toBe('agenda');
    expect(watch.errors).toEqual([]);
  });

  test('should read as a scrolling page with ?view=scroll', async ({ page }) => {
    await openDeck(page, { query: 'view=scroll' });
    await expect(page.locator('body')).toHaveClass(/reveal-scroll/);
  });
});
