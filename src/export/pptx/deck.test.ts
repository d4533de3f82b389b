import { resolve } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { loadChecked } from '../../build/report-plugin.ts';
import { slidesOf, type Block } from '../../deck/spec.ts';
import { renderQuantity, toQuantity } from '../../format/units.ts';
import { toPayload } from '../../deck/payload.ts';
import { factText, segments } from '../../render/text.ts';
import { exportContext, type ExportContext } from './context.ts';
import { buildPptx } from './deck.ts';
import { pictureFonts } from './fonts.ts';
import { nativeCharts } from './charts.ts';

const payload = toPayload(loadChecked(resolve('data'), deck, resolve('.')), deck);
const slides = slidesOf(payload.deck);
const fontDir = resolve('node_modules/@expo-google-fonts/noto-sans-sc');
const fonts = pictureFonts([resolve(fontDir, '400Regular/NotoSansSC_400Regular.ttf'), resolve(fontDir, '700Bold/NotoSansSC_700Bold.ttf')]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
/** The text of a DrawingML part: its runs, each paragraph on a line of its own. */
const textOf = (xml: string) =>
  xml
    .split(/<\/a:p>/)
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join(''))
    .join('\n');

interface Read {
  x: ExportContext;
  zip: JSZip;
  slideXml: string[];
  slideText: string[];
  notesText: string[];
}

/** A slide's part that the relationships of `slide<N>.xml` point to, of one kind (chart, notesSlide). */
async function related(zip: JSZip, n: number, kind: string): Promise<string[]> {
  const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
  // pptxgenjs writes some targets relative (../notesSlides/…), some absolute (/ppt/charts/…).
  const targets = [...rels.matchAll(/Target="(?:\.\.\/|\/ppt\/)([^"]+)"/g)].map((m) => m[1]!).filter((t) => t.startsWith(`${kind}s/`));
  return Promise.all(targets.map((t) => zip.file(`ppt/${t}`)!.async('string')));
}

const read: Record<string, Read> = {};

