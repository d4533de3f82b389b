import type { Qualifier, Unit } from '../report/schema.ts';

/**
 * A figure ready to show: `prefix + number(amount) + suffix`, where `amount`
 * is already in the unit the language reads (29.21 billion yuan, not 292.1 亿元).
 * Kept apart so a chart can count `amount` up while the words stay put.
 */
export interface Quantity {
  amount: number;
  /** Decimals to show, so a count-up ends on exactly the stated figure. */
  decimals: number;
  prefix: string;
  suffix: string;
}

export type Style = 'long' | 'short';

interface Figure {
  value: number;
  unit: Unit;
  counter?: string | undefined;
  qualifier?: Qualifier | undefined;
}

export function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(text.length - point - 1, 3);
}

function scaled(amount: number, word: string): { amount: number; suffix: string } {
  return { amount, suffix: word };
}

/** Scale a count of units of 10,000 (万) to thousand / million / billion, as official translations do. */
function fromWan(wan: number, noun: string): { amount: number; suffix: string } {
  const n = wan * 1e4;
  if (n >= 1e9) return scaled(n / 1e9, ` billion${noun}`);
  if (n >= 1e6) return scaled(n / 1e6, ` million${noun}`);
  return scaled(n, noun);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

const ZH_SUFFIX: Record<Exclude<Unit, 'count' | 'rank'>, string> = {
  'yi-yuan': '亿元',
  'wan-yuan': '万元',
  yuan: '元',
  percent: '%',
  'percentage-point': '个百分点',
  'wan-mu': '万亩',
  mu: '亩',
  hectare: '公顷',
  'square-metre': '平方米',
  km: '公里',
  'wan-tonne': '万吨',
  tonne: '吨',
  'wan-head': '万头',
  'wan-bird': '万只',
  'wan-household': '万户',
  'wan-person': '万人',
  'wan-person-time': '万人次',
  'microgram-per-cubic-metre': '微克/立方米',
  day: '天',
  year: '年',
  'ratio-part': '',
};

const ZH_QUALIFIER: Record<Qualifier, [string, string]> = {
  over: ['', '以上'],
  around: ['', '左右'],
  within: ['', '以内'],
  'first-time': ['', ''],
  strive: ['', ''],
};

const EN_QUALIFIER: Record<Qualifier, string> = {
  over: 'over ',
  around: 'around ',
  within: 'no more than ',
  'first-time': '',
  strive: '',
};

function zhQuantity({ value, unit, counter, qualifier }: Figure): Quantity {
  const [before, after] = qualifier ? ZH_QUALIFIER[qualifier] : ['', ''];
  const decimals = decimalsOf(value);
  if (unit === 'rank') return { amount: value, decimals, prefix: `${before}第`, suffix: after };
  const suffix = unit === 'count' ? (counter ?? '') : ZH_SUFFIX[unit];
  return { amount: value, decimals, prefix: before, suffix: suffix + after };
}

function enScaled({ value, unit }: Figure, style: Style): { amount: number; suffix: string } {
  const pct = style === 'long' ? ' percent' : '%';
  switch (unit) {
    case 'yi-yuan':
      return value >= 10 ? scaled(value / 10, ' billion yuan') : scaled(value * 100, ' million yuan');
    case 'wan-yuan':
      return fromWan(value, ' yuan');
    case 'yuan':
      return scaled(value, ' yuan');
    case 'percent':
      return scaled(value, pct);
    case 'percentage-point':
      return scaled(value, plural(value, ' percentage point', ' percentage points'));
    case 'wan-mu':
      return fromWan(value, ' mu');
    case 'mu':
      return scaled(value, ' mu');
    case 'hectare':
      return scaled(value, plural(value, ' hectare', ' hectares'));
    case 'square-metre':
      return scaled(value, plural(value, ' square meter', ' square meters'));
    case 'km':
      return scaled(value, plural(value, ' kilometer', ' kilometers'));
    case 'wan-tonne':
      return fromWan(value, ' metric tons');
    case 'tonne':
      return scaled(value, plural(value, ' metric ton', ' metric tons'));
    case 'wan-head':
      return fromWan(value, ' head');
    case 'wan-bird':
      return fromWan(value, ' birds');
    case 'wan-household':
      return fromWan(value, ' households');
    case 'wan-person':
      return fromWan(value, ' people');
    case 'wan-person-time':
      return fromWan(value, ' person-times');
    case 'microgram-per-cubic-metre':
      return scaled(value, ' μg/m³');
    case 'day':
      return scaled(value, plural(value, ' day', ' days'));
    case 'year':
      return scaled(value, plural(value, ' year', ' years'));
    case 'rank':
    case 'count':
    case 'ratio-part':
      return scaled(value, '');
  }
}

function ordinalSuffix(n: number): string {
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(n);
  return { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }[rule];
}

/** Hectares for a figure in mu (1 mu = 1/15 ha), shown beside it in English. */
export function hectaresOf(value: number, unit: Unit): number | undefined {
  if (unit === 'mu') return value / 15;
  if (unit === 'wan-mu') return (value * 1e4) / 15;
  return undefined;
}

function enQuantity(figure: Figure, style: Style): Quantity {
  const before = figure.qualifier ? EN_QUALIFIER[figure.qualifier] : '';
  if (figure.unit === 'rank') {
    return { amount: figure.value, decimals: 0, prefix: before, suffix: ordinalSuffix(figure.value) };
  }
  const { amount, suffix } = enScaled(figure, style);
  const rounded = Number(amount.toFixed(6));
  const ha = hectaresOf(figure.value, figure.unit);
  const extra = ha !== undefined && style === 'long' ? ` (about ${formatNumber(roundHectares(ha), 'en', 0)} hectares)` : '';
  return { amount: rounded, decimals: decimalsOf(rounded), prefix: before, suffix: suffix + extra };
}

/** Hectare equivalents are approximate: two significant figures are honest. */
function roundHectares(ha: number): number {
  if (ha < 100) return Math.round(ha);
  const magnitude = 10 ** (Math.floor(Math.log10(ha)) - 1);
  return Math.round(ha / magnitude) * magnitude;
}

export function toQuantity(figure: Figure, language: string, style: Style = 'long'): Quantity {
  return language === 'zh' ? zhQuantity(figure) : enQuantity(figure, style);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Chinese figures are written without grouping (32175元), English ones with it (32,175 yuan). */
export function formatNumber(amount: number, language: string, decimals: number): string {
  const key = `${language}:${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: language !== 'zh',
    });
    formatters.set(key, format);
  }
  return format.format(amount);
}

export function renderQuantity(q: Quantity, language: string, amount = q.amount): string {
  return `${q.prefix}${formatNumber(amount, language, q.decimals)}${q.suffix}`;
}

/** A figure as text in the given language: `formatFigure({value: 292.1, unit: 'yi-yuan'}, 'en')` → `29.21 billion yuan`. */
export function formatFigure(figure: Figure, language: string, style: Style = 'long'): string {
  return renderQuantity(toQuantity(figure, language, style), language);
}
