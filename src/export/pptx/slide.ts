import type PptxGenJS from 'pptxgenjs';
import type { Block, Slide } from '../../deck/spec.ts';
import { factText } from '../../render/text.ts';
import { colours, rules, slide as size, type } from '../../theme/tokens.ts';
import { blockHeight, drawBlock, drawLead, grows, icon, type BlockEnv, type BlockNotes } from './blocks.ts';
import type { ExportContext } from './context.ts';
import { hex, place, type Box } from './geometry.ts';
import { baseOptions, lineCount, plainText, runs } from './text.ts';

/**
 * One deck slide as a PowerPoint slide, in its layout as the deck's
 * stylesheets lay it out: the kicker, the heading with its rule and the
 * slide's icon, then the body; a chart beside its figures (`beside`), a lead
 * figure on its panel beside its context (`hero`), the rest top to bottom with
 * the growing blocks sharing the room left. Openers set large type at the top
 * and their key figures in a band across the foot, a motif of the data above it.
 */

const FONT = size.fontSize;
const CONTENT: Box = {
  x: size.paddingX,
  y: size.paddingTop,
  w: size.width - 2 * size.paddingX,
  h: size.height - size.paddingTop - size.paddingBottom,
};
/** The smallest a slide's text is scaled to fit; below it the slide is too full, and says so. */
const MIN_SCALE = 0.55;
/** Between the two columns of `beside` and `hero`. */
const COLUMN_GAP = 56;
const ICON = 60;
const BAND = { pad: 26, bottom: 34, gap: 36, value: 1.5, label: 0.62 };

type Opener = 'title' | 'section' | 'closing';
const isOpener = (layout: Slide['layout']): layout is Opener =>
  layout === 'title' || layout === 'section' || layout === 'closing';

interface Line {
  key: string;
  size: number;
  colour: string;
  bold: boolean;
  lineHeight: number;
  /** Room after it. */
  after: number;
  /** The heading's rule before it. */
  rule: boolean;
}

/** The heading's size in em: as the stylesheets set it for each layout, English a step smaller on openers. */
function headingSize(s: Slide, x: ExportContext): number {
  const latin = x.language !== 'zh';
  if (s.layout === 'title') return latin ? 2.6 : 3.4;
  if (s.layout === 'section') return latin ? 2 : 2.5;
  if (s.layout === 'closing') return 1.9;
  return type.h2;
}

function headLines(s: Slide, x: ExportContext): Line[] {
  const opener = isOpener(s.layout);
  const kicker = s.layout === 'title' ? 0.9 : s.layout === 'section' ? 1 : type.kicker;
  const lines: Line[] = [];
  if (s.kicker) {
    const after = s.layout === 'section' ? 16 : type.kickerGap;
    lines.push({
      key: s.kicker,
      size: FONT * kicker,
      colour: colours.accent,
      bold: false,
      lineHeight: 1.4,
      after,
      rule: false,
    });
  }
  if (s.title) {
    const colour = opener ? colours.primary : colours.ink;
    const after = opener ? 20 : type.headingMargin;
    lines.push({
      key: s.title,
      size: FONT * headingSize(s, x),
      colour,
      bold: true,
      lineHeight: opener ? 1.15 : type.headingLineHeight,
      after,
      rule: !opener,
    });
  }
  if (s.subtitle) {
    const subtitle = s.layout === 'section' ? 1 : type.subtitle;
    lines.push({
      key: s.subtitle,
      size: FONT * subtitle,
      colour: colours.muted,
      bold: false,
      lineHeight: 1.4,
      after: type.headingMargin,
      rule: false,
    });
  }
  return lines;
}

function lineHeight(line: Line, width: number, x: ExportContext): number {
  const w = line.rule ? width - rules.heading - rules.headingGap : width;
  return lineCount(plainText(line.key, x), w, line.size, line.bold ? 'bold' : 'regular') * line.size * line.lineHeight;
}

function drawLine(slide: PptxGenJS.Slide, line: Line, box: Box, x: ExportContext, align: 'left' | 'center'): void {
  let textBox = box;
  if (line.rule) {
    slide.addShape('rect', {
      ...place({ x: box.x, y: box.y, w: rules.heading, h: box.h }),
      fill: { color: hex(colours.accent) },
      line: { type: 'none' },
    });
    textBox = { ...box, x: box.x + rules.heading + rules.headingGap, w: box.w - rules.heading - rules.headingGap };
  }
  slide.addText(runs(line.key, x, { ...baseOptions(x, line.size, line.colour), bold: line.bold }), {
    ...place(textBox),
    margin: 0,
    valign: 'middle',
    align,
    fit: 'shrink',
    lineSpacingMultiple: line.lineHeight * 0.85,
  });
}

