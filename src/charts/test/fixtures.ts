/**
 * TEST DATA. Made-up facts of a made-up orchard county, for the chart tests
 * only: no figure here is from any report, and none of it reaches a deck.
 */
import type { i18n as I18n } from 'i18next';
import type { SourcedFact } from '../../report/payload.ts';
import { createI18n } from '../../i18n/create.ts';
import { wordsFor } from '../../i18n/words.ts';
import type { ChartInput } from '../spec.ts';
import type { ChartKind } from '../kinds.ts';

type FixtureFact = Omit<SourcedFact, 'quote' | 'sentence'>;

const made = (fact: FixtureFact): SourcedFact => ({ ...fact, quote: 'test data', sentence: 'test data' });

export const FACTS: Record<string, SourcedFact> = Object.fromEntries(
  Object.entries({
    'orchard-growth-2022': { value: 6.2, unit: 'percent', kind: 'growth', year: 2022, measure: 'orchard-growth' },
    'orchard-growth-rank-2022': {
      value: 2,
      unit: 'rank',
      kind: 'rank',
      year: 2022,
      measure: 'orchard-growth-rank',
      ranks: 'orchard-growth',
    },
    'cider-growth-2022': { value: 11.5, unit: 'percent', kind: 'growth', year: 2022, measure: 'cider-growth' },
    'ferry-growth-2022': { value: 3, unit: 'percent', kind: 'growth', year: 2022 },
    'orchard-growth-2023': {
      value: 7,
      unit: 'percent',
      kind: 'target',
      year: 2023,
      qualifier: 'around',
      measure: 'orchard-growth',
    },
    'cider-growth-2023': {
      value: 9,
      unit: 'percent',
      kind: 'target',
      year: 2023,
      qualifier: 'over',
      measure: 'cider-growth',
    },
    'jobless-2023': { value: 5.5, unit: 'percent', kind: 'target', year: 2023, qualifier: 'within' },
    'orchard-share-2022': { value: 18.5, unit: 'ratio-part', kind: 'share', year: 2022 },
    'cider-share-2022': { value: 31.5, unit: 'ratio-part', kind: 'share', year: 2022 },
    'ferry-share-2022': { value: 50, unit: 'ratio-part', kind: 'share', year: 2022 },
    'town-pay-2022': { value: 30120, unit: 'yuan', kind: 'result', year: 2022 },
    'village-pay-2022': { value: 15060, unit: 'yuan', kind: 'result', year: 2022 },
    'apples-2022': { value: 123.4, unit: 'wan-tonne', kind: 'result', year: 2022, measure: 'apples' },
    'apples-2023': { value: 125, unit: 'wan-tonne', kind: 'target', year: 2023, qualifier: 'over', measure: 'apples' },
    'new-orchards-2022': { value: 1200.5, unit: 'hectare', kind: 'result', year: 2022 },
    'new-parks-2022': { value: 310, unit: 'hectare', kind: 'result', year: 2022 },
    'parks-per-person-2022': { value: 14, unit: 'square-metre', kind: 'result', year: 2022 },
    'clear-days-2022': { value: 301, unit: 'day', kind: 'result', year: 2022 },
    'clear-days-2023': { value: 305, unit: 'day', kind: 'target', year: 2023, qualifier: 'over' },
    'big-presses-2023': { value: 4, unit: 'count', counter: '台', kind: 'target', year: 2023 },
    'mid-presses-2023': { value: 9, unit: 'count', counter: '台', kind: 'target', year: 2023 },
    'small-presses-2023': { value: 17, unit: 'count', counter: '台', kind: 'target', year: 2023 },
    'new-carts-2023': { value: 140, unit: 'count', counter: '台', kind: 'target', year: 2023 },
    'orchard-cover-2022': { value: 64, unit: 'percent', kind: 'share', year: 2022 },
    'cider-cover-2022': { value: 37.5, unit: 'percent', kind: 'share', year: 2022 },
    'clean-rivers-2023': { value: 90, unit: 'percent', kind: 'target', year: 2023, qualifier: 'over' },
  } satisfies Record<string, FixtureFact>).map(([id, fact]) => [id, made(fact)]),
);

