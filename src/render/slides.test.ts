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
