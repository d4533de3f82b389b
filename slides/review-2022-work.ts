import type { IconName } from '../src/deck/spec.ts';
import type { DeckEntry } from './keys.ts';
import { chart, figures, points, pointsOf, quote, slide, text } from './helpers.ts';

/** What each honour of 2022 is for: farmland, commerce, petitions (twice), a civilised city, work safety. */
const HONOURS: IconName[] = ['agriculture', 'commerce', 'people', 'city', 'people', 'safety'];

/** Part one after the headline indicators: the three commitments, the five areas of work, the problems. */
export const work2022: DeckEntry[] = [
  slide('commitments-2022', 'points', [points('commitments-2022', 3, { icons: ['epidemic', 'growth', 'safety'] })]),
  slide('structure-2022', 'content', [
    chart(
      'structure',
      ['structure-primary-2022', 'structure-secondary-2022', 'structure-tertiary-2022'],
      'structure-2022.caption',
    ),
  ]),
  slide('income-2022', 'content', [
    chart('income', ['urban-income-2022', 'rural-income-2022'], 'income-2022.caption'),
    points('income-2022', 2, { fragments: false }),
  ]),
  slide('honours-2022', 'hero', [figures(['honours-2022']), points('honours-2022', 6, { icons: HONOURS })], {
    icon: 'award',
  }),
  {
    id: 'work-industry-2022',
    stack: [
      slide(
        'work-industry-2022',
        'beside',
        [
          figures(['dz-industrial-output-2022', 'dz-investment-2022', 'dz-enterprises-2022'], {
            notes: ['work-industry-2022.figures.output', 'work-industry-2022.figures.investment'],
          }),
          chart('tiers', ['projects-completed-2022', 'projects-under-construction-2022'], 'work-industry-2022.caption'),
        ],
        { icon: 'industry' },
      ),
      slide(
        'work-industry-2022-agriculture',
        'beside',
        [
          figures(['high-standard-farmland-2022', 'demo-cooperatives-2022', 'demo-family-farms-2022']),
          chart('threshold', ['grain-output-2022'], 'work-industry-2022-agriculture.caption'),
        ],
        { icon: 'agriculture' },
      ),
      slide(
        'work-industry-2022-services',
        'beside',
        [
          figures(['capital-market-financing-2022', 'new-loans-2022', 'online-sales-2022'], {
            notes: [
              'work-industry-2022-services.figures.financing',
              'work-industry-2022-services.figures.loans',
              'work-industry-2022-services.figures.online',
            ],
          }),
          chart(
            'bars',
            ['individual-businesses-2022', 'private-enterprises-2022'],
            'work-industry-2022-services.caption',
          ),
        ],
        { icon: 'commerce' },
      ),
    ],
  },
  {
    id: 'work-city-2022',
    stack: [
      slide(
        'work-city-2022',
        'beside',
        [
          figures(['park-area-per-capita-2022']),
          pointsOf('work-city-2022', [2]),
          chart('bars', ['green-coverage-area-2022', 'park-area-2022'], 'work-city-2022.caption'),
        ],
        { icon: 'city' },
      ),
      slide(
        'work-city-2022-rural',
        'beside',
        [
          figures(['village-roads-length-2022', 'toilet-renovation-2022', 'bridging-fund-projects-2022'], {
            notes: ['work-city-2022-rural.figures.roads'],
          }),
          chart('tiers', ['model-villages-2022', 'four-beauties-villages-2022'], 'work-city-2022-rural.caption'),
        ],
        { icon: 'rural' },
      ),
      slide(
        'work-city-2022-ecology',
        'beside',
        [
          points('work-city-2022-ecology', 3, { icons: ['sky', 'water', 'rural'] }),
          chart('waffle', ['good-air-days-2022'], 'work-city-2022-ecology.caption'),
        ],
        { icon: 'ecology' },
      ),
    ],
  },
  {
    id: 'work-reform-2022',
    stack: [
      slide(
        'work-reform-2022',
        'beside',
        [
          figures(['devolved-powers-2022']),
          points('work-reform-2022', 3),
          chart('waffle', ['one-window-share-2022', 'immediate-handling-share-2022'], 'work-reform-2022.caption'),
        ],
        { icon: 'reform' },
      ),
      slide(
        'work-reform-2022-opening',
        'points',
        [
          figures(['signed-projects-2022', 'investment-ambassadors-2022', 'trading-enterprises-2022', 'exports-2022']),
          points('work-reform-2022-opening', 2, { icons: ['partnership', 'opening'] }),
        ],
        { icon: 'opening' },
      ),
      slide(
        'work-reform-2022-innovation',
        'beside',
        [
          figures(['rd-coverage-2022', 'rd-spending-growth-2022', 'cloud-enterprises-2022']),
          points('work-reform-2022-innovation', 1, { fragments: false }),
          chart(
            'tiers',
            ['srdi-enterprises-2022', 'new-above-size-enterprises-2022', 'little-giants-2022'],
            'work-reform-2022-innovation.caption',
          ),
        ],
        { icon: 'innovation' },
      ),
      slide(
        'work-reform-2022-platforms',
        'content',
        [
          chart(
            'bars',
            [
              'city-rd-centers-2022',
              'doctoral-workstations-2022',
              'provincial-rd-centers-2022',
              'smart-workshops-2022',
              'academician-workstations-2022',
            ],
            'work-reform-2022-platforms.caption',
          ),
        ],
        { icon: 'innovation' },
      ),
      slide(
        'work-reform-2022-projects',
        'hero',
        [
          figures(['key-projects-2022']),
          figures(['three-batches-projects-2022', 'three-batches-investment-2022']),
          points('work-reform-2022-projects', 2),
        ],
        { icon: 'projects' },
      ),
      slide(
        'work-reform-2022-business',
        'points',
        [
          figures([
            'recruitment-2022',
            'knitting-sites-2022',
            'knitting-trainees-2022',
            'enterprise-problems-solved-2022',
          ]),
          points('work-reform-2022-business', 3, { icons: ['jobs', 'partnership', 'law'] }),
        ],
        { icon: 'partnership' },
      ),
    ],
  },
  {
    id: 'work-livelihood-2022',
    stack: [
      slide(
        'work-livelihood-2022',
        'beside',
        [
          figures(['civilized-villages-2022', 'civilized-units-2022', 'civilized-families-2022', 'good-people-2022']),
          pointsOf('work-livelihood-2022', [2]),
          chart('waffle', ['livelihood-spending-share-2022'], 'work-livelihood-2022.caption'),
        ],
        { icon: 'livelihood' },
      ),
      slide(
        'work-livelihood-2022-education-health',
        'beside',
        [
          figures(['kindergartens-2022']),
          pointsOf('work-livelihood-2022-education-health', [1, 3, 4]),
          chart(
            'tiers',
            ['township-health-centers-2022', 'community-health-centers-2022'],
            'work-livelihood-2022-education-health.caption',
          ),
        ],
        { icon: 'education' },
      ),
      slide(
        'work-livelihood-2022-employment',
        'beside',
        [
          figures(['startup-loans-2022', 'startup-loans-count-2022']),
          points('work-livelihood-2022-employment', 2, { fragments: false }),
          chart(
            'bars',
            ['new-urban-jobs-2022', 'rural-labor-transfer-2022', 'jobs-driven-2022', 'startup-supported-2022'],
            'work-livelihood-2022-employment.caption',
          ),
        ],
        { icon: 'jobs' },
      ),
    ],
  },
  slide(
    'work-government-2022',
    'beside',
    [
      figures(['npc-suggestions-2022', 'cppcc-proposals-2022', 'disclosures-2022']),
      pointsOf('work-government-2022', [2]),
      chart('waffle', ['hotline-satisfaction-2022'], 'work-government-2022.caption'),
    ],
    { icon: 'government' },
  ),
  slide('problems-2022', 'quote', [
    quote('problems-2022.lead'),
    points('problems-2022', 4, { icons: ['growth', 'city', 'people', 'government'] }),
    text('problems-2022.resolve', { fragment: true }),
  ]),
];
