import type { DeckEntry } from './keys.ts';

/** Part one after the headline indicators: the three commitments, the five areas of work, the problems. */
export const work2022: DeckEntry[] = [
  {
    id: 'commitments-2022',
    layout: 'content',
    kicker: 'commitments-2022.kicker',
    title: 'commitments-2022.heading',
    blocks: [
      {
        kind: 'list',
        items: ['commitments-2022.points.p1', 'commitments-2022.points.p2', 'commitments-2022.points.p3'],
        fragments: true,
      },
    ],
    notes: 'commitments-2022.notes',
  },
  {
    id: 'structure-2022',
    layout: 'content',
    kicker: 'structure-2022.kicker',
    title: 'structure-2022.heading',
    blocks: [
      {
        kind: 'chart',
        chart: 'structure',
        facts: ['structure-primary-2022', 'structure-secondary-2022', 'structure-tertiary-2022'],
        caption: 'structure-2022.caption',
      },
    ],
    notes: 'structure-2022.notes',
  },
  {
    id: 'income-2022',
    layout: 'content',
    kicker: 'income-2022.kicker',
    title: 'income-2022.heading',
    blocks: [
      {
        kind: 'chart',
        chart: 'income',
        facts: ['urban-income-2022', 'rural-income-2022'],
        caption: 'income-2022.caption',
      },
      { kind: 'list', items: ['income-2022.points.p1', 'income-2022.points.p2'] },
    ],
    notes: 'income-2022.notes',
  },
  {
    id: 'honours-2022',
    layout: 'content',
    kicker: 'honours-2022.kicker',
    title: 'honours-2022.heading',
    blocks: [
      { kind: 'figures', facts: ['honours-2022'] },
      {
        kind: 'list',
        items: [
          'honours-2022.points.p1',
          'honours-2022.points.p2',
          'honours-2022.points.p3',
          'honours-2022.points.p4',
          'honours-2022.points.p5',
          'honours-2022.points.p6',
        ],
        columns: 2,
        fragments: true,
      },
    ],
    notes: 'honours-2022.notes',
  },
  {
    id: 'work-industry-2022',
    stack: [
      {
        id: 'work-industry-2022',
        layout: 'content',
        kicker: 'work-industry-2022.kicker',
        title: 'work-industry-2022.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'dz-enterprises-2022',
              'dz-industrial-output-2022',
              'dz-industrial-output-growth-2022',
              'dz-investment-2022',
              'dz-investment-growth-2022',
            ],
          },
          {
            kind: 'list',
            // The clusters (points.p3) are said in the notes: with five figures, a third bullet leaves the English slide.
            items: ['work-industry-2022.points.p1', 'work-industry-2022.points.p2'],
            fragments: true,
          },
        ],
        notes: 'work-industry-2022.notes',
      },
      {
        id: 'work-industry-2022-agriculture',
        layout: 'content',
        kicker: 'work-industry-2022-agriculture.kicker',
        title: 'work-industry-2022-agriculture.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'grain-output-2022',
              'high-standard-farmland-2022',
              'demo-cooperatives-2022',
              'demo-family-farms-2022',
            ],
          },
          {
            kind: 'list',
            items: [
              'work-industry-2022-agriculture.points.p1',
              'work-industry-2022-agriculture.points.p2',
              'work-industry-2022-agriculture.points.p3',
            ],
            fragments: true,
          },
        ],
        notes: 'work-industry-2022-agriculture.notes',
      },
      {
        id: 'work-industry-2022-services',
        layout: 'content',
        kicker: 'work-industry-2022-services.kicker',
        title: 'work-industry-2022-services.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'capital-market-financing-2022',
              'new-loans-2022',
              'online-sales-2022',
              'private-enterprises-2022',
              'individual-businesses-2022',
            ],
          },
          {
            kind: 'list',
            items: [
              'work-industry-2022-services.points.p1',
              'work-industry-2022-services.points.p2',
              'work-industry-2022-services.points.p3',
            ],
            fragments: true,
          },
        ],
        notes: 'work-industry-2022-services.notes',
      },
    ],
  },
  {
    id: 'work-city-2022',
    stack: [
      {
        id: 'work-city-2022',
        layout: 'content',
        kicker: 'work-city-2022.kicker',
        title: 'work-city-2022.heading',
        blocks: [
          {
            kind: 'chart',
            chart: 'bars',
            facts: ['green-coverage-area-2022', 'park-area-2022'],
            caption: 'work-city-2022.caption',
          },
          { kind: 'list', items: ['work-city-2022.points.p1', 'work-city-2022.points.p2'], fragments: true },
        ],
        notes: 'work-city-2022.notes',
      },
      {
        id: 'work-city-2022-rural',
        layout: 'content',
        kicker: 'work-city-2022-rural.kicker',
        title: 'work-city-2022-rural.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'toilet-renovation-2022',
              'bridging-fund-projects-2022',
              'model-villages-2022',
              'four-beauties-villages-2022',
              'village-roads-2022',
              'village-roads-length-2022',
            ],
          },
          {
            kind: 'list',
            items: ['work-city-2022-rural.points.p1', 'work-city-2022-rural.points.p2'],
            fragments: true,
          },
        ],
        notes: 'work-city-2022-rural.notes',
      },
      {
        id: 'work-city-2022-ecology',
        layout: 'content',
        kicker: 'work-city-2022-ecology.kicker',
        title: 'work-city-2022-ecology.heading',
        blocks: [
          {
            kind: 'figures',
            facts: ['good-air-days-2022', 'drinking-water-compliance-2022', 'contaminated-land-safe-use-2022'],
          },
          {
            kind: 'list',
            items: [
              'work-city-2022-ecology.points.p1',
              'work-city-2022-ecology.points.p2',
              'work-city-2022-ecology.points.p3',
            ],
            fragments: true,
          },
        ],
        notes: 'work-city-2022-ecology.notes',
      },
    ],
  },
  {
    id: 'work-reform-2022',
    stack: [
      {
        id: 'work-reform-2022',
        layout: 'content',
        kicker: 'work-reform-2022.kicker',
        title: 'work-reform-2022.heading',
        blocks: [
          {
            kind: 'figures',
            facts: ['devolved-powers-2022', 'one-window-share-2022', 'immediate-handling-share-2022'],
          },
          {
            kind: 'list',
            items: ['work-reform-2022.points.p1', 'work-reform-2022.points.p2', 'work-reform-2022.points.p3'],
            fragments: true,
          },
        ],
        notes: 'work-reform-2022.notes',
      },
      {
        id: 'work-reform-2022-opening',
        layout: 'content',
        kicker: 'work-reform-2022-opening.kicker',
        title: 'work-reform-2022-opening.heading',
        blocks: [
          {
            kind: 'figures',
            facts: ['signed-projects-2022', 'investment-ambassadors-2022', 'trading-enterprises-2022', 'exports-2022'],
          },
          {
            kind: 'list',
            items: ['work-reform-2022-opening.points.p1', 'work-reform-2022-opening.points.p2'],
            fragments: true,
          },
        ],
        notes: 'work-reform-2022-opening.notes',
      },
      {
        id: 'work-reform-2022-innovation',
        layout: 'content',
        kicker: 'work-reform-2022-innovation.kicker',
        title: 'work-reform-2022-innovation.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'rd-coverage-2022',
              'rd-spending-growth-2022',
              'cloud-enterprises-2022',
              'new-above-size-enterprises-2022',
              'srdi-enterprises-2022',
              'little-giants-2022',
            ],
          },
          { kind: 'list', items: ['work-reform-2022-innovation.points.p1'] },
        ],
        notes: 'work-reform-2022-innovation.notes',
      },
      {
        id: 'work-reform-2022-platforms',
        layout: 'content',
        kicker: 'work-reform-2022-platforms.kicker',
        title: 'work-reform-2022-platforms.heading',
        blocks: [
          {
            kind: 'chart',
            chart: 'bars',
            facts: [
              'city-rd-centers-2022',
              'doctoral-workstations-2022',
              'provincial-rd-centers-2022',
              'smart-workshops-2022',
              'academician-workstations-2022',
            ],
            caption: 'work-reform-2022-platforms.caption',
          },
        ],
        notes: 'work-reform-2022-platforms.notes',
      },
      {
        id: 'work-reform-2022-projects',
        layout: 'content',
        kicker: 'work-reform-2022-projects.kicker',
        title: 'work-reform-2022-projects.heading',
        blocks: [
          {
            kind: 'figures',
            facts: ['key-projects-2022', 'three-batches-projects-2022', 'three-batches-investment-2022'],
          },
          {
            kind: 'list',
            items: ['work-reform-2022-projects.points.p1', 'work-reform-2022-projects.points.p2'],
            fragments: true,
          },
        ],
        notes: 'work-reform-2022-projects.notes',
      },
      {
        id: 'work-reform-2022-business',
        layout: 'content',
        kicker: 'work-reform-2022-business.kicker',
        title: 'work-reform-2022-business.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'recruitment-2022',
              'knitting-sites-2022',
              'knitting-trainees-2022',
              'enterprise-problems-solved-2022',
            ],
          },
          {
            kind: 'list',
            items: [
              'work-reform-2022-business.points.p1',
              'work-reform-2022-business.points.p2',
              'work-reform-2022-business.points.p3',
            ],
            fragments: true,
          },
        ],
        notes: 'work-reform-2022-business.notes',
      },
    ],
  },
  {
    id: 'work-livelihood-2022',
    stack: [
      {
        id: 'work-livelihood-2022',
        layout: 'content',
        kicker: 'work-livelihood-2022.kicker',
        title: 'work-livelihood-2022.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'livelihood-spending-share-2022',
              'civilized-villages-2022',
              'civilized-units-2022',
              'civilized-families-2022',
              'good-people-2022',
            ],
          },
          {
            kind: 'list',
            items: ['work-livelihood-2022.points.p1', 'work-livelihood-2022.points.p2'],
            fragments: true,
          },
        ],
        notes: 'work-livelihood-2022.notes',
      },
      {
        id: 'work-livelihood-2022-education-health',
        layout: 'content',
        kicker: 'work-livelihood-2022-education-health.kicker',
        title: 'work-livelihood-2022-education-health.heading',
        blocks: [
          {
            kind: 'figures',
            facts: ['kindergartens-2022', 'township-health-centers-2022', 'community-health-centers-2022'],
          },
          {
            kind: 'list',
            items: [
              'work-livelihood-2022-education-health.points.p1',
              'work-livelihood-2022-education-health.points.p2',
              'work-livelihood-2022-education-health.points.p3',
              'work-livelihood-2022-education-health.points.p4',
            ],
            fragments: true,
          },
        ],
        notes: 'work-livelihood-2022-education-health.notes',
      },
      {
        id: 'work-livelihood-2022-employment',
        layout: 'content',
        kicker: 'work-livelihood-2022-employment.kicker',
        title: 'work-livelihood-2022-employment.heading',
        blocks: [
          {
            kind: 'figures',
            facts: [
              'new-urban-jobs-2022',
              'rural-labor-transfer-2022',
              'startup-loans-2022',
              'startup-loans-count-2022',
              'startup-supported-2022',
              'jobs-driven-2022',
            ],
          },
          {
            kind: 'list',
            items: ['work-livelihood-2022-employment.points.p1', 'work-livelihood-2022-employment.points.p2'],
          },
        ],
        notes: 'work-livelihood-2022-employment.notes',
      },
    ],
  },
  {
    id: 'work-government-2022',
    layout: 'content',
    kicker: 'work-government-2022.kicker',
    title: 'work-government-2022.heading',
    blocks: [
      {
        kind: 'figures',
        facts: ['npc-suggestions-2022', 'cppcc-proposals-2022', 'disclosures-2022', 'hotline-satisfaction-2022'],
      },
      {
        kind: 'list',
        items: ['work-government-2022.points.p1', 'work-government-2022.points.p2', 'work-government-2022.points.p3'],
        fragments: true,
      },
    ],
    notes: 'work-government-2022.notes',
  },
  {
    id: 'problems-2022',
    layout: 'content',
    kicker: 'problems-2022.kicker',
    title: 'problems-2022.heading',
    blocks: [
      { kind: 'text', key: 'problems-2022.lead', size: 'lead' },
      {
        kind: 'list',
        items: [
          'problems-2022.points.p1',
          'problems-2022.points.p2',
          'problems-2022.points.p3',
          'problems-2022.points.p4',
        ],
        fragments: true,
      },
      { kind: 'text', key: 'problems-2022.resolve', fragment: true },
    ],
    notes: 'problems-2022.notes',
  },
];
