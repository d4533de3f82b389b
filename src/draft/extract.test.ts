import { describe, expect, it } from 'vitest';
import { quoteStatesValue } from '../report/check.ts';
import { normaliseSource } from '../source/normalise.ts';
import { extract, type DraftFact } from './extract.ts';
import { loadTermBase } from './terms.ts';

/**
 * One test per pattern of the genre, on sentences written for the test (no
 * county's report): a review part of 2024 and a plan part of 2025 around them.
 */
const terms = loadTermBase();
const meta = { languages: ['zh', 'en'], years: [2024, 2025] };

function draft(review: string, plan = ''): DraftFact[] {
  const text = `一、2024年工作回顾\n${review}\n二、2025年工作安排\n${plan}\n`;
  return extract(normaliseSource(text), meta, terms).facts;
}

/** The facts as rows a reader can compare: value, unit (counter), kind, qualifier, year. */
function rows(facts: DraftFact[]): string[] {
  return facts.map(
    ({ fact }) =>
      `${fact.value} ${fact.unit}${fact.counter ? `/${fact.counter}` : ''} ${fact.kind}${fact.qualifier ? ` ${fact.qualifier}` : ''} ${fact.year}`,
  );
}

describe('the extractor', () => {
  it('reads a level with its growth and the rank of that growth', () => {
    const facts = draft('全区地区生产总值完成186.4亿元，同比增长4.8%，增速居全省第5位。');
    expect(rows(facts)).toEqual(['186.4 yi-yuan result 2024', '4.8 percent growth 2024', '5 rank rank 2024']);
    const [level, growth, rank] = facts;
    expect(level!.fact.measure).toBe('gdp');
    expect(growth!.fact.measure).toBe('gdp-growth');
    expect(rank!.fact).toMatchObject({ measure: 'gdp-growth-rank', ranks: 'gdp-growth' });
    expect(rank!.labels.text).toEqual({ zh: '地区生产总值增速全省位次', en: 'GDP growth, rank in the province' });
    expect(growth!.fact.quote).toBe('全区地区生产总值完成186.4亿元，同比增长4.8%');
  });

  it('reads several figures of one measure: two units, and a 分别 list of two subjects', () => {
    const roads = draft('新修农村公路37条58公里。');
    expect(rows(roads)).toEqual(['37 count/条 result 2024', '58 km result 2024']);
    expect(roads.map((f) => f.labels.text['zh'])).toEqual(['新修农村公路', '新修农村公路']);
    expect(roads[0]!.fact.measure).not.toBe(roads[1]!.fact.measure);

    const incomes = draft('城镇和农村居民人均可支配收入分别达到41200元和19870元。');
    expect(rows(incomes)).toEqual(['41200 yuan result 2024', '19870 yuan result 2024']);
    expect(incomes.map((f) => f.fact.measure)).toEqual(['urban-income', 'rural-income']);
    expect(incomes[1]!.labels.text['en']).toBe('Per capita disposable income of rural residents');
  });

  it('gives each level before a 分别 list its own growth, and reads 同口径 as a link word', () => {
    const facts = draft(
      '全年接待游客520万人次，实现旅游综合收入42.3亿元，分别增长35.6%和41.2%；税收收入6.4亿元，同口径增长7.7%。',
    );
    expect(rows(facts)).toEqual([
      '520 wan-person-time result 2024',
      '42.3 yi-yuan result 2024',
      '35.6 percent growth 2024',
      '41.2 percent growth 2024',
      '6.4 yi-yuan result 2024',
      '7.7 percent growth 2024',
    ]);
    expect(facts.map((f) => f.fact.measure)).toEqual([
      'tourists',
      'tourism-revenue',
      'tourists-growth',
      'tourism-revenue-growth',
      'tax-revenue',
      'tax-revenue-growth',
    ]);
  });

  it('reads the units the engine grew for reports: ‰, 万千瓦, 万平方米 and 万 with a counter, and 余 as over', () => {
    const facts = draft(
      '人口自然增长率控制在4.5‰以内。新增装机容量35万千瓦，建成标准厂房86万平方米，累计新增就业岗位12.6万个，惠及企业3200余家。',
    );
    expect(rows(facts)).toEqual([
      '4.5 permille share within 2024',
      '35 wan-kilowatt result 2024',
      '86 wan-square-metre result 2024',
      '12.6 wan-count/个 result 2024',
      '3200 count/家 result over 2024',
    ]);
  });

  it('leaves a year out of the measure: the year stated, the year compared with, and a level from … to …', () => {
    const facts = draft('2024年完成固定资产投资86.2亿元，较2020年增加19.8亿元。城镇化率由48.2%提高到57.6%。');
    expect(facts.map((f) => [f.fact.measure, f.fact.value, f.fact.kind])).toEqual([
      ['investment', 86.2, 'result'],
      ['investment-change', 19.8, 'change'],
      ['urbanization', 48.2, 'share'],
      ['urbanization', 57.6, 'share'],
    ]);
    expect(facts[1]!.labels.text).toEqual({ zh: '固定资产投资增加', en: 'Fixed-asset investment, increase' });
  });

  it('quotes the whole sentence of a figure whose measure its clause does not name, and labels it with that', () => {
    const [fact] = draft('五年来，全区经济总量跨越百亿大关，年均增长6.8%。');
    expect(fact!.fact.quote).toBe('五年来，全区经济总量跨越百亿大关，年均增长6.8%');
    expect(fact!.labels).toEqual({
      text: { zh: fact!.fact.quote, en: fact!.fact.quote },
      translated: { zh: true, en: false },
    });
  });

  it('makes each part of a ratio a fact, named by the term base', () => {
    const facts = draft('三次产业结构调整为12.5:40.2:47.3，城乡居民收入比缩小到2.07:1。');
    expect(rows(facts)).toEqual([
      '12.5 ratio-part share 2024',
      '40.2 ratio-part share 2024',
      '47.3 ratio-part share 2024',
      '2.07 ratio-part share 2024',
      '1 ratio-part share 2024',
    ]);
    expect(facts.slice(0, 3).map((f) => f.labels.text['en'])).toEqual([
      'Primary industry',
      'Secondary industry',
      'Tertiary industry',
    ]);
    expect(facts.every((f) => f.fact.quote.includes(':'))).toBe(true);
  });

  it('gives a fall a negative value: a growth rate, an amount and points', () => {
    const facts = draft('单位生产总值能耗下降3.2%，贫困人口减少1260人，规上工业企业亏损面收窄，负债率降低2个百分点。');
    expect(rows(facts)).toEqual([
      '-3.2 percent growth 2024',
      '-1260 count/人 change 2024',
      '-2 percentage-point change 2024',
    ]);
    expect(facts[0]!.labels.text['en']).toBe('Growth of energy consumption per unit of GDP');
    expect(facts.every((f) => quoteStatesValue(f.fact.quote, f.fact.value))).toBe(true);
  });

  it('reads a change in points, with its verb in the label', () => {
    const [fact] = draft('常住人口城镇化率提高1.3个百分点。');
    expect(rows([fact!])).toEqual(['1.3 percentage-point change 2024']);
    expect(fact!.labels.text).toEqual({
      zh: '常住人口城镇化率提高',
      en: 'Urbanization rate of the permanent resident population, rise',
    });
  });

  it('reads targets with 左右, 以上 and 以内 in the plan, and 力争', () => {
    const facts = draft(
      '',
      '主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业4000人以上，城镇调查失业率控制在5.5%以内。力争新增高新技术企业8家。',
    );
    expect(rows(facts)).toEqual([
      '6.5 percent target around 2025',
      '4000 count/人 target over 2025',
      '5.5 percent target within 2025',
      '8 count/家 target strive 2025',
    ]);
    expect(facts[0]!.fact.measure).toBe('gdp-growth');
    expect(facts[2]!.labels.text['en']).toBe('Surveyed urban unemployment rate');
  });

  it('marks a figure the text gives as 预计 expected, to the end of its sentence', () => {
    const facts = draft('预计全年地区生产总值增长5.1%，一般公共预算收入完成9.8亿元。粮食总产量达到45.6万吨。');
    expect(rows(facts)).toEqual([
      '5.1 percent growth expected 2024',
      '9.8 yi-yuan result expected 2024',
      '45.6 wan-tonne result 2024',
    ]);
  });

  it('keeps a count’s measure word, before or after its noun', () => {
    const facts = draft('新增市场主体2380户，建成5G基站126个，引进12家规上企业落户园区。');
    expect(rows(facts)).toEqual(['2380 count/户 result 2024', '126 count/个 result 2024', '12 count/家 result 2024']);
    expect(facts.map((f) => f.labels.text['zh'])).toEqual(['新增市场主体', '建成5G基站', '引进规上企业落户园区']);
  });

  it('reads the figures of a numbered list, leaving the list numbers out', () => {
    const facts = draft('', '1.新建幼儿园3所。2.改造农村危房560户。3.开展义诊活动。');
    expect(rows(facts)).toEqual(['3 count/所 target 2025', '560 count/户 target 2025']);
    expect(facts.map((f) => f.fact.quote)).toEqual(['新建幼儿园3所', '改造农村危房560户']);
  });

  it('takes a threshold (亿元以上项目) as part of the measure, not as a figure', () => {
    const facts = draft('', '力争引进5亿元以上项目4个。');
    expect(rows(facts)).toEqual(['4 count/个 target strive 2025']);
    expect(facts[0]!.labels.text['zh']).toBe('引进5亿元以上项目');
  });

  it('drafts no fact from dates, years, headings, ordinals, names, slogans or page numbers', () => {
    const text = [
      '政府工作报告',
      '——2025年1月8日在第十届人民代表大会第四次会议上',
      '一、2024年工作回顾',
      '（一）坚持项目为王，第一、二批重点项目顺利推进。',
      '建立“3+5+N”工作机制，开通12345热线，第3批试点启动，“十四五”规划实施过半。',
      '- 12 -',
      '二、2025年工作安排',
      '1.抓好第二届农民丰收节筹备。',
    ].join('\n');
    const { facts, skipped } = extract(normaliseSource(text), meta, terms);
    expect(facts).toEqual([]);
    expect(skipped.map((s) => `${s.text}:${s.reason}`).sort()).toEqual(
      ['3:name', '5:name', '12345:name', '3:ordinal', '12:page number', '1:list number'].sort(),
    );
  });

  it('quotes every figure with a passage of the source that states it, and gives the same ids when drafted again', () => {
    const review = '全区地区生产总值完成186.4亿元，同比增长4.8%。新建改造农村公路37条58公里，新增市场主体2380户。';
    const first = draft(review);
    const source = normaliseSource(`一、2024年工作回顾\n${review}\n`);
    for (const { fact } of first) {
      expect(source.includes(fact.quote), fact.quote).toBe(true);
      expect(quoteStatesValue(fact.quote, fact.value), fact.quote).toBe(true);
    }
    expect(draft(review).map((f) => f.id)).toEqual(first.map((f) => f.id));
    expect(new Set(first.map((f) => f.id)).size).toBe(first.length);
    expect(first.map((f) => f.id)).toEqual([
      'gdp-2024',
      'gdp-growth-2024',
      'xin-jian-gai-zao-nong-cun-2024',
      'xin-jian-gai-zao-nong-cun-km-2024',
      'xin-zeng-shi-chang-zhu-ti-2024',
    ]);
  });
});
