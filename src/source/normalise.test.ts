import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dropBoldMarkers,
  dropSpacesBesideChinese,
  joinSplitDecimals,
  normaliseSource,
  rejoinPageBreaks,
  unifyPunctuation,
} from './normalise.ts';

describe('normaliseSource', () => {
  it.each([
    ['drops bold markers', dropBoldMarkers, '**服务消费持续复苏。**资本', '服务消费持续复苏。资本'],
    ['joins decimals split at the point', joinSplitDecimals, 'PM2. 5 平均浓度', 'PM2.5 平均浓度'],
    ['joins percentages split at the point', joinSplitDecimals, '达到 35. 8%。', '达到 35.8%。'],
    [
      'drops spaces around numbers in Chinese text',
      dropSpacesBesideChinese,
      '完成 292.1 亿元，增长 5.4%',
      '完成292.1亿元，增长5.4%',
    ],
    ['keeps spaces between Latin words', dropSpacesBesideChinese, 'Deck Sans 字体', 'Deck Sans字体'],
    ['makes commas beside Chinese full-width', unifyPunctuation, '违法行为,在全省', '违法行为，在全省'],
    ['makes parentheses beside Chinese full-width', unifyPunctuation, '(一)抓项目', '（一）抓项目'],
    ['keeps the colons of a ratio', unifyPunctuation, '优化为24:34.6:41.4；', '优化为24:34.6:41.4；'],
    ['makes full-width digits half-width', unifyPunctuation, '增长５．４％', '增长5．4%'],
  ])('%s', (_title, rule, input, expected) => {
    expect(rule(input)).toBe(expected);
  });

  it('rejoins a sentence broken by a page break', () => {
    expect(rejoinPageBreaks(['这一年，坚决落实“疫情要', '守住”这个政治要求。'])).toEqual([
      '这一年，坚决落实“疫情要守住”这个政治要求。',
    ]);
  });

  it('drops the character a page join repeats', () => {
    expect(rejoinPageBreaks(['在产业、文化、城建等领域', '域招引更多重大项目。'])).toEqual([
      '在产业、文化、城建等领域招引更多重大项目。',
    ]);
  });

  it('keeps headings and title lines apart from what follows', () => {
    expect(rejoinPageBreaks(['政府工作报告', '各位代表：'])).toEqual(['政府工作报告', '各位代表：']);
    expect(rejoinPageBreaks(['一、回顾2022年，我们知重负重', '过去一年，殊不寻常。'])).toEqual([
      '一、回顾2022年，我们知重负重',
      '过去一年，殊不寻常。',
    ]);
    expect(rejoinPageBreaks(['重点抓好以下工作，包括', '（一）抓项目。'])).toEqual([
      '重点抓好以下工作，包括',
      '（一）抓项目。',
    ]);
  });

  describe('on the delivered report', () => {
    const text = normaliseSource(readFileSync('data/source.zh.txt', 'utf8'));
    const paragraphs = text.split('\n');

    it('leaves no extraction artefact', () => {
      expect(text).not.toContain('**');
      expect(text).not.toMatch(/\d\. \d/);
      expect(text).not.toMatch(/领域域/);
      expect(text).toContain('PM2.5');
    });

    it('ends every prose paragraph with its sentence', () => {
      const open = paragraphs.filter((p) => /[，。]/.test(p) && !/[。！？：；”）]$/.test(p) && !/^[一二三]、/.test(p));
      expect(open).toEqual([]);
    });

    it('keeps the part headings and the glossary heading on lines of their own', () => {
      expect(paragraphs.filter((p) => /^[一二三]、/.test(p))).toHaveLength(3);
      expect(paragraphs).toContain('《政府工作报告》有关词语注释');
    });
  });
});
