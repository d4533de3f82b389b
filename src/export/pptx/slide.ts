import type PptxGenJS from 'pptxgenjs';
import type { Slide } from '../../deck/spec.ts';
import { colours, rules, slide as size, type } from '../../theme/tokens.ts';
import { blockHeight, drawBlock, type BlockEnv, type BlockNotes } from './blocks.ts';
import type { ExportContext } from './context.ts';
import { hex, place, type Box } from './geometry.ts';
import { baseOptions, lineCount, plainText, runs } from './text.ts';

/**
 * One deck slide as a PowerPoint slide: the kicker, the heading with its
 * rule, the subtitle, then the body's blocks, laid out top to bottom as the
 * deck's stylesheet lays them (title, section and closing slides centred).
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

function headLines(s: Slide): Line[] {
  const heading = s.layout === 'title' ? type.h1 : s.layout === 'section' ? type.h2 * 1.8 : type.h2;
  const kicker = s.layout === 'title' ? 0.9 : type.kicker;
  const lines: Line[] = [];
  if (s.kicker)
    lines.push({
      key: s.kicker,
      size: FONT * kicker,
      colour: colours.accent,
      bold: false,
      lineHeight: 1.4,
      after: type.kickerGap,
      rule: false,
    });
  if (s.title) {
    const rule = s.layout === 'content' || s.layout === 'section';
    lines.push({
      key: s.title,
      size: FONT * heading,
      colour: colours.ink,
      bold: true,
      lineHeight: type.headingLineHeight,
      after: type.headingMargin,
      rule,
    });
  }
  if (s.subtitle)
    lines.push({
      key: s.subtitle,
      size: FONT * type.subtitle,
      colour: colours.muted,
      bold: false,
      lineHeight: 1.4,
      after: type.headingMargin,
      rule: false,
    });
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

/** The largest scale, at most 1, at which the blocks fit the height they have. */
function fitScale(s: Slide, width: number, height: number, env: BlockEnv): number {
  const blocks = s.blocks ?? [];
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

export function drawSlide(pptx: PptxGenJS, s: Slide, x: ExportContext): { slide: PptxGenJS.Slide; notes: BlockNotes } {
  const slide = pptx.addSlide();
  slide.background = { color: hex(colours.paper) };
  const centred = s.layout !== 'content';
  const align = s.layout === 'closing' ? 'center' : 'left';
  const env: BlockEnv = { x, align };
  const notes: BlockNotes = { facts: [], pictures: [] };
  if (s.layout === 'title') {
    slide.addShape('rect', {
      ...place({ x: 0, y: 0, w: rules.titleBar, h: size.height }),
      fill: { color: hex(colours.accent) },
      line: { type: 'none' },
    });
  }

  const lines = headLines(s).map((line) => (s.layout === 'closing' ? { ...line, rule: false } : line));
  const heights = lines.map((line) => lineHeight(line, CONTENT.w, x));
  const head = heights.reduce(
    (sum, h, i) => sum + h + (i < lines.length - 1 || s.blocks?.length ? lines[i]!.after : 0),
    0,
  );
  const blocks = s.blocks ?? [];

  // Centred layouts take the height their blocks need; a content slide's body fills the rest of the slide.
  let bodyHeight = CONTENT.h - head;
  let scale = fitScale(s, CONTENT.w, bodyHeight, env);
  if (centred) {
    const natural = blocks.reduce((sum, b, i) => sum + blockHeight(b, CONTENT.w, 1, env) + (i ? size.blockGap : 0), 0);
    bodyHeight = Math.min(bodyHeight, natural);
    scale = fitScale(s, CONTENT.w, bodyHeight, env);
  }
  let y = centred ? CONTENT.y + (CONTENT.h - head - bodyHeight) / 2 : CONTENT.y;
  lines.forEach((line, i) => {
    drawLine(slide, line, { x: CONTENT.x, y, w: CONTENT.w, h: heights[i]! }, x, align);
    y += heights[i]! + line.after;
  });

  // Charts share whatever the other blocks leave.
  const fixed = blocks.map((b) => (b.kind === 'chart' ? 0 : blockHeight(b, CONTENT.w, scale, env)));
  const charts = blocks.filter((b) => b.kind === 'chart').length;
  const gaps = size.blockGap * Math.max(0, blocks.length - 1);
  const chartHeight = charts ? Math.max((bodyHeight - gaps - fixed.reduce((a, b) => a + b, 0)) / charts, 200) : 0;
  blocks.forEach((block, i) => {
    const h = block.kind === 'chart' ? chartHeight : fixed[i]!;
    drawBlock(slide, block, { x: CONTENT.x, y, w: CONTENT.w, h }, scale, env, notes);
    y += h + size.blockGap;
  });
  return { slide, notes };
}
