import type { DeckEntry } from './keys.ts';

export const closing: DeckEntry[] = [
  {
    id: 'closing',
    layout: 'closing',
    title: 'closing.heading',
    blocks: [
      { kind: 'text', key: 'closing.lead', size: 'lead' },
      { kind: 'text', key: 'closing.thanks', fragment: true },
    ],
    notes: 'closing.notes',
  },
];
