import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create.ts';
import { formatFigure, formatNumber, roundHectares, toQuantity, writeNumber, type Figure } from './units.ts';
import { UNITS, type Unit } from '../report/schema.ts';
import { loadReport } from '../report/load.ts';

const i18n = await createI18n({ zh: {}, en: {} }, ['zh', 'en'], 'zh');
const zh = i18n.getFixedT('zh');
const en = i18n.getFixedT('en');

const f = (value: number, unit: Unit, extra: Partial<Figure> = {}): Figure => ({ value, unit, ...extra });

describe('formatFigure', () => {
  it.each([
    // value, unit, qualifier / counter, Chinese, English
    [f(292.1, 'yi-yuan'), '292.1亿元', '29.21 billion yuan'],
    [f(5.2, 'yi-yuan'), '5.2亿元', '520 million yuan'],
    [f(5000, 'wan-yuan'), '5000万元', '50 million yuan'],
    [f(35, 'wan-yuan'), '35万元', '350,000 yuan'],
    [f(32175, 'yuan'), '32175元', '32,175 yuan'],
    [f(5.4, 'percent'), '5.4%', '5.4 percent'],
    [f(1.5, 'percentage-point', { qualifier: 'around' }), '1.5个百分点左右', 'around 1.5 percentage points'],
    [f(1, 'percentage-point'), '1个百分点', '1 percentage point'],
    [f(3.3, 'wan-mu'), '3.3万亩', '33,000 mu (about 2,200 hectares)'],
    [f(1500, 'mu'), '1500亩', '1,500 mu (about 100 hectares)'],
    [f(1449.1, 'hectare'), '1449.1公顷', '1,449.1 hectares'],
    [f(16.7, 'square-metre'), '16.7平方米', '16.7 square meters'],
    [f(42, 'km'), '42公里', '42 kilometers'],
    [f(113.5, 'wan-tonne'), '113.5万吨', '1.135 million metric tons'],
    [f(96, 'wan-tonne', { qualifier: 'over' }), '96万吨以上', 'over 960,000 metric tons'],
    [f(1, 'tonne'), '1吨', '1 metric ton'],
    [f(20, 'wan-head'), '20万头', '200,000 head'],
    [f(150, 'wan-bird'), '150万只', '1.5 million birds'],
    [f(1.3, 'wan-household'), '1.3万户', '13,000 households'],
    [f(1.2, 'wan-person'), '1.2万人', '12,000 people'],
    [f(2.5, 'wan-person-time'), '2.5万人次', '25,000 person-times'],
    [f(70, 'microgram-per-cubic-metre', { qualifier: 'within' }), '70微克/立方米以内', 'no more than 70 μg/m³'],
    [f(275, 'day', { qualifier: 'over' }), '275天以上', 'over 275 days'],
    [f(3, 'year'), '3年', '3 years'],
    [f(1, 'rank'), '第1', '1st'],
    [f(2, 'rank'), '第2', '2nd'],
    [f(3, 'rank'), '第3', '3rd'],
    [f(11, 'rank'), '第11', '11th'],
    [f(22, 'rank'), '第22', '22nd'],
    [f(141, 'count', { counter: '家' }), '141家', '141'],
    [f(5700, 'count', { counter: '人', qualifier: 'over' }), '5700人以上', 'over 5,700'],
    [f(34.6, 'ratio-part'), '34.6', '34.6'],
    [f(113.5, 'wan-tonne', { qualifier: 'first-time' }), '113.5万吨', '1.135 million metric tons'],
    [f(5.4, 'percent', { qualifier: 'expected' }), '预计5.4%', 'expected 5.4 percent'],
    [f(292.1, 'yi-yuan', { qualifier: 'expected' }), '预计292.1亿元', 'expected 29.21 billion yuan'],
    [f(6, 'count', { counter: '个', qualifier: 'strive' }), '6个', '6'],
    [f(-3.2, 'percent'), '-3.2%', '-3.2 percent'],
    [f(-0.4, 'percentage-point'), '-0.4个百分点', '-0.4 percentage points'],
    [f(3.2, 'permille'), '3.2‰', '3.2 per thousand'],
    [f(2.5, 'wan-count', { counter: '家' }), '2.5万家', '25,000'],
    [f(150, 'wan-count', { counter: '个' }), '150万个', '1.5 million'],
    [f(12.6, 'wan-square-metre'), '12.6万平方米', '126,000 square meters'],
    [f(3.5, 'square-km'), '3.5平方公里', '3.5 square kilometers'],
    [f(800, 'kilowatt'), '800千瓦', '800 kilowatts'],
    [f(120, 'wan-kilowatt'), '120万千瓦', '1.2 million kilowatts'],
  ] as const)('writes %j as %s and %s', (figure, chinese, english) => {
    expect(formatFigure(figure, 'zh', zh)).toBe(chinese);
    expect(formatFigure(figure, 'en', en)).toBe(english);
  });

  it('covers every unit of the schema', () => {
    const tested = new Set([
      'yi-yuan',
      'wan-yuan',
      'yuan',
      'percent',
      'percentage-point',
      'wan-mu',
      'mu',
      'hectare',
      'square-metre',
      'km',
      'wan-tonne',
      'tonne',
      'wan-head',
      'wan-bird',
      'wan-household',
      'wan-person',
      'wan-person-time',
      'permille',
      'wan-square-metre',
      'square-km',
      'kilowatt',
      'wan-kilowatt',
      'wan-count',
      'microgram-per-cubic-metre',
      'day',
      'year',
      'rank',
      'count',
      'ratio-part',
    ]);
    expect([...UNITS].filter((unit) => !tested.has(unit))).toEqual([]);
  });

  it('formats every fact of the report in both languages without leftover keys', () => {
    for (const fact of Object.values(loadReport('data', '.').facts)) {
      for (const [language, t] of [
        ['zh', zh],
        ['en', en],
      ] as const) {
        const text = formatFigure(fact, language, t);
        expect(text).not.toMatch(/units\.|\{\{|NaN|undefined/);
        expect(text).toMatch(/\d/);
      }
    }
  });

  it('writes percent and per mille as a sign in charts', () => {
    expect(formatFigure(f(5.4, 'percent'), 'en', en, 'short')).toBe('5.4%');
    expect(formatFigure(f(5.4, 'percent'), 'zh', zh, 'short')).toBe('5.4%');
    expect(formatFigure(f(3.2, 'permille'), 'en', en, 'short')).toBe('3.2‰');
    expect(formatFigure(f(3.2, 'permille'), 'zh', zh, 'short')).toBe('3.2‰');
  });

  it('says a preliminary figure is expected in charts too', () => {
    expect(formatFigure(f(5.4, 'percent', { qualifier: 'expected' }), 'en', en, 'short')).toBe('expected 5.4%');
    expect(formatFigure(f(5.4, 'percent', { qualifier: 'expected' }), 'zh', zh, 'short')).toBe('预计5.4%');
  });
});

describe('toQuantity', () => {
  it('keeps the number apart from the words, so a count-up ends on the stated figure', () => {
    expect(toQuantity(f(292.1, 'yi-yuan'), en)).toEqual({
      amount: 29.21,
      decimals: 2,
      prefix: '',
      suffix: ' billion yuan',
    });
    expect(toQuantity(f(5.5, 'percent', { qualifier: 'within' }), zh)).toEqual({
      amount: 5.5,
      decimals: 1,
      prefix: '',
      suffix: '%以内',
    });
  });

  it.each([
    [33000 / 15, 2200],
    [27.4, 27],
    [123456, 120000],
  ])('rounds %d hectares to two significant figures: %d', (ha, rounded) => {
    expect(roundHectares(ha)).toBe(rounded);
  });
});

describe('writeNumber', () => {
  const marks = { decimal: '.', group: ',' };
  const intl = (tag: string, grouping: boolean, decimals: number) =>
    new Intl.NumberFormat(tag, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping ? 'auto' : false,
    });

  it('writes what Intl.NumberFormat writes in Chinese and English, rounding and signs included', () => {
    const edges = [
      0, -0, 1, 999, 1000, 1234.5, 32175, 1.005, 2.675, 0.125, 0.5, 1.5, 2.5, -0.04, -2.5, -1234.567, 1e-7, 4.35e-5,
      99999.995, 123456789.123,
    ];
    // A fixed sequence (no Math.random): magnitudes from 1e-4 to 1e12 with every last digit.
    const spread = Array.from(
      { length: 400 },
      (_, i) => ((i * 7919) % 1000) * 10 ** ((i % 17) - 4) * (i % 5 === 0 ? -1 : 1) + (i % 3) / 8,
    );
    for (const [tag, grouping] of [
      ['zh-CN', false],
      ['en', true],
    ] as const) {
      for (const decimals of [0, 1, 2, 3]) {
        const format = intl(tag, grouping, decimals);
        for (const amount of [...edges, ...spread]) {
          const written = writeNumber(amount, decimals, grouping, marks);
          // Beyond a report's figures it may leave a number to Intl, never write it differently.
          if (Math.abs(amount) < 1e12) expect(written, `${tag} ${amount} to ${decimals}`).toBe(format.format(amount));
          else expect([undefined, format.format(amount)], `${tag} ${amount} to ${decimals}`).toContain(written);
        }
      }
    }
  });

  it('leaves to Intl what it does not write exactly', () => {
    for (const amount of [Infinity, -Infinity, NaN, 2 ** 52, -2e20])
      expect(writeNumber(amount, 0, true, marks)).toBeUndefined();
  });

  it('is what formatNumber uses for the engine’s languages', () => {
    expect(formatNumber(32175, 'zh', 0)).toBe('32175');
    expect(formatNumber(32175, 'en', 0)).toBe('32,175');
    expect(formatNumber(292.1, 'en', 2)).toBe('292.10');
    // A language the engine has no marks for is written by Intl.
    expect(formatNumber(1234.5, 'de', 1)).toBe('1.234,5');
  });
});
