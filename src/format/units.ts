import { COUNTED, type Qualifier, type Unit } from '../report/schema.ts';
import { conventionsOf } from '../i18n/engine.ts';

/**
 * Turns a fact's value and unit into the words of a language. The words come
 * from the language's `units.*` resources, and `units.system` says how that
 * language counts: `wan` keeps the report's 万 / 亿 units (292.1亿元);
 * `thousands` converts to thousand / million / billion (29.21 billion yuan).
 */

/** Looks up a translation: i18next's `t`, or anything shaped like it. */
export type Words = (key: string, options?: Record<string, unknown>) => string;

export interface Figure {
  value: number;
  unit: Unit;
  counter?: string | undefined;
  qualifier?: Qualifier | undefined;
}

/**
 * `prefix + number(amount) + suffix`, with `amount` already in the unit the
 * language reads; kept apart so a chart can count `amount` up while the words stay put.
 */
export interface Quantity {
  amount: number;
  /** Decimals to show, so a count-up ends on exactly the stated figure. */
  decimals: number;
  prefix: string;
  suffix: string;
}

/** `long` for prose ("5.4 percent"), `short` for chart labels ("5.4%"). */
export type Style = 'long' | 'short';

/** What a `万` or `亿` unit counts (nothing for things the report counts with its own measure word), and how many of it one unit holds. */
const BASE: Partial<Record<Unit, { noun?: string; multiplier: number }>> = {
  'yi-yuan': { noun: 'yuan', multiplier: 1e8 },
  'wan-yuan': { noun: 'yuan', multiplier: 1e4 },
  yuan: { noun: 'yuan', multiplier: 1 },
  'wan-mu': { noun: 'mu', multiplier: 1e4 },
  mu: { noun: 'mu', multiplier: 1 },
  'wan-tonne': { noun: 'tonne', multiplier: 1e4 },
  tonne: { noun: 'tonne', multiplier: 1 },
  'wan-head': { noun: 'head', multiplier: 1e4 },
  'wan-bird': { noun: 'bird', multiplier: 1e4 },
  'wan-household': { noun: 'household', multiplier: 1e4 },
  'wan-person': { noun: 'person', multiplier: 1e4 },
  'wan-person-time': { noun: 'person-time', multiplier: 1e4 },
  'wan-count': { multiplier: 1e4 },
  'wan-square-metre': { noun: 'square-metre', multiplier: 1e4 },
  'square-km': { noun: 'square-km', multiplier: 1 },
  kilowatt: { noun: 'kilowatt', multiplier: 1 },
  'wan-kilowatt': { noun: 'kilowatt', multiplier: 1e4 },
  hectare: { noun: 'hectare', multiplier: 1 },
  'square-metre': { noun: 'square-metre', multiplier: 1 },
  km: { noun: 'km', multiplier: 1 },
  day: { noun: 'day', multiplier: 1 },
  year: { noun: 'year', multiplier: 1 },
  'percentage-point': { noun: 'percentage-point', multiplier: 1 },
};

export function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(text.length - point - 1, 3);
}

/** Floating-point noise from scaling (29.209999…) is not a decimal the report stated. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** Qualifiers that change how a figure reads; 首次 and 力争 are said by the text around it. */
const SHOWN: ReadonlySet<Qualifier> = new Set<Qualifier>(['over', 'around', 'within', 'expected']);
/** Units whose sign stands for the word in a chart. */
const SIGNS: ReadonlySet<Unit> = new Set<Unit>(['percent', 'permille']);

function wrapQualifier(figure: Figure, words: Words): { prefix: string; suffix: string } {
  const q = figure.qualifier;
  if (q === undefined || !SHOWN.has(q)) return { prefix: '', suffix: '' };
  const [prefix = '', suffix = ''] = words(`units.qualifier.${q}`).split('{{value}}');
  return { prefix, suffix };
}

function wanQuantity(figure: Figure, words: Words, style: Style): Omit<Quantity, 'decimals'> {
  if (figure.unit === 'rank') {
    const [prefix = '', suffix = ''] = words('units.rank').split('{{value}}');
    return { amount: figure.value, prefix, suffix };
  }
  const suffix =
    figure.unit === 'count'
      ? (figure.counter ?? '')
      : figure.unit === 'wan-count'
        ? words('units.suffix.wan-count') + (figure.counter ?? '')
        : style === 'short' && SIGNS.has(figure.unit)
          ? words(`units.short.${figure.unit}`)
          : words(`units.suffix.${figure.unit}`);
  return { amount: figure.value, prefix: '', suffix };
}

