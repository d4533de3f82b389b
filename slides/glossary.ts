import type { DeckEntry } from './keys.ts';

/** The report's glossary of 37 terms, grouped by theme, at most four terms a slide. */
export const glossary: DeckEntry[] = [
  {
    id: 'glossary',
    stack: [
      {
        id: 'glossary-1',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-1.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: [
              'one-office-five-departments',
              'three-lines-of-defence',
              'four-pockets',
              'four-party-responsibility',
            ],
          },
        ],
        notes: 'glossary-1.notes',
      },
      {
        id: 'glossary-2',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-2.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: [
              'three-modernizations-three-systems',
              'srdi',
              'little-giant-enterprises',
              'ten-thousand-officials-helping-ten-thousand-enterprises',
            ],
          },
        ],
        notes: 'glossary-2.notes',
      },
      {
        id: 'glossary-3',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-3.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: ['three-batches', '2-20-n'],
          },
        ],
        notes: 'glossary-3.notes',
      },
      // Long explanations: two terms a slide keep the bilingual glossary at 16 px without leaving the slide.
      {
        id: 'glossary-3-b',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-3-b.heading',
        blocks: [{ kind: 'glossary', terms: ['17110-system', 'delegate-regulate-serve-efficiency'] }],
        notes: 'glossary-3-b.notes',
      },
      {
        id: 'glossary-4',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-4.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: ['four-beauty-villages', 'four-good-rural-roads', 'ten-rural-problems', 'five-beauty-courtyards'],
          },
        ],
        notes: 'glossary-4.notes',
      },
      {
        id: 'glossary-5',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-5.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: ['two-establishments', 'two-upholds', 'three-musts'],
          },
        ],
        notes: 'glossary-5.notes',
      },
      {
        id: 'glossary-6',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-6.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: ['ten-strategies', 'nine-industrial-clusters', 'dual-carbon'],
          },
        ],
        notes: 'glossary-6.notes',
      },
      {
        id: 'glossary-7',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-7.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: ['two-ensures', '593460', 'five-major-programs', 'five-safeguards'],
          },
        ],
        notes: 'glossary-7.notes',
      },
      {
        id: 'glossary-8',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-8.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: [
              'four-no-removals',
              'three-guarantees',
              'two-specialties-one-center',
              'certificates-for-all-skilled-henan',
            ],
          },
        ],
        notes: 'glossary-8.notes',
      },
      {
        id: 'glossary-9',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-9.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: ['three-priorities', 'three-musts-for-safety', 'two-responsibilities', 'four-strictest'],
          },
        ],
        notes: 'glossary-9.notes',
      },
      {
        id: 'glossary-10',
        layout: 'reference',
        spare: 'reference',
        title: 'glossary-10.heading',
        blocks: [
          {
            kind: 'glossary',
            terms: ['four-major-campaigns', 'three-zeros', 'fengqiao-experience'],
          },
        ],
        notes: 'glossary-10.notes',
      },
    ],
  },
];