/** Chart labels of the test facts, as a report's `facts.<id>` keys give them. */
const LABELS: Record<string, Record<string, string>> = {
  zh: {
    'orchard-growth-2022': '果园产值增速',
    'cider-growth-2022': '苹果酒产量增速',
    'ferry-growth-2022': '渡口客运量增速',
    'orchard-growth-2023': '果园产值增速',
    'cider-growth-2023': '苹果酒产量增速',
    'jobless-2023': '调查失业率',
    'orchard-share-2022': '果园',
    'cider-share-2022': '酿酒',
    'ferry-share-2022': '渡运与服务',
    'town-pay-2022': '镇上居民人均收入',
    'village-pay-2022': '村里居民人均收入',
    'apples-2022': '苹果产量',
    'apples-2023': '苹果产量',
    'new-orchards-2022': '新栽果园面积',
    'new-parks-2022': '新建公园面积',
    'parks-per-person-2022': '人均公园面积',
    'clear-days-2022': '晴朗天数',
    'clear-days-2023': '晴朗天数',
    'big-presses-2023': '大型榨汁机',
    'mid-presses-2023': '中型榨汁机',
    'small-presses-2023': '小型榨汁机',
    'new-carts-2023': '新增采摘车',
    'orchard-cover-2022': '果园覆盖率',
    'cider-cover-2022': '酒坊使用本地苹果的比例',
    'clean-rivers-2023': '河流达标率',
  },
  en: {
    'orchard-growth-2022': 'Orchard output growth',
    'cider-growth-2022': 'Growth of cider made in the county',
    'ferry-growth-2022': 'Ferry passenger growth',
    'orchard-growth-2023': 'Orchard output growth',
    'cider-growth-2023': 'Growth of cider made in the county',
    'jobless-2023': 'Surveyed unemployment rate',
    'orchard-share-2022': 'Orchards',
    'cider-share-2022': 'Cider making',
    'ferry-share-2022': 'Ferries and services',
    'town-pay-2022': 'Per capita income of town residents',
    'village-pay-2022': 'Per capita income of village residents',
    'apples-2022': 'Apple harvest',
    'apples-2023': 'Apple harvest',
    'new-orchards-2022': 'New orchards planted',
    'new-parks-2022': 'New parks laid out',
    'parks-per-person-2022': 'Park area per person',
    'clear-days-2022': 'Clear days',
    'clear-days-2023': 'Clear days',
    'big-presses-2023': 'Cider presses of over 10 tonnes a day',
    'mid-presses-2023': 'Cider presses of 1 to 10 tonnes a day',
    'small-presses-2023': 'Small presses',
    'new-carts-2023': 'New picking carts',
    'orchard-cover-2022': 'Land under orchards',
    'cider-cover-2022': 'Share of local apples in cider',
    'clean-rivers-2023': 'Rivers up to standard',
  },
};

export const LANGUAGES = ['zh', 'en'];

/** The box of a chart below a slide's title and a line of text, in slide pixels. */
export const SIZE = { width: 1152, height: 400 };

/** One chart of the tests: a kind over some test facts, in a box. */
export interface Case {
  name: string;
  kind: ChartKind;
  facts: string[];
  size?: { width: number; height: number };
}

export const CASES: Case[] = [
  {
    name: 'growth-ranks',
    kind: 'growth-ranks',
    facts: ['orchard-growth-2022', 'cider-growth-2022', 'ferry-growth-2022'],
  },
  { name: 'growth-unranked', kind: 'growth-ranks', facts: ['cider-growth-2022', 'ferry-growth-2022'] },
  { name: 'structure', kind: 'structure', facts: ['orchard-share-2022', 'cider-share-2022', 'ferry-share-2022'] },
  { name: 'income', kind: 'income', facts: ['town-pay-2022', 'village-pay-2022'] },
  { name: 'targets', kind: 'targets', facts: ['orchard-growth-2023', 'cider-growth-2023', 'jobless-2023'] },
  { name: 'threshold', kind: 'threshold', facts: ['apples-2022', 'apples-2023'], size: { width: 1152, height: 260 } },
  { name: 'bars', kind: 'bars', facts: ['new-orchards-2022', 'new-parks-2022'], size: { width: 1152, height: 220 } },
  { name: 'days', kind: 'days', facts: ['clear-days-2022', 'clear-days-2023'] },
  {
    name: 'tiers',
    kind: 'tiers',
    facts: ['big-presses-2023', 'mid-presses-2023', 'small-presses-2023'],
    size: { width: 1152, height: 240 },
  },
  { name: 'tiers-wrapping', kind: 'tiers', facts: ['small-presses-2023', 'new-carts-2023'] },
  // A phone's width: names take a third line rather than leave the chart.
  {
    name: 'tiers-narrow',
    kind: 'tiers',
    facts: ['big-presses-2023', 'mid-presses-2023', 'small-presses-2023'],
    size: { width: 520, height: 330 },
  },
  {
    name: 'shares',
    kind: 'shares',
    facts: ['orchard-cover-2022', 'cider-cover-2022'],
    size: { width: 700, height: 360 },
  },
  { name: 'waffle-days', kind: 'waffle', facts: ['clear-days-2022'], size: { width: 660, height: 440 } },
  {
    name: 'waffle-percent',
    kind: 'waffle',
    facts: ['orchard-cover-2022', 'clean-rivers-2023'],
    size: { width: 660, height: 440 },
  },
];

let shared: Promise<I18n> | undefined;

/** The engine's words with the test labels as the report's text. */
export function fixtureI18n(): Promise<I18n> {
  shared ??= createI18n(
    Object.fromEntries(LANGUAGES.map((lng) => [lng, { facts: LABELS[lng]! }])),
    LANGUAGES,
    LANGUAGES[0],
  );
  return shared;
}

/** What a chart kind is given for these test facts, in one language and box. */
export function fixtureInput(i18n: I18n, facts: string[], language: string, size = SIZE): ChartInput {
  return {
    facts: facts.map((id) => ({ ...FACTS[id]!, id })),
    all: FACTS,
    labels: Object.fromEntries(
      LANGUAGES.map((lng) => [lng, Object.fromEntries(facts.map((id) => [id, LABELS[lng]![id]!]))]),
    ),
    language,
    languages: LANGUAGES,
    words: wordsFor(i18n, language),
    wordsIn: Object.fromEntries(LANGUAGES.map((lng) => [lng, wordsFor(i18n, lng)])),
    width: size.width,
    height: size.height,
  };
}
