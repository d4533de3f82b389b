import type { IconName } from '../src/deck/spec.ts';
import type { DeckEntry } from './keys.ts';
import { band, chart, compare, figures, grid, motif, opener, points, pointsOf, slide } from './helpers.ts';

/** The growth targets the report sets first: part two's band and motif, and the close's. */
export const TARGETS_2023 = [
  'gdp-growth-2023',
  'industry-growth-2023',
  'investment-growth-2023',
  'retail-growth-2023',
  'revenue-growth-2023',
] as const;

/** What each of the fourteen projects is: toilets, homes of the old, sewage, a hospital, training, opera, screening; roads, old estates, drinking water, football, a hospital, a new town, a road. */
const PROJECTS: IconName[] = [
  'rural',
  'people',
  'water',
  'health',
  'education',
  'culture',
  'wellbeing',
  'roads',
  'city',
  'water',
  'people',
  'health',
  'government',
  'roads',
];

/** Part two of the report: the work for 2023. */
export const plan2023: DeckEntry[] = [
  opener('part2-2023', 'section', [band(TARGETS_2023.slice(0, 4)), motif([...TARGETS_2023])], { icon: 'goal' }),
  slide('opportunities-2023', 'points', [
    points('opportunities-2023', 4, { icons: ['policy', 'finance', 'industry', 'goal'] }),
  ]),
  slide('approach-2023', 'points', [
    points('approach-2023', 5, { icons: ['learning', 'vision', 'goal', 'reform', 'growth'] }),
  ]),
  {
    id: 'targets-2023',
    stack: [
      slide('targets-2023', 'content', [chart('targets', [...TARGETS_2023], 'targets-2023.caption')]),
      slide(
        'targets-2023-more',
        'points',
        [
          figures(['urbanization-2023', 'unemployment-2023', 'cpi-2023']),
          points('targets-2023-more', 2, { fragments: false, icons: ['opening', 'people'] }),
        ],
        { kicker: 'targets-2023.kicker' },
      ),
    ],
  },

  // (一) Projects, investment and consumption
  {
    id: 'task-projects-2023',
    stack: [
      slide(
        'task-projects-2023',
        'beside',
        [
          points('task-projects-2023', 2),
          chart('tiers', ['key-projects-provincial-2023', 'key-projects-city-2023'], 'task-projects-2023.caption'),
        ],
        { icon: 'projects' },
      ),
      slide(
        'task-projects-2023-investment',
        'beside',
        [
          points('task-projects-2023-investment', 3),
          chart(
            'tiers',
            ['projects-over-1bn-2023', 'projects-over-500m-2023', 'projects-over-100m-2023'],
            'task-projects-2023-investment.caption',
          ),
        ],
        { kicker: 'task-projects-2023.kicker', icon: 'partnership' },
      ),
      slide(
        'task-projects-2023-consumption',
        'points',
        [points('task-projects-2023-consumption', 4, { icons: ['commerce', 'digital', 'wellbeing', 'logistics'] })],
        { kicker: 'task-projects-2023.kicker' },
      ),
    ],
  },

  // (二) Industry and modern agriculture
  {
    id: 'task-industry-2023',
    stack: [
      slide('task-industry-2023', 'points', [
        points('task-industry-2023', 4, { icons: ['textiles', 'machinery', 'digital', 'packaging'] }),
      ]),
      slide(
        'task-industry-2023-grain',
        'beside',
        [
          points('task-industry-2023-grain', 3),
          chart('threshold', ['grain-output-2022', 'grain-output-2023'], 'task-industry-2023-grain.caption'),
        ],
        { kicker: 'task-industry-2023.kicker', icon: 'agriculture' },
      ),
      slide(
        'task-industry-2023-livestock',
        'hero',
        [
          figures(['livestock-output-value-2023']),
          figures(['hogs-2023', 'beef-cattle-2023', 'milk-output-2023', 'poultry-2023'], { fragments: true }),
          pointsOf('task-industry-2023-livestock', [2], { fragments: false }),
        ],
        { kicker: 'task-industry-2023.kicker', icon: 'agriculture' },
      ),
      slide(
        'task-industry-2023-services',
        'points',
        [
          figures(['trade-growth-2023', 'fdi-growth-2023', 'external-funds-growth-2023']),
          points('task-industry-2023-services', 3, { icons: ['people', 'logistics', 'opening'] }),
        ],
        { kicker: 'task-industry-2023.kicker' },
      ),
      slide(
        'task-industry-2023-finance',
        'compare',
        [
          compare(['new-loans-2022', 'new-loans-2023']),
          figures(['loan-deposit-ratio-2023', 'liquor-output-2023', 'liquor-sales-2023'], { fragments: true }),
        ],
        { kicker: 'task-industry-2023.kicker', icon: 'finance' },
      ),
    ],
  },

  // (三) Rural revitalization
  {
    id: 'task-rural-2023',
    stack: [
      slide('task-rural-2023', 'points', [
        points('task-rural-2023', 4, { icons: ['rural', 'livelihood', 'projects', 'industry'] }),
      ]),
      slide(
        'task-rural-2023-villages',
        'compare',
        [
          compare(
            ['model-villages-2022', 'model-villages-2023'],
            ['four-beauties-villages-2022', 'four-beauties-villages-2023'],
          ),
          figures(['five-beauties-courtyards-2023']),
          pointsOf('task-rural-2023-villages', [1]),
        ],
        { kicker: 'task-rural-2023.kicker', icon: 'rural' },
      ),
    ],
  },

  // (四) The city
  {
    id: 'task-city-2023',
    stack: [
      slide(
        'task-city-2023',
        'beside',
        [
          points('task-city-2023', 4),
          chart('tiers', ['urban-roads-2023', 'dead-end-roads-2023'], 'task-city-2023.caption'),
        ],
        { icon: 'roads' },
      ),
      slide(
        'task-city-2023-quality',
        'beside',
        [
          figures(['sewer-pipes-2023', 'gas-pipes-2023']),
          points('task-city-2023-quality', 2),
          chart('tiers', ['street-gardens-2023', 'pocket-parks-2023'], 'task-city-2023-quality.caption'),
        ],
        { kicker: 'task-city-2023.kicker', icon: 'city' },
      ),
      slide(
        'task-city-2023-tourism',
        'points',
        [points('task-city-2023-tourism', 4, { icons: ['award', 'ecology', 'culture', 'commerce'] })],
        { kicker: 'task-city-2023.kicker' },
      ),
    ],
  },

  // (五) Ecology
  {
    id: 'task-ecology-2023',
    stack: [
      slide(
        'task-ecology-2023',
        'beside',
        [
          figures(['pm10-2023', 'pm25-2023']),
          chart('days', ['good-air-days-2022', 'good-air-days-2023'], 'task-ecology-2023.caption'),
        ],
        { icon: 'sky' },
      ),
      slide(
        'task-ecology-2023-green',
        'beside',
        [
          figures(['afforestation-2023']),
          points('task-ecology-2023-green', 3),
          chart('shares', ['farmland-safe-use-2023', 'forest-coverage-2023'], 'task-ecology-2023-green.caption'),
        ],
        { kicker: 'task-ecology-2023.kicker', icon: 'ecology' },
      ),
    ],
  },

  // (六) Reform, innovation and the business environment
  {
    id: 'task-innovation-2023',
    stack: [
      slide('task-innovation-2023', 'points', [
        points('task-innovation-2023', 3, { icons: ['rural', 'reform', 'growth'] }),
      ]),
      slide(
        'task-innovation-2023-firms',
        'beside',
        [
          points('task-innovation-2023-firms', 1, { fragments: false }),
          chart(
            'tiers',
            [
              'high-tech-enterprises-2023',
              'srdi-enterprises-2023',
              'innovation-platforms-2023',
              'engineering-centers-2023',
              'key-labs-2023',
              'lead-goose-enterprises-2023',
            ],
            'task-innovation-2023-firms.caption',
          ),
        ],
        { kicker: 'task-innovation-2023.kicker', icon: 'innovation' },
      ),
      slide(
        'task-innovation-2023-digital',
        'hero',
        [
          figures(['tech-upgrade-projects-2023']),
          figures(['tech-upgrade-investment-growth-2023', 'digital-projects-2023']),
          points('task-innovation-2023-digital', 2),
        ],
        { kicker: 'task-innovation-2023.kicker', icon: 'digital' },
      ),
      slide(
        'task-innovation-2023-business',
        'points',
        [points('task-innovation-2023-business', 4, { icons: ['efficiency', 'digital', 'law', 'award'] })],
        { kicker: 'task-innovation-2023.kicker' },
      ),
    ],
  },

  // (七) Livelihoods: overview, the fourteen projects, jobs, education and health
  slide('task-livelihood-2023', 'points', [
    points('task-livelihood-2023', 4, { icons: ['livelihood', 'jobs', 'education', 'health'] }),
  ]),
  {
    id: 'livelihood-projects-2023',
    stack: [
      slide('livelihood-projects-2023', 'grid', [grid('livelihood-projects-2023', 1, 7, PROJECTS.slice(0, 7))], {
        kicker: 'task-livelihood-2023.kicker',
      }),
      slide('livelihood-projects-2023-b', 'grid', [grid('livelihood-projects-2023-b', 8, 14, PROJECTS.slice(7))], {
        kicker: 'task-livelihood-2023.kicker',
      }),
    ],
  },
  {
    id: 'targets-social-2023',
    stack: [
      // Five targets on one scale need the slide's width: the points above, the chart across.
      slide(
        'targets-social-2023',
        'content',
        [
          points('targets-social-2023', 2, { fragments: false, columns: 2 }),
          chart(
            'targets',
            [
              'new-urban-jobs-2023',
              'rural-labor-transfer-2023',
              'reemployment-2023',
              'returning-entrepreneurs-2023',
              'hard-to-employ-2023',
            ],
            'targets-social-2023.caption',
          ),
        ],
        { kicker: 'task-livelihood-2023.kicker', icon: 'jobs' },
      ),
      slide(
        'targets-social-2023-education',
        'beside',
        [
          figures(['school-places-2023']),
          points('targets-social-2023-education', 2, { fragments: false }),
          chart(
            'tiers',
            ['kindergartens-2023', 'compulsory-schools-2023', 'high-schools-2023'],
            'targets-social-2023-education.caption',
          ),
        ],
        { kicker: 'task-livelihood-2023.kicker', icon: 'education' },
      ),
      slide(
        'targets-social-2023-health',
        'beside',
        [
          points('targets-social-2023-health', 3),
          chart('waffle', ['prenatal-screening-2023', 'newborn-screening-2023'], 'targets-social-2023-health.caption'),
        ],
        { kicker: 'task-livelihood-2023.kicker', icon: 'health' },
      ),
    ],
  },

  // (八) Security and social governance
  slide('task-safety-2023', 'points', [
    points('task-safety-2023', 4, { icons: ['finance', 'safety', 'people', 'wellbeing'] }),
  ]),
];
