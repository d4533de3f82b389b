// @vitest-environment jsdom
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RevealApi } from 'reveal.js';
import { loadChecked } from './build/report-plugin.ts';
import { toPayload, type Payload } from './deck/payload.ts';
import type { DeckContext } from './deck/context.ts';
import { reportSchemas } from './report/schema.ts';
import { lookup } from './report/resource.ts';
import { createI18n } from './i18n/create.ts';
import { modesOf } from './i18n/modes.ts';
import { languageFromQuery } from './i18n/initial.ts';
import { renderDeck } from './render/slides.ts';
import { paintText, prepareText } from './render/text.ts';
import { readingColumn } from './read/page.ts';
import { chartSpec } from './deck/chart-spec.ts';
import { languageController } from './controllers/language.ts';
import { languageSwitch } from './controllers/language-switch.ts';
import type { SlidePainter } from './controllers/slide-painter.ts';
import { parseQuery, type Environment } from './environment.ts';
import { deck } from './report/__fixtures__/riverbend/slides.ts';

/** A second, made-up report (test data): another year, the languages in the other order, its own ids. */
const DIR = resolve(import.meta.dirname, 'report/__fixtures__/riverbend');
const report = loadChecked(DIR, deck, resolve(import.meta.dirname, '..'));
const payload: Payload = toPayload(report, deck);
const text = (language: string, key: string) => lookup(payload.resources[language]!, key)!;

/** An environment that records what the deck asks of the browser. */
function fakeEnvironment(search = ''): Environment & { params: Map<string, string>; stored: Map<string, string> } {
  const params = new Map<string, string>();
  const stored = new Map<string, string>();
  return {
    query: parseQuery(search),
    params,
    stored,
    setQueryParam: (name, value) => void params.set(name, value),
    store: (key, value) => void stored.set(key, value),
    onStored: () => () => undefined,
    prefersReducedMotion: () => true,
    matchesMedia: () => false,
  };
}

/** The parts of reveal.js the language controllers use, over a plain element. */
function fakeDeck(root: HTMLElement): RevealApi {
  return {
    getRevealElement: () => root,
    isReady: () => false,
    getCurrentSlide: () => undefined,
    on: () => undefined,
    off: () => undefined,
    addKeyBinding: () => undefined,
    removeKeyBinding: () => undefined,
    dispatchEvent: () => undefined,
  } as unknown as RevealApi;
}

/** A painter that repaints every slide at once, as the real one does in print. */
function eagerPainter(root: HTMLElement): SlidePainter {
  const painters: ((slide: HTMLElement) => void)[] = [];
  return {
    add: (painter) => {
      painters.push(painter);
      return () => undefined;
    },
    invalidate: () =>
      root.querySelectorAll<HTMLElement>('section[id]').forEach((slide) => painters.forEach((paint) => paint(slide))),
    dispose: () => undefined,
  };
}

