import { resolve } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { loadChecked } from '../../build/report-plugin.ts';
import { toPayload } from '../../deck/payload.ts';
import { buildPptx } from './deck.ts';
import { pictureFonts } from './fonts.ts';

const payload = toPayload(loadChecked(resolve('data'), deck, resolve('.')), deck);
const fontDir = resolve('node_modules/@expo-google-fonts/noto-sans-sc');
const fonts = pictureFonts([
  resolve(fontDir, '400Regular/NotoSansSC_400Regular.ttf'),
  resolve(fontDir, '700Bold/NotoSansSC_700Bold.ttf'),
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
/** The paragraphs of a DrawingML part, each its runs' text joined. */
const paragraphs = (xml: string) =>
  xml
    .split(/<\/a:p>/)
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(''))
    .filter(Boolean);

/**
 * What the PowerPoint file of each language says, written out as the deck shows it (the report's data
 * and the deck's English conventions: 292.1亿元 is 29.21 billion yuan), slide by slide (numbered from 1).
 */
const EXPECTED = {
  zh: {
    title: '西平县2023年政府工作报告',
    creator: '2023年5月11日 · 西平县人民政府县长 侯公涛',
    tag: 'zh-CN',
    text: {
      1: [
        '西平县第十六届人民代表大会第三次会议',
        '政府工作报告',
        '2023年5月11日 · 西平县人民政府县长 侯公涛',
        '292.1亿元',
        '2022年地区生产总值',
        '7.5%左右',
      ],
      4: ['2022年，全县经济稳住了', '292.1亿元', '地区生产总值', '400.5亿元', '32175元', '城镇居民人均可支配收入'],
      5: ['2022年主要经济指标', '全市位次', '5.4%', '第3', '14%', '第1', '17.2%'],
      36: ['加快发展现代农业', '开展粮食稳产行动，粮食种植面积稳定在210万亩以上', '培育新型农业经营主体110家以上'],
      45: ['持续防治环境污染', '275天 / 365天', '70微克/立方米以内'],
    },
    chart: {
      slide: 5,
      names: ['地区生产总值增速', '规上工业增加值增速', '固定资产投资增速', '社会消费品零售总额增速'],
      values: [5.4, 6.6, 14, 2.5, 13.9, 12.7, 17.2, 6.1, 6.1],
    },
    notes: {
      5: ['数据来源（报告原文）', '6.6%：规上工业增加值增长6.6%，增速全市第2；'],
      36: ['粮食总产量（2022年完成）：113.5万吨', '整数关口：100万吨'],
    },
  },
  en: {
    title: 'Xiping County Government Work Report 2023',
    creator: "May 11, 2023 · Hou Gongtao, County Head, Xiping County People's Government",
    tag: 'en-US',
    text: {
      1: [
        "Third Session of the 16th People's Congress of Xiping County",
        'Report on the Work of the Government',
        "May 11, 2023 · Hou Gongtao, County Head, Xiping County People's Government",
        '29.21 billion yuan',
        'GDP of the county, 2022',
        'around 7.5 percent',
      ],
      4: [
        "2022: The County's Economy Held Steady",
        '29.21 billion yuan',
        'GDP of the county',
        '40.05 billion yuan',
        '32,175 yuan',
        'Per capita disposable income of urban residents',
      ],
      5: ['Main Economic Indicators, 2022', 'Rank in city', '5.4%', '3rd', '14%', '1st', '17.2%'],
      36: [
        'Modern Agriculture: Stable Grain Output',
        'Keep the grain-sown area at over 2.1 million mu (about 140,000 hectares)',
        'Foster over 110 new agricultural business entities',
      ],
      45: ['Fighting Pollution for Blue Skies', '275 days of 365', 'no more than 70 μg/m³'],
    },
    chart: {
      slide: 5,
      names: ['GDP growth', 'Value added of industrial enterprises above designated size', 'Fixed-asset investment'],
      values: [5.4, 6.6, 14, 2.5, 13.9, 12.7, 17.2, 6.1, 6.1],
    },
    notes: {
      5: ['Sources (the report as delivered, in Chinese)', '6.6 percent: 规上工业增加值增长6.6%，增速全市第2；'],
      36: ['Grain output (2022 result): 1.135 million metric tons', 'Round mark: 1 million metric tons'],
    },
  },
};
/** The deck's slides with a chart PowerPoint has no faithful form of (tiers, threshold): drawn as pictures. */
const PICTURE_SLIDES = [33, 36];
const SLIDES = 75;

interface Read {
  zip: JSZip;
  slideXml: string[];
  slideText: string[][];
  notesText: string[][];
}

/** A slide's parts that its relationships point to, of one kind (chart, notesSlide). */
async function related(zip: JSZip, n: number, kind: string): Promise<string[]> {
  const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
  // pptxgenjs writes some targets relative (../notesSlides/…), some absolute (/ppt/charts/…).
  const targets = [...rels.matchAll(/Target="(?:\.\.\/|\/ppt\/)([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((t) => t.startsWith(`${kind}s/`));
  return Promise.all(targets.map((t) => zip.file(`ppt/${t}`)!.async('string')));
}

const read: Record<string, Read> = {};

beforeAll(async () => {
  for (const language of Object.keys(EXPECTED)) {
    const zip = await JSZip.loadAsync((await buildPptx(payload, language, { fonts })).file, { checkCRC32: true });
    const count = zip.file(/^ppt\/slides\/slide\d+\.xml$/).length;
    const numbers = Array.from({ length: count }, (_, i) => i + 1);
    const slideXml = await Promise.all(numbers.map((n) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string')));
    const notes = await Promise.all(numbers.map(async (n) => (await related(zip, n, 'notesSlide')).join('')));
    read[language] = {
      zip,
      slideXml,
      slideText: slideXml.map(paragraphs),
      notesText: notes.map((xml) => paragraphs(xml).flatMap((p) => p.split(/\r?\n/))),
    };
  }
}, 120_000);

describe.each(Object.entries(EXPECTED))('the PowerPoint file in %s', (language, expected) => {
  it('should have one slide per deck slide', () => {
    expect(read[language]!.slideXml).toHaveLength(SLIDES);
  });

  it('should set each slide’s heading, figures and running text as text, as the deck writes them', () => {
    for (const [n, texts] of Object.entries(expected.text))
      for (const text of texts) expect(read[language]!.slideText[Number(n) - 1], `slide ${n}`).toContain(text);
  });

  it('should draw a native chart holding the slide’s values and naming its categories', async () => {
    const [xml] = await related(read[language]!.zip, expected.chart.slide, 'chart');
    expect(xml).toBeDefined();
    const cached = [...xml!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => decode(m[1]!));
    expect(cached.filter((v) => v !== '' && !Number.isNaN(Number(v))).map(Number)).toEqual(expected.chart.values);
    for (const name of expected.chart.names) expect(cached).toContain(name);
  });

  it('should place the charts with no native form as an SVG picture with a drawn PNG, their data in the notes', async () => {
    const { zip } = read[language]!;
    for (const n of PICTURE_SLIDES) {
      const svg = zip.file(new RegExp(`^ppt/media/image-${n}-\\d+\\.svg$`));
      expect(svg, `slide ${n}`).toHaveLength(1);
      // A picture's PNG is the image just before its SVG (a slide's icons are PNGs of their own).
      const k = Number(/-(\d+)\.svg$/.exec(svg[0]!.name)![1]);
      const png = zip.file(`ppt/media/image-${n}-${k - 1}.png`);
      expect(png, `slide ${n}`).not.toBeNull();
      const bytes = await png!.async('nodebuffer');
      expect(bytes.subarray(1, 4).toString('latin1'), `slide ${n}`).toBe('PNG');
      expect(bytes.length, `slide ${n}: a drawn PNG, not a placeholder`).toBeGreaterThan(10_000);
    }
  });

  it('should give slides notes in the language, with each figure’s source sentence', () => {
    for (const [n, lines] of Object.entries(expected.notes))
      for (const line of lines) expect(read[language]!.notesText[Number(n) - 1], `slide ${n}`).toContain(line);
  });

  it('should give every paragraph its properties once, as the schema allows', () => {
    read[language]!.slideXml.forEach((xml, i) => {
      const repeated = (xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []).filter(
        (p) => (p.match(/<a:pPr\b/g) ?? []).length > 1,
      );
      expect(repeated, `slide ${i + 1}`).toEqual([]);
    });
  });

  it('should make no slide a single picture covering the slide', () => {
    const { slideXml, slideText } = read[language]!;
    slideXml.forEach((xml, i) => {
      const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/g)].map(
        (m) => [Number(m[1]), Number(m[2])] as const,
      );
      expect(
        pictures.filter(([cx, cy]) => cx >= 12192000 * 0.9 && cy >= 6858000 * 0.9),
        `slide ${i + 1}`,
      ).toEqual([]);
      expect(slideText[i]!.length, `slide ${i + 1}`).toBeGreaterThan(0);
    });
  });

  it("should carry the report's title, author, date and language in the document properties", async () => {
    const { zip } = read[language]!;
    const core = await zip.file('docProps/core.xml')!.async('string');
    const field = (tag: string) => decode(new RegExp(`<${tag}[^>]*>([^<]*)<`).exec(core)![1]!);
    expect(field('dc:title')).toBe(expected.title);
    expect(field('dc:creator')).toBe(expected.creator);
    expect(field('dcterms:created')).toBe('2023-05-11T00:00:00Z');
    expect(field('dc:language')).toBe(expected.tag);
    // Its parts too, rather than the time of writing.
    const parts = Object.values(zip.files);
    expect(parts.length).toBeGreaterThan(SLIDES);
    for (const part of parts) expect(part.date.toISOString().slice(0, 10), part.name).toBe('2023-05-11');
  });

  it('should name the typeface for Latin and East Asian text, and mark runs with the language', () => {
    const runs = read[language]!.slideXml.join('').match(/<a:rPr [^>]*>[\s\S]*?<\/a:rPr>/g) ?? [];
    expect(runs.length).toBeGreaterThan(SLIDES);
    for (const run of runs) {
      expect(run).toContain('<a:latin typeface="Noto Sans SC"');
      expect(run).toContain('<a:ea typeface="Noto Sans SC"');
      expect(run).toContain(`lang="${expected.tag}"`);
    }
  });
});
