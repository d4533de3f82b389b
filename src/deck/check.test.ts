import { describe, expect, it } from 'vitest';
import { loadReport } from '../report/load.ts';
import { errorOf } from '../testing/data-error.ts';
import { checkDeck } from './check.ts';
import { deck } from '../../slides/index.ts';

const report = loadReport('data', '.');

describe('the deck composition', () => {
  it('names only text, facts and terms the report has', () => {
    expect(() => checkDeck(deck, report)).not.toThrow();
  });

  it('stops on a slide that names a fact the data does not have', () => {
    const broken = {
      ...deck,
      entries: [
        {
          id: 'x',
          layout: 'content' as const,
          notes: 'title.notes',
          blocks: [{ kind: 'figures' as const, facts: ['gdpp'] }],
        },
      ],
    };
    const error = errorOf(() => checkDeck(broken, report));
    expect(error.message).toMatch(
      /^slides\/index\.ts: slides\[0\]\.blocks\[0\]\.facts\[0\]: a fact id in data\/facts \("gdpp" is not one\)/,
    );
  });

  it('stops on a repeated slide id', () => {
    const slide = { id: 'twice', layout: 'content' as const, notes: 'title.notes' };
    expect(errorOf(() => checkDeck({ ...deck, entries: [slide, slide] }, report)).path).toBe('slides[1].id');
  });
});
