// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fillNotes, renderDeck } from './slides.ts';
import { createI18n } from '../i18n/create.ts';
import type { Payload } from '../deck/payload.ts';

const HOSTILE = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';

/** A report whose every text is markup and script, to prove it is shown as text. */
async function hostileDeck(options: { notes?: boolean } = {}) {
  const text = {
    deck: { title: HOSTILE, description: HOSTILE },
    s: { heading: HOSTILE, kicker: HOSTILE, point: `${HOSTILE} [[f-2022]]`, notes: `${HOSTILE}\n<b>bold</b>` },
    facts: { 'f-2022': HOSTILE },
    glossary: { t: { term: '<i>term</i>', explanation: HOSTILE } },
  };
  const payload: Payload = {
    meta: { languages: ['zh', 'en'], years: [2022], source: 'x.txt', glossaryHeading: 'x', date: '2023-05-11' },
    facts: {
      'f-2022': {
        value: 1,
        unit: 'count',
        counter: '<b>个</b>',
        kind: 'result',
        year: 2022,
        quote: HOSTILE,
        sentence: HOSTILE,
      },
    },
    glossary: { t: { match: { zh: ['<i>term</i>'], en: ['<i>term</i>'] } } },
    resources: { zh: text, en: text },
    deck: {
      title: 'deck.title',
      description: 'deck.description',
      entries: [
        {
          id: 's',
          layout: 'content',
          kicker: 's.kicker',
          title: 's.heading',
          blocks: [
            { kind: 'list', items: ['s.point'] },
            { kind: 'figures', facts: ['f-2022'] },
            { kind: 'glossary', terms: ['t'] },
          ],
          notes: 's.notes',
        },
      ],
    },
  };
  const i18n = await createI18n(payload.resources, ['zh', 'en'], 'zh');
  const root = document.createElement('div');
  root.append(...renderDeck({ payload, i18n }, options));
  return { root, ctx: { payload, i18n } };
}

describe('renderDeck', () => {
  it('leaves the notes out when asked, and fillNotes puts back what a full render has', async () => {
    const full = (await hostileDeck()).root;
    const { root, ctx } = await hostileDeck({ notes: false });
    expect(root.querySelector('aside.notes')!.childElementCount).toBe(0);
    fillNotes(root, ctx);
    expect(root.innerHTML).toBe(full.innerHTML);
  });

  it('shows markup and script in the report’s text literally, creating no element from it', async () => {
    const { root } = await hostileDeck();
    expect(root.querySelectorAll('img, script, b, i')).toHaveLength(0);
    expect(root.querySelector('h2')!.textContent).toBe(HOSTILE);
    expect(root.querySelector('.points li')!.textContent).toBe(`${HOSTILE} 1<b>个</b>`);
    expect(root.querySelector('aside.notes')!.textContent).toContain('<b>bold</b>');
    expect(root.querySelector('dt')!.textContent).toBe('<i>term</i>');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('gives every slide its stable id and its notes', async () => {
    const { root } = await hostileDeck();
    const slide = root.querySelector('section#s')!;
    expect(slide.querySelector('aside.notes li')).not.toBeNull();
  });
});

describe('the layouts', () => {
  async function layoutDeck() {
    const text = {
      deck: { title: 't', description: 'd' },
      s: { heading: 'h', notes: 'n', a: 'A <b>', b: 'B [[f-2023]]', q: 'Q' },
      facts: { 'f-2022': 'F', 'f-2023': 'F' },
      ui: { compare: { result: '{{year}} done', target: '{{year}} aim' } },
    };
    const fact = (year: number, value: number) => ({
      value,
      unit: 'count' as const,
      counter: '个',
      kind: 'result' as const,
      year,
      quote: 'x',
      sentence: 'x',
    });
    const payload: Payload = {
      meta: { languages: ['zh', 'en'], years: [2022, 2023], source: 'x.txt', glossaryHeading: 'x', date: '2023-05-11' },
      facts: { 'f-2022': fact(2022, 40), 'f-2023': fact(2023, 10) },
      glossary: {},
      resources: { zh: text, en: text },
      deck: {
        title: 'deck.title',
        description: 'deck.description',
        entries: [
          {
            id: 'opener',
            layout: 'section',
            title: 's.heading',
            blocks: [
              { kind: 'band', facts: ['f-2022', 'f-2023'] },
              { kind: 'motif', facts: ['f-2022', 'f-2023'] },
            ],
            notes: 's.notes',
          },
          {
            id: 'hero',
            layout: 'hero',
            icon: 'goal',
            title: 's.heading',
            blocks: [
              { kind: 'figures', facts: ['f-2022'] },
              { kind: 'list', items: ['s.a', 's.b'], icons: ['goal', 'growth'] },
              { kind: 'quote', key: 's.q', icon: 'law' },
            ],
            notes: 's.notes',
          },
          {
            id: 'beside',
            layout: 'beside',
            title: 's.heading',
            blocks: [
              { kind: 'chart', chart: 'bars', facts: ['f-2022'] },
              { kind: 'compare', pairs: [{ result: 'f-2022', target: 'f-2023' }] },
            ],
            notes: 's.notes',
          },
        ],
      },
    };
    const i18n = await createI18n(payload.resources, ['zh', 'en'], 'en');
    const root = document.createElement('div');
    root.append(...renderDeck({ payload, i18n }));
    return root;
  }

  it('sets a hero layout’s first block apart from its context, and a chart beside the rest', async () => {
    const root = await layoutDeck();
    expect(root.querySelector('#hero > .slide-body > .slide-lead [data-fact="f-2022"]')).not.toBeNull();
    expect(root.querySelectorAll('#hero > .slide-body > .slide-text > *')).toHaveLength(2);
    expect(root.querySelector('#beside > .slide-body > figure.chart')).not.toBeNull();
    expect(root.querySelector('#beside > .slide-body > .slide-text > table.compare')).not.toBeNull();
  });

  it('draws icons inline and hides them from screen readers, the words beside them kept as text', async () => {
    const root = await layoutDeck();
    const icons = [...root.querySelectorAll('svg.icon')];
    expect(icons.map((svg) => (svg as SVGElement).dataset.icon)).toEqual(['goal', 'goal', 'growth', 'law']);
    for (const svg of icons) expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('#hero li.point .point-text')!.textContent).toBe('A <b>');
    expect(root.querySelectorAll('#hero li.point b')).toHaveLength(0);
  });

  it('sets an opener’s band figures at once, never counted, and its motif in proportion, hidden from screen readers', async () => {
    const root = await layoutDeck();
    const values = [...root.querySelectorAll<HTMLElement>('#opener .band .figure-value')];
    expect(values.map((v) => v.textContent)).toEqual(['40', '10']);
    expect(values.every((v) => v.dataset.countup === undefined)).toBe(true);
    const motif = root.querySelector('#opener svg.motif')!;
    expect(motif.getAttribute('aria-hidden')).toBe('true');
    expect([...motif.querySelectorAll('rect')].map((r) => r.getAttribute('height'))).toEqual(['100', '25']);
  });

  it('compares a target with the year before’s result in a table, each bar drawn to its pair', async () => {
    const root = await layoutDeck();
    const table = root.querySelector('table.compare')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['2022 done', '2023 aim']);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
    const bars = [...table.querySelectorAll<HTMLElement>('.compare-bar')].map((bar) => bar.style.width);
    expect(bars).toEqual(['100%', '25%']);
  });
});