/** Draws the head lines from `top`; returns where the body starts. */
function drawHead(
  slide: PptxGenJS.Slide,
  s: Slide,
  x: ExportContext,
  top: number,
  width: number,
  align: 'left' | 'center',
): number {
  let y = top;
  for (const line of headLines(s, x)) {
    const h = lineHeight(line, width, x);
    drawLine(slide, line, { x: CONTENT.x, y, w: width, h }, x, align);
    y += h + line.after;
  }
  return y;
}

/** The largest scale, at most 1, at which the blocks fit the height they have. */
function fitScale(blocks: Block[], width: number, height: number, env: BlockEnv): number {
  const needed = (scale: number) =>
    blocks.reduce((sum, b, i) => sum + blockHeight(b, width, scale, env) + (i ? size.blockGap : 0), 0);
  if (needed(1) <= height) return 1;
  // Heights grow with the scale: halve the interval down to a step too small to see.
  let [low, high] = [MIN_SCALE, 1];
  while (high - low > 0.01) {
    const mid = (low + high) / 2;
    if (needed(mid) <= height) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * Blocks one under another in a box: those that grow share what the others leave; with none,
 * the column is centred in its box when `centre` is set, else set from the top.
 */
function column(
  slide: PptxGenJS.Slide,
  blocks: Block[],
  box: Box,
  env: BlockEnv,
  notes: BlockNotes,
  centre = false,
): void {
  if (!blocks.length) return;
  const scale = fitScale(blocks, box.w, box.h, env);
  const fixed = blocks.map((b) => (grows(b) ? 0 : blockHeight(b, box.w, scale, env)));
  const growing = blocks.filter(grows).length;
  const used = fixed.reduce((a, b) => a + b, 0) + size.blockGap * (blocks.length - 1);
  const share = growing ? Math.max((box.h - used) / growing, 160) : 0;
  let y = box.y + (!growing && centre ? Math.max(0, (box.h - used) / 2) : 0);
  blocks.forEach((block, i) => {
    const h = grows(block) ? share : fixed[i]!;
    drawBlock(slide, block, { x: box.x, y, w: box.w, h }, scale, env, notes);
    y += h + size.blockGap;
  });
}

/** The body of a content slide in its layout. */
function drawBody(slide: PptxGenJS.Slide, s: Slide, body: Box, env: BlockEnv, notes: BlockNotes): void {
  const blocks = (s.blocks ?? []).filter((b) => b.kind !== 'band' && b.kind !== 'motif');
  if (s.layout === 'beside') {
    const left = { ...body, w: ((body.w - COLUMN_GAP) * 5) / 12 };
    const right = { ...body, x: left.x + left.w + COLUMN_GAP, w: body.w - left.w - COLUMN_GAP };
    column(
      slide,
      blocks.filter((b) => b.kind !== 'chart'),
      left,
      env,
      notes,
      true,
    );
    column(
      slide,
      blocks.filter((b) => b.kind === 'chart'),
      right,
      env,
      notes,
    );
    return;
  }
  if (s.layout === 'hero' && blocks.length > 1) {
    const lead = { ...body, w: ((body.w - COLUMN_GAP) * 5) / 11 };
    const rest = { ...body, x: lead.x + lead.w + COLUMN_GAP, w: body.w - lead.w - COLUMN_GAP };
    drawLead(slide, blocks[0]!, lead, env);
    if (blocks[0]!.kind === 'figures') notes.facts.push(...blocks[0]!.facts);
    column(slide, blocks.slice(1), rest, env, notes, true);
    return;
  }
  column(slide, blocks, body, env, notes);
}

/** An opener's key figures in a band of the primary colour across the foot of the slide; returns its top. */
function drawBand(slide: PptxGenJS.Slide, block: Block | undefined, x: ExportContext, notes: BlockNotes): number {
  if (!block || (block.kind !== 'band' && !(block.kind === 'list' && block.icons))) return size.height;
  const items = block.kind === 'band' ? block.facts : block.items;
  const value = FONT * (block.kind === 'band' ? (x.language === 'zh' ? BAND.value : 1.1) : 1);
  const label = FONT * BAND.label;
  const inner = CONTENT.w;
  const w = (inner - BAND.gap * (items.length - 1)) / items.length;
  const labels = items.map((item, i) =>
    block.kind === 'band' ? plainText(block.notes?.[i] ?? `facts.${item}`, x) : '',
  );
  const texts = items.map((item) => (block.kind === 'band' ? factText(item, x.deck, x.language) : plainText(item, x)));
  const valueLines = Math.max(...texts.map((t) => lineCount(t, w, value)));
  const labelLines = Math.max(...labels.map((t) => (t ? lineCount(t, w, label) : 0)));
  const height =
    BAND.pad + 14 + valueLines * value * 1.15 + (labelLines ? 6 + labelLines * label * 1.35 : 0) + BAND.bottom;
  const top = size.height - height;
  slide.addShape('rect', {
    ...place({ x: 0, y: top, w: size.width, h: height }),
    fill: { color: hex(colours.primary) },
    line: { type: 'none' },
  });
  items.forEach((item, i) => {
    const left = CONTENT.x + i * (w + BAND.gap);
    const y = top + BAND.pad;
    slide.addShape('rect', {
      ...place({ x: left, y, w, h: 2 }),
      fill: { color: 'FFFFFF', transparency: 60 },
      line: { type: 'none' },
    });
    let textLeft = left;
    if (block.kind === 'list' && block.icons?.[i]) {
      icon(slide, block.icons[i]!, '#ffffff', { x: left, y: y + 14, w: 44, h: 44 });
      textLeft += 60;
    }
    slide.addText(
      [
        {
          text: texts[i]!,
          options: { ...baseOptions(x, value, '#ffffff'), bold: block.kind === 'band', breakLine: Boolean(labels[i]) },
        },
        ...(labels[i]
          ? [{ text: labels[i]!, options: { ...baseOptions(x, label, '#dbe5f2'), paraSpaceBefore: 6 } }]
          : []),
      ],
      {
        ...place({ x: textLeft, y: y + 14, w: left + w - textLeft, h: height - BAND.pad - BAND.bottom - 14 }),
        margin: 0,
        valign: 'top',
        fit: 'shrink',
      },
    );
  });
  if (block.kind === 'band') notes.facts.push(...block.facts);
  return top;
}

/** The opener's quiet figure: a bar a fact, in proportion, faint, at the right above the band. */
function drawMotif(slide: PptxGenJS.Slide, block: Block | undefined, x: ExportContext, bottom: number): void {
  if (block?.kind !== 'motif') return;
  const values = block.facts.map((id) => x.deck.payload.facts[id]!.value);
  const most = Math.max(...values) || 1;
  const box = { x: CONTENT.x + CONTENT.w * 0.54, w: CONTENT.w * 0.46, h: (bottom - 330) * 0.78 };
  const step = box.w / (values.length * 2 - 1);
  values.forEach((value, i) => {
    const h = (box.h * value) / most;
    slide.addShape('rect', {
      ...place({ x: box.x + i * 2 * step, y: bottom - h, w: step, h }),
      fill: { color: hex(colours.primary), transparency: 90 },
      line: { type: 'none' },
    });
  });
}

function drawOpener(slide: PptxGenJS.Slide, s: Slide, x: ExportContext, notes: BlockNotes): void {
  const blocks = s.blocks ?? [];
  const band = blocks.find((b) => b.kind === 'band' || (b.kind === 'list' && b.icons));
  const bandTop = drawBand(slide, band, x, notes);
  drawMotif(
    slide,
    blocks.find((b) => b.kind === 'motif'),
    x,
    bandTop,
  );
  if (s.layout === 'title') {
    slide.addShape('rect', {
      ...place({ x: 0, y: 0, w: rules.titleBar, h: bandTop }),
      fill: { color: hex(colours.accent) },
      line: { type: 'none' },
    });
  }
  if (s.layout === 'section' && s.icon)
    icon(slide, s.icon, colours.primary, { x: size.width - 120 - 240, y: 150, w: 240, h: 240 }, 88);
  const align = s.layout === 'closing' ? 'center' : 'left';
  const top = drawHead(slide, s, x, s.layout === 'closing' ? 72 : 96, CONTENT.w, align);
  const rest = blocks.filter((b) => b !== band && b.kind !== 'motif');
  column(slide, rest, { x: CONTENT.x, y: top, w: CONTENT.w, h: Math.max(0, bandTop - 24 - top) }, { x, align }, notes);
}

export function drawSlide(pptx: PptxGenJS, s: Slide, x: ExportContext): { slide: PptxGenJS.Slide; notes: BlockNotes } {
  const slide = pptx.addSlide();
  slide.background = { color: hex(colours.paper) };
  const notes: BlockNotes = { facts: [], pictures: [] };
  if (isOpener(s.layout)) {
    drawOpener(slide, s, x, notes);
    return { slide, notes };
  }
  if (s.icon)
    icon(slide, s.icon, colours.primary, { x: CONTENT.x + CONTENT.w - ICON, y: CONTENT.y + 40, w: ICON, h: ICON });
  const width = s.icon ? CONTENT.w - ICON - 24 : CONTENT.w;
  const top = drawHead(slide, s, x, CONTENT.y, width, 'left');
  drawBody(
    slide,
    s,
    { x: CONTENT.x, y: top, w: CONTENT.w, h: CONTENT.y + CONTENT.h - top },
    { x, align: 'left' },
    notes,
  );
  return { slide, notes };
}
