import type { DeckEntry } from './keys.ts';

export const opening: DeckEntry[] = [
  {
    id: 'title',
    layout: 'title',
    kicker: 'title.kicker',
    title: 'title.heading',
    subtitle: 'title.subtitle',
    notes: 'title.notes',
  },
  {
    id: 'agenda',
    layout: 'content',
    title: 'agenda.heading',
    blocks: [{ kind: 'list', items: ['agenda.part1', 'agenda.part2', 'agenda.part3'], fragments: true }],
    notes: 'agenda.notes',
  },
];
