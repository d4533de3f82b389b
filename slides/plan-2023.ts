import { keyOf, numberedKeys, type DeckEntry, type IdWith, type Slide, type TextKey } from './keys.ts';

/** A content slide whose heading and notes live under its id. */
function content<Id extends IdWith<'heading'> & IdWith<'notes'>>(
  id: Id,
  blocks: Slide['blocks'],
  kicker?: TextKey,
): Slide {
  return {
    id,
    layout: 'content',
    kicker: kicker ?? (`${id}.kicker` as TextKey),
    title: keyOf(id, 'heading'),
    blocks,
    notes: keyOf(id, 'notes'),
  };
}

/** `<id>.points.p1` … `<id>.points.pN` as a list. */
function points(id: string, count: number, fragments = true): NonNullable<Slide['blocks']>[number] {
  return { kind: 'list', items: numberedKeys(id, 'points', 'p', 1, count), fragments };
}

/** `<id>.items.i<from>` … `<id>.items.i<to>` as numbered cards. */
function grid(id: string, from: number, to: number): NonNullable<Slide['blocks']>[number] {
  return { kind: 'grid', items: numberedKeys(id, 'items', 'i', from, to) };
}

/** Part two of the report: the work for 2023. */
export const plan2023: DeckEntry[] = [
  {
    id: 'part2-2023',
    layout: 'section',
    kicker: 'part2-2023.kicker',
    title: 'part2-2023.heading',
    subtitle: 'part2-2023.subtitle',
    notes: 'part2-2023.notes',
  },
  content('opportunities-2023', [points('opportunities-2023', 4)]),
  content('approach-2023', [points('approach-2023', 5)]),
  {
    id: 'targets-2023',
    stack: [
      content('targets-2023', [
        {
          kind: 'chart',
          chart: 'targets',
          facts: [
            'gdp-growth-2023',
            'industry-growth-2023',
            'investment-growth-2023',
            'retail-growth-2023',
            'revenue-growth-2023',
          ],
          caption: 'targets-2023.caption',
        },
      ]),
      content(
        'targets-2023-more',
        [
          { kind: 'figures', facts: ['urbanization-2023', 'unemployment-2023', 'cpi-2023'] },
          points('targets-2023-more', 2, false),
        ],
        'targets-2023.kicker',
      ),
    ],
  },

  // (一) Projects, investment and consumption
  {
    id: 'task-projects-2023',
    stack: [
      content('task-projects-2023', [
        { kind: 'figures', facts: ['key-projects-provincial-2023', 'key-projects-city-2023'] },
        points('task-projects-2023', 2),
      ]),
      content(
        'task-projects-2023-investment',
        [
          {
            kind: 'chart',
            chart: 'tiers',
            facts: ['projects-over-1bn-2023', 'projects-over-500m-2023', 'projects-over-100m-2023'],
            caption: 'task-projects-2023-investment.caption',
          },
          points('task-projects-2023-investment', 3),
        ],
        'task-projects-2023.kicker',
      ),
      content(
        'task-projects-2023-consumption',
        [points('task-projects-2023-consumption', 4)],
        'task-projects-2023.kicker',
      ),
    ],
  },

  // (二) Industry and modern agriculture
  {
    id: 'task-industry-2023',
    stack: [
      content('task-industry-2023', [points('task-industry-2023', 4)]),
      content(
        'task-industry-2023-grain',
        [
          {
            kind: 'chart',
            chart: 'threshold',
            facts: ['grain-output-2022', 'grain-output-2023'],
            caption: 'task-industry-2023-grain.caption',
          },
          points('task-industry-2023-grain', 3),
        ],
        'task-industry-2023.kicker',
      ),
      content(
        'task-industry-2023-livestock',
        [
          {
            kind: 'figures',
            facts: ['hogs-2023', 'beef-cattle-2023', 'milk-output-2023', 'poultry-2023', 'livestock-output-value-2023'],
            fragments: true,
          },
          points('task-industry-2023-livestock', 2, false),
        ],
        'task-industry-2023.kicker',
      ),
      content(
        'task-industry-2023-services',
        [
          { kind: 'figures', facts: ['trade-growth-2023', 'fdi-growth-2023', 'external-funds-growth-2023'] },
          points('task-industry-2023-services', 3),
        ],
        'task-industry-2023.kicker',
      ),
      content(
        'task-industry-2023-finance',
        [
          {
            kind: 'figures',
            facts: ['new-loans-2023', 'loan-deposit-ratio-2023', 'liquor-output-2023', 'liquor-sales-2023'],
            fragments: true,
          },
          points('task-industry-2023-finance', 2, false),
        ],
        'task-industry-2023.kicker',
      ),
    ],
  },

  // (三) Rural revitalization
  {
    id: 'task-rural-2023',
    stack: [
      content('task-rural-2023', [points('task-rural-2023', 4)]),
      content(
        'task-rural-2023-villages',
        [
          {
            kind: 'figures',
            facts: ['model-villages-2023', 'four-beauties-villages-2023', 'five-beauties-courtyards-2023'],
          },
          points('task-rural-2023-villages', 3),
        ],
        'task-rural-2023.kicker',
      ),
    ],
  },

  // (四) The city
  {
    id: 'task-city-2023',
    stack: [
      content('task-city-2023', [points('task-city-2023', 4)]),
      content(
        'task-city-2023-quality',
        [
          {
            kind: 'figures',
            facts: ['street-gardens-2023', 'pocket-parks-2023', 'sewer-pipes-2023', 'gas-pipes-2023'],
            fragments: true,
          },
          points('task-city-2023-quality', 3, false),
        ],
        'task-city-2023.kicker',
      ),
      content('task-city-2023-tourism', [points('task-city-2023-tourism', 4)], 'task-city-2023.kicker'),
    ],
  },

  // (五) Ecology
  {
    id: 'task-ecology-2023',
    stack: [
      content('task-ecology-2023', [
        {
          kind: 'chart',
          chart: 'days',
          facts: ['good-air-days-2022', 'good-air-days-2023'],
          caption: 'task-ecology-2023.caption',
        },
        { kind: 'figures', facts: ['pm10-2023', 'pm25-2023'] },
      ]),
      content(
        'task-ecology-2023-green',
        [
          { kind: 'figures', facts: ['farmland-safe-use-2023', 'afforestation-2023', 'forest-coverage-2023'] },
          points('task-ecology-2023-green', 3),
        ],
        'task-ecology-2023.kicker',
      ),
    ],
  },

  // (六) Reform, innovation and the business environment
  {
    id: 'task-innovation-2023',
    stack: [
      content('task-innovation-2023', [points('task-innovation-2023', 3)]),
      content(
        'task-innovation-2023-firms',
        [
          {
            kind: 'figures',
            facts: [
              'high-tech-enterprises-2023',
              'srdi-enterprises-2023',
              'innovation-platforms-2023',
              'engineering-centers-2023',
              'key-labs-2023',
              'lead-goose-enterprises-2023',
            ],
            fragments: true,
          },
          points('task-innovation-2023-firms', 1, false),
        ],
        'task-innovation-2023.kicker',
      ),
      content(
        'task-innovation-2023-digital',
        [
          {
            kind: 'figures',
            facts: ['tech-upgrade-projects-2023', 'tech-upgrade-investment-growth-2023', 'digital-projects-2023'],
          },
          points('task-innovation-2023-digital', 3),
        ],
        'task-innovation-2023.kicker',
      ),
      content(
        'task-innovation-2023-business',
        [points('task-innovation-2023-business', 4)],
        'task-innovation-2023.kicker',
      ),
    ],
  },

  // (七) Livelihoods: overview, the fourteen projects, jobs, education and health
  content('task-livelihood-2023', [points('task-livelihood-2023', 4)]),
  {
    id: 'livelihood-projects-2023',
    stack: [
      content('livelihood-projects-2023', [grid('livelihood-projects-2023', 1, 7)], 'task-livelihood-2023.kicker'),
      content('livelihood-projects-2023-b', [grid('livelihood-projects-2023-b', 8, 14)], 'task-livelihood-2023.kicker'),
    ],
  },
  {
    id: 'targets-social-2023',
    stack: [
      content(
        'targets-social-2023',
        [
          {
            kind: 'chart',
            chart: 'bars',
            facts: [
              'new-urban-jobs-2023',
              'rural-labor-transfer-2023',
              'reemployment-2023',
              'returning-entrepreneurs-2023',
              'hard-to-employ-2023',
            ],
            caption: 'targets-social-2023.caption',
          },
          points('targets-social-2023', 2, false),
        ],
        'task-livelihood-2023.kicker',
      ),
      content(
        'targets-social-2023-education',
        [
          {
            kind: 'figures',
            facts: ['kindergartens-2023', 'compulsory-schools-2023', 'high-schools-2023', 'school-places-2023'],
            fragments: true,
          },
          points('targets-social-2023-education', 2, false),
        ],
        'task-livelihood-2023.kicker',
      ),
      content('targets-social-2023-health', [points('targets-social-2023-health', 4)], 'task-livelihood-2023.kicker'),
    ],
  },

  // (八) Security and social governance
  content('task-safety-2023', [points('task-safety-2023', 4)]),
];
