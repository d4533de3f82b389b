import type PptxGenJS from 'pptxgenjs';
import type { Block } from '../../deck/spec.ts';
import { factText } from '../../render/text.ts';
import { colours, rules, slide as deckSlide, type } from '../../theme/tokens.ts';
import type { ExportContext } from './context.ts';
import { addNativeChart } from './charts.ts';
import { hex, place, pt, type Box } from './geometry.ts';
import { chartPicture, type Picture } from './picture.ts';
import { baseOptions, lineCount, plainText, runs, type Run } from './text.ts';

/**
 * The blocks of a slide's body as native shapes and text, sized like the
 * deck's stylesheet sizes them (tokens.ts), and scaled down together, as a
 * whole, when a slide's text would not fit its box.
 */

const FONT = deckSlide.fontSize;
/** Space the chart takes at least; text shrinks before a chart does. */
const CHART_MIN = 250;
const CAPTION = FONT * type.caption;

/** What drawing a slide's blocks leaves for its notes. */
export interface BlockNotes {
  /** Facts shown on the slide, in order. */
  facts: string[];
  /** Charts placed as pictures, with their data table. */
  pictures: Picture[];
}

export interface BlockEnv {
  x: ExportContext;
  align: 'left' | 'center';
}

type Sized<B extends Block['kind']> = (
  block: Extract<Block, { kind: B }>,
  width: number,
  scale: number,
  env: BlockEnv,
) => number;

const columnsOfFigures = (n: number) => (n === 1 ? 1 : n === 2 || n === 4 ? 2 : 3);
const FIGURE_GAP = { x: 36, y: 28 };
const GRID_GAP = { x: 28, y: 12 };
const LIST = { lineHeight: 1.5, itemGap: 0.45, indent: 1.1, columnGap: 48 };

function figureHeight(label: string, width: number, scale: number): number {
  const value = FONT * type.figureValue * scale;
  const size = FONT * type.figureLabel * scale;
  return rules.figure + 12 + value * 1.15 + 6 + lineCount(label, width, size) * size * 1.35;
}

const heights: { [B in Block['kind']]: Sized<B> } = {
  text: (block, width, scale, { x }) => {
    const size = FONT * (block.size === 'lead' ? type.lead : block.size === 'small' ? type.small : 1) * scale;
    return lineCount(plainText(block.key, x), width, size) * size * 1.55;
  },
  list: (block, width, scale, { x }) => {
    const size = FONT * scale;
    const columns = block.columns ?? 1;
    const w = (width - LIST.columnGap * (columns - 1)) / columns - size * LIST.indent;
    const per = Math.ceil(block.items.length / columns);
    const heightOf = (items: string[]) =>
      items.reduce(
        (sum, key, i) =>
          sum + lineCount(plainText(key, x), w, size) * size * LIST.lineHeight + (i ? size * LIST.itemGap : 0),
        0,
      );
    return Math.max(...Array.from({ length: columns }, (_, c) => heightOf(block.items.slice(c * per, (c + 1) * per))));
  },
  figures: (block, width, scale, { x }) => {
    const columns = columnsOfFigures(block.facts.length);
    const w = (width - FIGURE_GAP.x * (columns - 1)) / columns;
    let total = 0;
    for (let i = 0; i < block.facts.length; i += columns) {
      const row = block.facts.slice(i, i + columns).map((id) => figureHeight(x.words(`facts.${id}`), w, scale));
      total += Math.max(...row) + (i ? FIGURE_GAP.y : 0);
    }
    return total;
  },
  chart: (block, width, _scale, { x }) =>
    CHART_MIN + (block.caption ? lineCount(plainText(block.caption, x), width, CAPTION) * CAPTION * 1.4 + 10 : 0),
  grid: (block, width, scale, { x }) => {
    const size = FONT * type.dense * scale;
    const w = (width - GRID_GAP.x) / 2 - size * 1.8 - 12;
    let total = 0;
    for (let i = 0; i < block.items.length; i += 2) {
      const row = block.items
        .slice(i, i + 2)
        .map((key) => Math.max(size * 1.8, lineCount(plainText(key, x), w, size) * size * 1.4));
      total += Math.max(...row) + (i ? GRID_GAP.y : 0);
    }
    return total;
  },
  glossary: (block, width, scale, { x }) => {
    const size = FONT * type.dense * scale;
    return block.terms.reduce(
      (sum, term) =>
        sum +
        size * 0.6 +
        (lineCount(x.words(`glossary.${term}.term`), width, size) +
          lineCount(x.words(`glossary.${term}.explanation`), width, size)) *
          size *
          1.45,
      0,
    );
  },
};