beforeAll(async () => {
  for (const language of payload.meta.languages) {
    const built = await buildPptx(payload, language, { fonts });
    const zip = await JSZip.loadAsync(built.file);
    const slideXml = await Promise.all(slides.map((_, i) => zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string') ?? ''));
    const notes = await Promise.all(slides.map(async (_, i) => (await related(zip, i + 1, 'notesSlide')).join('')));
    read[language] = { x: await exportContext(payload, language), zip, slideXml, slideText: slideXml.map(textOf), notesText: notes.map(textOf) };
  }
}, 120_000);

/** A text of the report as the deck shows it: figures formatted for the language by the deck's own renderer. */
const shown = (key: string, x: ExportContext) =>
  segments(x.words(key))
    .map((seg) => ('fact' in seg ? factText(seg.fact, x.deck, x.language) : seg.text))
    .join('');

const blocks = (kind: Block['kind']) => slides.flatMap((s, i) => (s.blocks ?? []).filter((b) => b.kind === kind).map((block) => ({ s, i, block })));

describe.each(payload.meta.languages)('the PowerPoint file in %s', (language) => {
  it('should have one slide per deck slide', async () => {
    const { zip } = read[language]!;
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(slides.length);
  });

  it("should set every slide's heading as text", () => {
    const { x, slideText } = read[language]!;
    slides.forEach((s, i) => {
      if (s.title) expect(slideText[i], s.id).toContain(shown(s.title, x));
    });
  });

  it('should set every figure card as text, formatted for the language', () => {
    const { x, slideText } = read[language]!;
    for (const { s, i, block } of blocks('figures')) {
      for (const id of (block as Extract<Block, { kind: 'figures' }>).facts) {
        expect(slideText[i], `${s.id}: ${id}`).toContain(factText(id, x.deck, x.language));
        expect(slideText[i], `${s.id}: ${id}`).toContain(x.words(`facts.${id}`));
      }
    }
  });

  it('should set the figures of running text (lists, cards) as the deck writes them', () => {
    const { x, slideText } = read[language]!;
    for (const { s, i, block } of [...blocks('list'), ...blocks('grid')]) {
      for (const key of (block as Extract<Block, { kind: 'list' | 'grid' }>).items) expect(slideText[i], `${s.id}: ${key}`).toContain(shown(key, x));
    }
  });

  it('should draw native charts holding the slide values, with every value labelled as on the slide', async () => {
    const { x, zip, slideText } = read[language]!;
    const charts = blocks('chart').filter(({ block }) => (block as Extract<Block, { kind: 'chart' }>).chart in nativeCharts);
    expect(charts.length).toBeGreaterThan(0);
    for (const { s, i, block } of charts) {
      const [xml] = await related(zip, i + 1, 'chart');
      expect(xml, s.id).toBeDefined();
      const cached = [...xml!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
      for (const id of (block as Extract<Block, { kind: 'chart' }>).facts) {
        const fact = payload.facts[id]!;
        const quantity = toQuantity(fact, x.words, 'short');
        // In the language's unit where that is one scale for the chart, else the report's.
        expect(cached.some((v) => Math.abs(v - quantity.amount) < 1e-9 || Math.abs(v - fact.value) < 1e-9), `${s.id}: ${id}`).toBe(true);
        expect(slideText[i], `${s.id}: ${id}`).toContain(renderQuantity(quantity, language));
        // Names are the chart's categories (or series), in its own part.
        expect(decode(xml!) + slideText[i], `${s.id}: ${id}`).toContain(x.words(`facts.${id}`));
      }
    }
  });

  it('should place the other chart kinds as an SVG picture with a PNG, and their data in the notes', async () => {
    const { zip, notesText } = read[language]!;
    const pictures = blocks('chart').filter(({ block }) => !((block as Extract<Block, { kind: 'chart' }>).chart in nativeCharts));
    for (const { s, i, block } of pictures) {
      const svg = zip.file(new RegExp(`^ppt/media/image-${i + 1}-\\d+\\.svg$`));
      expect(svg, s.id).toHaveLength(1);
      // An SVG's PNG is the image just before it (a slide's icons are PNGs of their own).
      const n = Number(/-(\d+)\.svg$/.exec(svg[0]!.name)![1]);
      const bytes = await zip.file(`ppt/media/image-${i + 1}-${n - 1}.png`)!.async('nodebuffer');
      expect(bytes.subarray(1, 4).toString('latin1'), s.id).toBe('PNG');
      expect(bytes.length, `${s.id}: a drawn PNG, not a placeholder`).toBeGreaterThan(10_000);
      for (const id of (block as Extract<Block, { kind: 'chart' }>).facts) expect(notesText[i], `${s.id}: ${id}`).toContain(read[language]!.x.words(`facts.${id}`));
    }
  });

  it("should give every slide notes in its language, with each figure's source sentence", () => {
    const { x, notesText } = read[language]!;
    slides.forEach((s, i) => {
      const first = shown(s.notes, x).split('\n')[0]!;
      expect(notesText[i], s.id).toContain(first);
      for (const id of blocks('figures').filter((b) => b.s === s).flatMap(({ block }) => (block as Extract<Block, { kind: 'figures' }>).facts)) {
        expect(notesText[i], `${s.id}: ${id}`).toContain(payload.facts[id]!.sentence);
      }
    });
  });

  it('should give every paragraph its properties once, as the schema allows', () => {
    const { slideXml } = read[language]!;
    slideXml.forEach((xml, i) => {
      const repeated = (xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? []).filter((p) => (p.match(/<a:pPr\b/g) ?? []).length > 1);
      expect(repeated, slides[i]!.id).toEqual([]);
    });
  });

  it('should make no slide a single picture covering the slide', () => {
    const { slideXml, slideText } = read[language]!;
    slideXml.forEach((xml, i) => {
      const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(pictures.filter(([cx, cy]) => cx >= 12192000 * 0.9 && cy >= 6858000 * 0.9), slides[i]!.id).toEqual([]);
      expect(slideText[i]!.trim().length, slides[i]!.id).toBeGreaterThan(0);
    });
  });

  it("should carry the report's title, date and language in the document properties", async () => {
    const { x, zip } = read[language]!;
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(decode(/<dc:title>([^<]*)</.exec(core)![1]!)).toBe(shown(payload.deck.title, x));
    expect(/<dcterms:created[^>]*>([^<]*)</.exec(core)![1]).toContain(payload.meta.date);
    // Its parts too, rather than the time of writing.
    for (const part of Object.values(zip.files)) expect(part.date.toISOString().slice(0, 10), part.name).toBe(payload.meta.date);
    expect(/<dc:language>([^<]*)</.exec(core)![1]).toMatch(new RegExp(`^${language}-`));
    expect(/<dc:creator>([^<]*)</.exec(core)![1]!.length).toBeGreaterThan(0);
  });

  it('should name the typeface for Latin and East Asian text, and mark runs with the language', () => {
    const { slideXml } = read[language]!;
    const runs = slideXml.join('').match(/<a:rPr [^>]*>[\s\S]*?<\/a:rPr>/g) ?? [];
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs.slice(0, 200)) {
      expect(run).toMatch(/<a:latin typeface="Noto Sans SC"/);
      expect(run).toMatch(/<a:ea typeface="Noto Sans SC"/);
      expect(run).toMatch(new RegExp(`lang="${language}-`));
    }
  });
});