describe('a second report, built by the same engine', () => {
  let ctx: DeckContext;
  let root: HTMLElement;
  beforeEach(async () => {
    ctx = { payload, i18n: await createI18n(payload.resources, payload.meta.languages) };
    root = document.createElement('div');
    root.append(...renderDeck(ctx));
  });

  it('validates against schemas made from its own years and languages', () => {
    expect(payload.meta.years).toEqual([2024, 2025]);
    expect(Object.keys(payload.glossary['green-valley']!.match)).toEqual(payload.meta.languages);
    const { factsFile } = reportSchemas(payload.meta);
    const outOfYear = factsFile.safeParse({ facts: { f: { ...report.facts['rural-roads-2024']!, year: 2023 } } });
    expect(outOfYear.error?.issues[0]?.message).toBe('one of the years in meta.json (2024, 2025)');
  });

  it('opens in its first language and offers its own modes', () => {
    expect(ctx.i18n.language).toBe(payload.meta.languages[0]);
    expect(modesOf(payload.meta.languages)).toEqual(['en', 'zh', 'en-zh']);
  });

  it('renders its slides with its text, figures formatted for the language and glossary terms marked', () => {
    const slide = root.querySelector('section#review')!;
    expect(root.querySelector('section#title h1')!.textContent).toBe(text('en', 'deck.title'));
    expect(slide.querySelector('[data-fact="gdp-growth-2024"]')!.textContent).toBe('6.1 percent');
    expect(slide.querySelector('[data-term="green-valley"]')!.textContent).toBe('green valley');
    expect(slide.querySelector('figure[data-chart="bars"]')).not.toBeNull();
  });

  it('lays out its chart in each language and both together', () => {
    const facts = ['gdp-growth-2024', 'industry-growth-2024'];
    const en = chartSpec('bars', facts, ctx, 'en');
    expect(en.table).toEqual([
      { label: text('en', 'facts.gdp-growth-2024'), value: '6.1%' },
      { label: text('en', 'facts.industry-growth-2024'), value: '7.8%' },
    ]);
    expect(chartSpec('bars', facts, ctx, 'zh').table.map((row) => row.label)).toEqual(
      facts.map((id) => text('zh', `facts.${id}`)),
    );
    const names = chartSpec('bars', facts, ctx, 'en-zh').marks.flatMap((mark) =>
      mark.type === 'text' && mark.line2 ? [mark.line2] : [],
    );
    expect(names).toEqual(facts.map((id) => text('zh', `facts.${id}`)));
  });

  it('switches language from the button, repainting text and recording the choice in the environment', async () => {
    const env = fakeEnvironment();
    const fake = fakeDeck(root);
    languageController(fake, ctx, eagerPainter(root));
    const { button } = languageSwitch(fake, ctx, env, root);
    expect(document.documentElement.lang).toBe('en');
    expect(button.textContent).toBe(ctx.i18n.t('ui.language.zh'));

    button.click();
    await expect.poll(() => ctx.i18n.language).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(root.querySelector('section#review h2')!.textContent).toBe(text('zh', 'review.title'));
    expect(root.querySelector('[data-term="green-valley"]')!.textContent).toBe('绿谷');
    // The address and the stored choice follow a task after the switch.
    await expect.poll(() => env.params.get('lang')).toBe('zh');
    expect(env.stored.get('deck.language')).toBe('zh');
    expect(button.textContent).toBe(text('zh', 'ui.language.en-zh'));

    await ctx.i18n.changeLanguage('en-zh');
    const heading = root.querySelector<HTMLElement>('section#review h2')!;
    paintText(heading, ctx);
    expect(heading.querySelector('.second')!.textContent).toBe(text('zh', 'review.title'));
  });

  it('builds a text for a mode ahead of a switch, and swaps the same nodes back in on the way back', async () => {
    const heading = root.querySelector<HTMLElement>('section#review h2')!;
    paintText(heading, ctx);
    const first = [...heading.childNodes];
    prepareText(heading, ctx, 'zh');
    // Prepared, not shown.
    expect(heading.textContent).toBe(text('en', 'review.title'));
    await ctx.i18n.changeLanguage('zh');
    paintText(heading, ctx);
    expect(heading.textContent).toBe(text('zh', 'review.title'));
    await ctx.i18n.changeLanguage('en');
    paintText(heading, ctx);
    expect([...heading.childNodes]).toEqual(first);
    expect(first.every((node) => heading.contains(node))).toBe(true);
  });

  it('reads as one column on the reading page: stacks flattened, steps shown, notes left out', () => {
    const sections = readingColumn([...root.children]);
    const ids = [...root.querySelectorAll('section[id]')].map((section) => section.id);
    expect(sections.map((section) => section.id)).toEqual(ids);
    expect(sections.some((section) => section.querySelector('aside.notes, .fragment'))).toBe(false);
  });

  it('opens in the language a link asks for, or its first', () => {
    expect(languageFromQuery(parseQuery('?lang=ZH'), modesOf(payload.meta.languages))).toBe('zh');
    expect(languageFromQuery(parseQuery('?lang=fr'), modesOf(payload.meta.languages))).toBe('en');
  });
});