export function blockHeight(block: Block, width: number, scale: number, env: BlockEnv): number {
  return (heights[block.kind] as Sized<Block['kind']>)(block as never, width, scale, env);
}

function textBox(slide: PptxGenJS.Slide, content: Run[], box: Box, options: PptxGenJS.TextPropsOptions = {}): void {
  slide.addText(content, { ...place(box), margin: 0, valign: 'top', fit: 'shrink', ...options });
}

/**
 * Items as paragraphs: pptxgenjs starts a paragraph at every run that carries
 * paragraph options (a bullet), so only an item's first run carries them, and its last breaks the line.
 */
function paragraphs(items: Run[][], options: PptxGenJS.TextPropsOptions): Run[] {
  return items.flatMap((item, i) =>
    item.map((run, k) => ({
      text: run.text ?? '',
      options: {
        ...run.options,
        ...(k === 0 ? options : {}),
        ...(k === item.length - 1 && i < items.length - 1 ? { breakLine: true } : {}),
      },
    })),
  );
}

function drawText(
  slide: PptxGenJS.Slide,
  block: Extract<Block, { kind: 'text' }>,
  box: Box,
  scale: number,
  env: BlockEnv,
): void {
  const size = FONT * (block.size === 'lead' ? type.lead : block.size === 'small' ? type.small : 1) * scale;
  textBox(slide, runs(block.key, env.x, baseOptions(env.x, size)), box, { lineSpacingMultiple: 1.3, align: env.align });
}

function drawList(
  slide: PptxGenJS.Slide,
  block: Extract<Block, { kind: 'list' }>,
  box: Box,
  scale: number,
  env: BlockEnv,
): void {
  const size = FONT * scale;
  const columns = block.columns ?? 1;
  const per = Math.ceil(block.items.length / columns);
  const w = (box.w - LIST.columnGap * (columns - 1)) / columns;
  for (let c = 0; c < columns; c += 1) {
    const items = block.items.slice(c * per, (c + 1) * per).map((key) => runs(key, env.x, baseOptions(env.x, size)));
    const content = paragraphs(items, {
      bullet: { indent: pt(size * LIST.indent) },
      paraSpaceBefore: pt(size * LIST.itemGap),
      lineSpacingMultiple: 1.25,
    });
    textBox(slide, content, { x: box.x + c * (w + LIST.columnGap), y: box.y, w, h: box.h });
  }
}

/** Figure cards: a rule above, the figure large in the primary colour, its label beneath. */
function drawFigures(
  slide: PptxGenJS.Slide,
  block: Extract<Block, { kind: 'figures' }>,
  box: Box,
  scale: number,
  env: BlockEnv,
): void {
  const { x } = env;
  const columns = columnsOfFigures(block.facts.length);
  const w = (box.w - FIGURE_GAP.x * (columns - 1)) / columns;
  const value = FONT * type.figureValue * scale;
  const label = FONT * type.figureLabel * scale;
  let top = box.y;
  for (let i = 0; i < block.facts.length; i += columns) {
    const row = block.facts.slice(i, i + columns);
    const height = Math.max(...row.map((id) => figureHeight(x.words(`facts.${id}`), w, scale)));
    row.forEach((id, c) => {
      const left = box.x + c * (w + FIGURE_GAP.x);
      slide.addShape('rect', {
        ...place({ x: left, y: top, w, h: rules.figure }),
        fill: { color: hex(colours.primary) },
        line: { type: 'none' },
      });
      textBox(
        slide,
        [
          {
            text: factText(id, x.deck, x.language),
            options: { ...baseOptions(x, value, colours.primary), breakLine: true },
          },
          {
            text: x.words(`facts.${id}`),
            options: { ...baseOptions(x, label, colours.muted), paraSpaceBefore: pt(6) },
          },
        ],
        { x: left, y: top + rules.figure + 12, w, h: height - rules.figure - 12 },
      );
    });
    top += height + FIGURE_GAP.y;
  }
}