function thousandsQuantity(figure: Figure, words: Words, style: Style): Omit<Quantity, 'decimals'> {
  const { value, unit } = figure;
  if (unit === 'rank') {
    const ordinal = new Intl.PluralRules(conventionsOf(languageOf(words)).tag, { type: 'ordinal' }).select(value);
    const suffix = words(`units.ordinal.${ordinal === 'zero' || ordinal === 'many' ? 'other' : ordinal}`);
    return { amount: value, prefix: '', suffix };
  }
  if (SIGNS.has(unit)) {
    return { amount: value, prefix: '', suffix: words(`units.${style === 'short' ? 'short' : 'suffix'}.${unit}`) };
  }
  const base = BASE[unit];
  if (!base) return { amount: value, prefix: '', suffix: COUNTED.has(unit) ? '' : words(`units.suffix.${unit}`) };
  const n = clean(value * base.multiplier);
  const magnitude = base.multiplier === 1 ? undefined : n >= 1e9 ? 'billion' : n >= 1e6 ? 'million' : undefined;
  const amount = magnitude === 'billion' ? clean(n / 1e9) : magnitude === 'million' ? clean(n / 1e6) : n;
  const noun = base.noun === undefined ? '' : words(`units.noun.${base.noun}`, { count: magnitude ? 2 : amount });
  const suffix = (magnitude ? words(`units.magnitude.${magnitude}`) : '') + noun;
  const hectares = unit === 'mu' || unit === 'wan-mu' ? n / 15 : undefined;
  const aside = hectares !== undefined && style === 'long' ? hectareAside(hectares, words) : '';
  return { amount, prefix: '', suffix: suffix + aside };
}

/** 1 mu = 1/15 hectare; two significant figures are as exact as the equivalent honestly is. */
export function roundHectares(ha: number): number {
  if (ha < 100) return Math.round(ha);
  const magnitude = 10 ** (Math.floor(Math.log10(ha)) - 1);
  return Math.round(ha / magnitude) * magnitude;
}

function hectareAside(hectares: number, words: Words): string {
  return words('units.hectares', {
    value: formatNumber(roundHectares(hectares), languageOf(words), 0),
    interpolation: { escapeValue: false },
  });
}

/** The language whose words these are, as its `units.language` text says. */
function languageOf(words: Words): string {
  return words('units.language');
}

export function toQuantity(figure: Figure, words: Words, style: Style = 'long'): Quantity {
  const system = words('units.system');
  const core = system === 'wan' ? wanQuantity(figure, words, style) : thousandsQuantity(figure, words, style);
  const wrap = wrapQualifier(figure, words);
  const decimals = decimalsOf(core.amount);
  return { amount: core.amount, decimals, prefix: wrap.prefix + core.prefix, suffix: core.suffix + wrap.suffix };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Past this, a number's digits (to the places asked for) are left to Intl: halves are no longer exact. */
const LARGEST_SCALED = 2 ** 52;

/**
 * A number written with the given marks as Intl.NumberFormat writes it (its
 * shortest decimal form rounded half away from zero to `decimals` places,
 * thousands grouped from 1,000 on, a minus for a negative number or zero),
 * without Intl; undefined for what it leaves to Intl.
 */
export function writeNumber(
  amount: number,
  decimals: number,
  grouping: boolean,
  marks: { decimal: string; group: string },
): string | undefined {
  if (!Number.isFinite(amount) || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) return undefined;
  const [mantissa, exponent = '0'] = String(Math.abs(amount)).split('e');
  const scaled = Number(`${mantissa}e${Number(exponent) + decimals}`);
  if (scaled >= LARGEST_SCALED) return undefined;
  const digits = String(Math.round(scaled)).padStart(decimals + 1, '0');
  let whole = digits.slice(0, digits.length - decimals);
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, marks.group);
  const fraction = decimals ? marks.decimal + digits.slice(digits.length - decimals) : '';
  return `${amount < 0 || Object.is(amount, -0) ? '-' : ''}${whole}${fraction}`;
}

/** A number in the language's conventions: 32175 in Chinese as the report writes it, 32,175 in English. */
export function formatNumber(amount: number, language: string, decimals: number): string {
  const conventions = conventionsOf(language);
  const written = conventions.marks && writeNumber(amount, decimals, conventions.grouping, conventions.marks);
  if (written !== undefined) return written;
  const key = `${language}:${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(conventions.tag, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: conventions.grouping ? 'auto' : false,
    });
    formatters.set(key, format);
  }
  return format.format(amount);
}

export function renderQuantity(q: Quantity, language: string, amount = q.amount): string {
  return `${q.prefix}${formatNumber(amount, language, q.decimals)}${q.suffix}`;
}

/** A figure as text: 292.1 亿元 → "292.1亿元" in Chinese, "29.21 billion yuan" in English. */
export function formatFigure(figure: Figure, language: string, words: Words, style: Style = 'long'): string {
  return renderQuantity(toQuantity(figure, words, style), language);
}
