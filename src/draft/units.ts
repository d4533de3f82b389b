import type { Unit } from '../report/schema.ts';

/** A unit as the report writes it after a figure, and what the engine calls it. */
export interface UnitAt {
  /** The characters of the source it takes, e.g. `万吨` or `个`. */
  text: string;
  unit: Unit;
  /** The measure word, for `count` and `wan-count`. */
  counter?: string;
}

/** Units of the engine's table, as Chinese reports write them. */
const NAMED: readonly (readonly [string, Unit])[] = [
  ['亿元', 'yi-yuan'],
  ['万元', 'wan-yuan'],
  ['元', 'yuan'],
  ['%', 'percent'],
  ['‰', 'permille'],
  ['个百分点', 'percentage-point'],
  ['百分点', 'percentage-point'],
  ['万亩', 'wan-mu'],
  ['亩', 'mu'],
  ['公顷', 'hectare'],
  ['万平方米', 'wan-square-metre'],
  ['平方公里', 'square-km'],
  ['平方米', 'square-metre'],
  ['公里', 'km'],
  ['千米', 'km'],
  ['万吨', 'wan-tonne'],
  ['吨', 'tonne'],
  ['万头', 'wan-head'],
  ['万只', 'wan-bird'],
  ['万户', 'wan-household'],
  ['万人次', 'wan-person-time'],
  ['万人', 'wan-person'],
  ['微克/立方米', 'microgram-per-cubic-metre'],
  ['万千瓦', 'wan-kilowatt'],
  ['千瓦', 'kilowatt'],
  ['天', 'day'],
  ['年', 'year'],
];

/** Measure words a report counts things with: the figure keeps the word as its `counter`. */
export const COUNTERS: readonly string[] = [
  '人次',
  '户次',
  '家次',
  '个',
  '家',
  '项',
  '人',
  '户',
  '所',
  '座',
  '条',
  '件',
  '台',
  '套',
  '名',
  '笔',
  '处',
  '块',
  '场',
  '次',
  '批',
  '位',
  '辆',
  '间',
  '张',
  '期',
  '栋',
  '支',
  '种',
  '宗',
  '例',
  '棵',
  '株',
  '份',
  '门',
  '架',
  '艘',
  '只',
  '头',
];

/** Every way a unit is written, longest first, so `个百分点` wins over `个` and `万人次` over `万人`. */
const TABLE: readonly UnitAt[] = [
  ...NAMED.map(([text, unit]) => ({ text, unit })),
  ...COUNTERS.map((counter) => ({ text: `万${counter}`, unit: 'wan-count' as const, counter })),
  ...COUNTERS.map((counter) => ({ text: counter, unit: 'count' as const, counter })),
].sort((a, b) => b.text.length - a.text.length);

/** The unit written at `at` in `text`, if any. */
export function unitAt(text: string, at: number): UnitAt | undefined {
  return TABLE.find((entry) => text.startsWith(entry.text, at));
}