/** Numbered cards: the number in a filled circle, the text beside it. */
function drawGrid(
  slide: PptxGenJS.Slide,
  block: Extract<Block, { kind: 'grid' }>,
  box: Box,
  scale: number,
  env: BlockEnv,
): void {
  const { x } = env;
  const size = FONT * type.dense * scale;
  const w = (box.w - GRID_GAP.x) / 2;
  const circle = size * 1.8;
  const textW = w - circle - 12;
  let top = box.y;
  for (let i = 0; i < block.items.length; i += 2) {
    const row = block.items.slice(i, i + 2);
    const height = Math.max(
      ...row.map((key) => Math.max(circle, lineCount(plainText(key, x), textW, size) * size * 1.4)),
    );
    row.forEach((key, c) => {
      const left = box.x + c * (w + GRID_GAP.x);
      slide.addText(String(i + c + 1), {
        ...place({ x: left, y: top, w: circle, h: circle }),
        shape: 'ellipse',
        fill: { color: hex(colours.primary) },
        ...baseOptions(x, size * 0.85, '#ffffff'),
        align: 'center',
        valign: 'middle',
        margin: 0,
      });
      textBox(
        slide,
        runs(key, x, baseOptions(x, size)),
        { x: left + circle + 12, y: top, w: textW, h: height },
        { lineSpacingMultiple: 1.15 },
      );
    });
    top += height + GRID_GAP.y;
  }
}

function drawGlossary(
  slide: PptxGenJS.Slide,
  block: Extract<Block, { kind: 'glossary' }>,
  box: Box,
  scale: number,
  env: BlockEnv,
): void {
  const { x } = env;
  const size = FONT * type.dense * scale;
  const content: Run[] = block.terms.flatMap((term, i) => [
    {
      text: x.words(`glossary.${term}.term`),
      options: {
        ...baseOptions(x, size, colours.primary),
        bold: true,
        breakLine: true,
        paraSpaceBefore: i ? pt(size * 0.6) : 0,
      },
    },
    {
      text: x.words(`glossary.${term}.explanation`),
      options: { ...baseOptions(x, size), ...(i < block.terms.length - 1 ? { breakLine: true } : {}) },
    },
  ]);
  textBox(slide, content, box, { lineSpacingMultiple: 1.2 });
}

function drawChart(
  slide: PptxGenJS.Slide,
  block: Extract<Block, { kind: 'chart' }>,
  box: Box,
  env: BlockEnv,
  notes: BlockNotes,
): void {
  const { x } = env;
  const caption = block.caption ? lineCount(plainText(block.caption, x), box.w, CAPTION) * CAPTION * 1.4 : 0;
  const frame = { ...box, h: box.h - (caption ? caption + 10 : 0) };
  const drawn = addNativeChart(slide, block.chart, block.facts, frame, x);
  if (drawn) notes.facts.push(...drawn.facts);
  else {
    // The picture keeps the chart's proportions, centred in the room it has.
    const picture = chartPicture(
      block.chart,
      block.facts,
      { width: 1120, height: Math.round((1120 * frame.h) / frame.w) },
      x,
    );
    slide.addImage({
      data: `data:image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`,
      ...place(frame),
      altText: picture.spec.title,
    });
    notes.pictures.push(picture);
    notes.facts.push(...block.facts);
  }
  if (block.caption) {
    textBox(slide, runs(block.caption, x, baseOptions(x, CAPTION, colours.muted)), {
      x: box.x,
      y: box.y + box.h - caption,
      w: box.w,
      h: caption,
    });
  }
}

export function drawBlock(
  slide: PptxGenJS.Slide,
  block: Block,
  box: Box,
  scale: number,
  env: BlockEnv,
  notes: BlockNotes,
): void {
  switch (block.kind) {
    case 'text':
      return drawText(slide, block, box, scale, env);
    case 'list':
      return drawList(slide, block, box, scale, env);
    case 'figures':
      notes.facts.push(...block.facts);
      return drawFigures(slide, block, box, scale, env);
    case 'chart':
      return drawChart(slide, block, box, env, notes);
    case 'grid':
      return drawGrid(slide, block, box, scale, env);
    case 'glossary':
      return drawGlossary(slide, block, box, scale, env);
  }
}
