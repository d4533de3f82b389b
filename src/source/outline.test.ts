import { describe, expect, it } from 'vitest';
import { isoDate, outlineOf } from './outline.ts';

const ZH = [
  '东河县第九届人大二次会议文件',
  '政府工作报告',
  '——2025年2月18日在东河县第九届人民代表大会第二次会议上',
  '东河县人民政府县长 王明',
  '各位代表：',
  '现在，我代表县人民政府作工作报告。',
  '一、2024年工作回顾',
  '全县生产总值完成100.5亿元。1.新建公路12公里。',
  '二、2025年工作安排',
  '（一）抓项目。力争增长6%左右。',
  '三、加强政府自身建设',
  '各位代表，让我们团结奋斗！',
  '有关词语注释',
  '1.“三个一”：一个示范区。',
].join('\n');

describe('the outline of a report', () => {
  it('reads the title page, the parts, the years they name and where the glossary starts', () => {
    const outline = outlineOf(ZH);
    expect(outline).toMatchObject({
      language: 'zh',
      title: '政府工作报告',
      occasion: '2025年2月18日在东河县第九届人民代表大会第二次会议上',
      speaker: '东河县人民政府县长 王明',
      date: '2025-02-18',
      years: [2024, 2025],
      glossaryHeading: '有关词语注释',
    });
    expect(outline.headings.map((h) => h.title)).toEqual(['2024年工作回顾', '2025年工作安排', '加强政府自身建设']);
  });

  it('takes no list item, sub-heading or glossary entry for a part', () => {
    const titles = outlineOf(ZH).headings.map((h) => h.text);
    expect(titles.some((t) => t.startsWith('（一）') || t.startsWith('1.'))).toBe(false);
  });

  it('reads an English report, with Roman numerals for its parts and no title page', () => {
    const outline = outlineOf(
      ['Government Work Report of Lakeside', 'I. Review of 2030', 'We built 3 bridges.', 'II. Tasks for 2031'].join(
        '\n',
      ),
    );
    expect(outline.language).toBe('en');
    expect(outline.title).toBe('Government Work Report of Lakeside');
    expect(outline.headings.map((h) => h.title)).toEqual(['Review of 2030', 'Tasks for 2031']);
    expect(outline.years).toEqual([2030, 2031]);
    expect(outline.date).toBeUndefined();
  });

  it.each([
    ['2023年5月11日', '2023-05-11'],
    ['20 February 2025', '2025-02-20'],
    ['March 3, 2026', '2026-03-03'],
    ['2023年', undefined],
  ])('reads the date in %s', (text, date) => {
    expect(isoDate(text)).toBe(date);
  });
});
