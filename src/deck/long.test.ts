import { describe, expect, it } from 'vitest';
import { deck as riverbend } from '../report/__fixtures__/riverbend/slides.ts';
import { longSlides } from './long.ts';
import type { DeckSpec } from './spec.ts';

describe('the long picture’s slides', () => {
  it('are, where the composition names none, each part’s opener and every slide with a chart, in deck order', () => {
    expect(longSlides(riverbend)).toEqual(['review', 'growth', 'plan', 'targets']);
  });

  it('are the ones the composition names, in the deck’s order whatever the order named', () => {
    const deck: DeckSpec = { ...riverbend, long: ['targets', 'title'] };
    expect(longSlides(deck)).toEqual(['title', 'targets']);
  });

  it('include slides inside a vertical stack', () => {
    const deck: DeckSpec = {
      ...riverbend,
      entries: [{ id: 'pair', stack: riverbend.entries.slice(1, 3) as never }],
      long: ['growth'],
    };
    expect(longSlides(deck)).toEqual(['growth']);
  });
});
