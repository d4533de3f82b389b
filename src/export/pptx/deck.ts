import PptxGenJS from 'pptxgenjs';
import type { ChartKind } from '../../deck/spec.ts';
import { slidesOf } from '../../deck/spec.ts';
import type { Payload } from '../../deck/payload.ts';
import { typeface } from '../../theme/tokens.ts';
import { exportContext, type ExportContext } from './context.ts';
import { slideNotes } from './notes.ts';
import { drawSlide } from './slide.ts';
import type { PictureFonts } from './fonts.ts';
import { picturePngs, type Picture } from './picture.ts';
import { plainText } from './text.ts';
import { readZip, zipArchive } from './zip.ts';

export interface PptxOptions {
  /** The deck's typeface, which the chart pictures' PNG fallbacks are drawn in: one for every language made. */
  fonts: PictureFonts;
}

export interface BuiltPptx {
  language: string;
  file: Buffer;
  slides: number;
  /** Chart kinds placed as pictures rather than native charts. */
  pictures: ChartKind[];
}

/** Title, author and organisation from the report's own text: the deck's title and its title slide. */
function properties(
  payload: Payload,
  x: ExportContext,
): { title: string; subject: string; author: string; company: string } {
  const first = slidesOf(payload.deck)[0];
  const has = (key: string) => x.deck.i18n.exists(key, { lng: x.language });
  return {
    title: plainText(payload.deck.title, x),
    subject: plainText(payload.deck.description, x),
    // A report may name its author (`deck.author`); else the title slide's byline names who delivered it.
    author: has('deck.author') ? plainText('deck.author', x) : first?.subtitle ? plainText(first.subtitle, x) : '',
    company: first?.kicker ? plainText(first.kicker, x) : '',
  };
}

/**
 * pptxgenjs writes paragraph properties before every run of a paragraph; the
 * schema allows them once, first, and PowerPoint offers to repair a file with
 * more. The first (the bullet, the spacing) is the paragraph's own.
 */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/(<\/a:r>)<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '$1');
}

/**
 * What pptxgenjs cannot say: the report's date and language in the document
 * properties (it stamps the time of writing and no language), paragraph
 * properties once per paragraph, and the PNG beside each SVG picture (in Node
 * it leaves a placeholder there). pptxgenjs writes its parts uncompressed; the
 * file is compressed once, here, every part dated with the report rather than
 * the time of writing.
 */
async function finish(
  file: Buffer,
  date: string,
  x: ExportContext,
  pictures: Map<number, Picture[]>,
  fonts: PictureFonts,
): Promise<Buffer> {
  // In the archive's order, which starts with the content types as readers expect.
  const parts = new Map<string, Uint8Array | string>((await readZip(file)).map((entry) => [entry.name, entry.data]));
  const text = (name: string) => Buffer.from(parts.get(name)!).toString('utf8');

  const stamp = `${date}T00:00:00Z`;
  if (parts.has('docProps/core.xml')) {
    const xml = text('docProps/core.xml')
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`)
      .replace('</cp:coreProperties>', `<dc:language>${x.tag}</dc:language></cp:coreProperties>`);
    parts.set('docProps/core.xml', xml);
  }
  for (const name of parts.keys()) {
    if (/^ppt\/(slides|notesSlides)\/[a-zA-Z]+\d+\.xml$/.test(name))
      parts.set(name, oneParagraphProperties(text(name)));
  }
  const placed = [...pictures.values()].flat();
  const pngs = new Map((await picturePngs(placed, fonts)).map((png, i) => [placed[i]!, png]));
  for (const [number, onSlide] of pictures) {
    // pptxgenjs names a slide's media image-<slide>-<n> in the order they were added; an SVG's PNG comes just before it.
    const svgs = [...parts.keys()]
      .map((name) => new RegExp(`^ppt/media/image-${number}-(\\d+)\\.svg$`).exec(name))
      .filter((m) => m !== null)
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    for (const [i, n] of svgs.entries()) {
      const picture = onSlide[i];
      if (picture) parts.set(`ppt/media/image-${number}-${n - 1}.png`, pngs.get(picture)!);
    }
  }
  const archive = zipArchive(
    [...parts].map(([name, data]) => ({ name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : data })),
    new Date(stamp),
  );
  return Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
}

/** The deck in one language as an editable PowerPoint file: native text, native charts where a chart kind has a faithful native form. */
export async function buildPptx(payload: Payload, language: string, options: PptxOptions): Promise<BuiltPptx> {
  const x = await exportContext(payload, language);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const props = properties(payload, x);
  pptx.title = props.title;
  pptx.subject = props.subject;
  pptx.author = props.author;
  pptx.company = props.company;
  pptx.theme = { headFontFace: typeface, bodyFontFace: typeface };

  const slides = slidesOf(payload.deck);
  const pictures = new Map<number, Picture[]>();
  const kinds = new Set<ChartKind>();
  slides.forEach((s, i) => {
    const { slide, notes } = drawSlide(pptx, s, x);
    slide.addNotes(slideNotes(s, notes, x));
    if (notes.pictures.length) pictures.set(i + 1, notes.pictures);
    for (const p of notes.pictures) kinds.add(p.spec.kind as ChartKind);
  });
  const written = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  // The file's parts are dated with the report, so the same report gives the same file; a report that gives no
  // date is dated by the first day of its latest year.
  const date = payload.meta.date ?? `${Math.max(...payload.meta.years)}-01-01`;
  const file = await finish(written, date, x, pictures, options.fonts);
  return { language, file, slides: slides.length, pictures: [...kinds] };
}
