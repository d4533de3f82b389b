import { describe, expect, it } from 'vitest';
import { loadReport } from '../report/load.ts';
import { errorOf } from '../testing/data-error.ts';
import { checkDeck } from './check.ts';
import { deck } from '../../slides/index.ts';
import { icons } from '../theme/icons.ts';
import { slidesOf, type Block } from './spec.ts';

const report = loadReport('data', '.');

describe('the deck composition', () => {
  it('names only text, facts and terms the report has', () => {
    expect(() => checkDeck(deck, report)).not.toThrow();
  });

  it('stops on a slide that names a fact the data does not have, by its file and slide id, with the id it was meant to be', () => {
    const broken = {
      ...deck,
      entries: [
        {
          id: 'x',
          layout: 'content' as const,
          notes: 'title.notes',
          blocks: [{ kind: 'figures' as const, facts: ['gpd-2022'] }],
        },
      ],
    };
    const error = errorOf(() => checkDeck(broken, report, 'reports/other/slides.ts'));
    expect(error.message).toBe(
      'reports/other/slides.ts: slide "x", blocks[0].facts[0]: ' +
        'a fact id of the report\'s facts/ ("gpd-2022" is none; did you mean "gdp-2022"?)',
    );
  });

  it('stops on a repeated slide id', () => {
    const slide = { id: 'twice', layout: 'content' as const, notes: 'title.notes' };
    expect(errorOf(() => checkDeck({ ...deck, entries: [slide, slide] }, report)).path).toBe('slide "twice"');
  });
});

describe('the long picture in the composition', () => {
  it('stops on a slide id it does not have, naming the one meant', () => {
    const error = errorOf(() => checkDeck({ ...deck, long: ['indicators-2022', 'targets-2032'] }, report));
    expect(error.path).toBe('long[1]');
    expect(error.message).toContain('"targets-2032" is none; did you mean "targets-2023"?');
  });

  it('stops on an empty list', () => {
    expect(errorOf(() => checkDeck({ ...deck, long: [] }, report)).path).toBe('long');
  });
});

describe('the icons of the composition', () => {
  it('stops on an icon the theme does not draw, naming where', () => {
    const slide = { id: 'x', layout: 'points' as const, notes: 'title.notes', icon: 'unicorn' };
    const error = errorOf(() => checkDeck({ ...deck, entries: [slide as never] }, report));
    expect(error.message).toMatch(
      /^slides\/index\.ts: slide "x", icon: an icon of src\/theme\/icons\.ts \("unicorn" is not one\)/,
    );
  });

  it('stops on points whose icons do not go one to a point', () => {
    const blocks: Block[] = [{ kind: 'list', items: ['agenda.points.p1', 'agenda.points.p2'], icons: ['goal'] }];
    const error = errorOf(() =>
      checkDeck({ ...deck, entries: [{ id: 'x', layout: 'points', notes: 'title.notes', blocks }] }, report),
    );
    expect(error.path).toBe('slide "x", blocks[0].icons');
  });

  it('bundles only the icons the composition names, and names none the theme lacks', () => {
    const named = new Set(
      slidesOf(deck).flatMap((s) => [
        ...(s.icon ? [s.icon] : []),
        ...(s.blocks ?? []).flatMap((b) =>
          b.kind === 'list' || b.kind === 'grid' ? (b.icons ?? []) : b.kind === 'quote' && b.icon ? [b.icon] : [],
        ),
      ]),
    );
    expect(named.size).toBeGreaterThan(0);
    expect(Object.keys(icons).filter((name) => !named.has(name as never))).toEqual([]);
  });
});
