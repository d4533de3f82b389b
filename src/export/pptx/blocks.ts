import type PptxGenJS from 'pptxgenjs';
import type { Block } from '../../deck/spec.ts';
import { factText } from '../../render/text.ts';
import { colours, rules, slide as deckSlide, type } from '../../theme/tokens.ts';
import type { ExportContext } from './context.ts';
import { addNativeChart } from './charts.ts';
import { hex, place, pt, type Box } from './geometry.ts';
import { iconPng } from './icons.ts';
import { chartPicture, type Picture } from './picture.ts';
import { baseOptions, lineCount, plainText, runs, type Run } from './text.ts';

/**
 * The blocks of a slide's body as native shapes and text, sized like the
 * deck's stylesheets size them (tokens.ts, _slides.scss, _layouts.scss), and
 * scaled down together, as a whole, when a slide's text would not fit its box.
 * Blocks that grow (a chart, rows of points with icons, numbered cards, a
 * comparison) share the room the others leave, as on the slide.
 */

const FONT = deckSlide.fontSize;
/** Space the chart takes at least; text shrinks before a chart does. */
const CHART_MIN = 250;
const CAPTION = FONT * type.caption;
/** The primary colour at 7 % on the paper: the tint of a lead figure's panel and of numbered cards. */
export const TINT = '#eceff3';

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

type Of<B extends Block['kind']> = Extract<Block, { kind: B }>;
type Sized<B extends Block['kind']> = (block: Of<B>, width: number, scale: number, env: BlockEnv) => number;

/** Blocks that take the room the others leave. */
export function grows(block: Block): boolean {
  return (
    block.kind === 'chart' ||
    block.kind === 'grid' ||
    block.kind === 'compare' ||
    (block.kind === 'list' && block.icons !== undefined)
  );
}

/** Figure cards a row: in a column beside a chart (under 640 px), one a row, or two of four, as on the slide. */
const columnsOfFigures = (n: number, width: number) =>
  width < 640 ? (n === 4 ? 2 : 1) : n === 1 ? 1 : n === 2 || n === 4 ? 2 : 3;
const FIGURE_GAP = { x: 36, y: 28 };
const GRID_GAP = { x: 24, y: 14 };
const LIST = { lineHeight: 1.5, itemGap: 0.45, indent: 1.1, columnGap: 48 };
/** Rows of points with icons: the icon, the room after it, a row's padding. */
const ROW = { icon: 52, gap: 28, pad: 20 };
const QUOTE = { size: 1.45, rule: rules.heading, pad: 36, icon: 64, gap: 28 };
const COMPARE = { head: FONT * 0.7 * 1.6, bar: 14, pad: 24 };

function figureHeight(label: string, width: number, scale: number, value = type.figureValue): number {
  const size = FONT * type.figureLabel * scale;
  return rules.figure + 12 + FONT * value * scale * 1.15 + 6 + lineCount(label, width, size) * size * 1.35;
}

const textSize = (block: Of<'text'>, scale: number) =>
  FONT * (block.size === 'lead' ? type.lead : block.size === 'small' ? type.small : 1) * scale;

/** A row of points with icons: as many points in few rows are set larger, as on the slide. */
const rowSize = (block: Of<'list'>, scale: number) => FONT * (block.items.length <= 3 ? 1.1 : 1) * scale;

const heights: { [B in Block['kind']]: Sized<B> } = {
  text: (block, width, scale, { x }) =>
    lineCount(plainText(block.key, x), width, textSize(block, scale)) * textSize(block, scale) * 1.55,
  list: (block, width, scale, { x }) => {
    if (block.icons) {
      const size = rowSize(block, scale);
      const w = width - ROW.icon - ROW.gap;
      return block.items.reduce((sum, key) => sum + lineCount(plainText(key, x), w, size) * size * 1.4 + ROW.pad, 0);
    }
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
    const columns = columnsOfFigures(block.facts.length, width);
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
    const size = FONT * type.numbered * scale;
    const w = (width - GRID_GAP.x) / 2 - size * 1.8 - 70;
    let total = 0;
    for (let i = 0; i < block.items.length; i += 2) {
      const row = block.items
        .slice(i, i + 2)
        .map((key) => Math.max(size * 1.8, lineCount(plainText(key, x), w, size) * size * 1.4) + 20);
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
  compare: (block, _width, scale) =>
    COMPARE.head + block.pairs.length * (compareValue(block) * scale * 1.2 + COMPARE.bar + COMPARE.pad),
  quote: (block, width, scale, { x }) => {
    const size = FONT * QUOTE.size * scale;
    const w = width - QUOTE.rule - QUOTE.pad - (block.icon ? QUOTE.icon + QUOTE.gap : 0);
    return Math.max(QUOTE.icon, lineCount(plainText(block.key, x), w, size) * size * 1.4) + 12;
  },
  // An opener's band and motif are placed at the foot of the slide, outside the body's flow.
  band: () => 0,
  motif: () => 0,
};

/** A comparison's figures: one alone is the slide's lead, said larger. */
const compareValue = (block: Of<'compare'>) => FONT * (block.pairs.length === 1 ? 2.6 : 1.7);

export function blockHeight(block: Block, width: number, scale: number, env: BlockEnv): number {
  return (heights[block.kind] as Sized<Block['kind']>)(block as never, width, scale, env);
}

function textBox(slide: PptxGenJS.Slide, content: Run[], box: Box, options: PptxGenJS.TextPropsOptions = {}): void {
  slide.addText(content, { ...place(box), margin: 0, valign: 'top', fit: 'shrink', ...options });
}

function rule(slide: PptxGenJS.Slide, box: Box, colour: string, transparency = 0): void {
  slide.addShape('rect', {
    ...place(box),
    fill: { color: hex(colour), transparency },
    line: { type: 'none' },
  });
}

export function icon(
  slide: PptxGenJS.Slide,
  name: Parameters<typeof iconPng>[0],
  colour: string,
  box: Box,
  transparency = 0,
) {
  slide.addImage({ data: iconPng(name, colour), ...place(box), ...(transparency ? { transparency } : {}) });
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

function drawText(slide: PptxGenJS.Slide, block: Of<'text'>, box: Box, scale: number, env: BlockEnv): void {
  textBox(slide, runs(block.key, env.x, baseOptions(env.x, textSize(block, scale))), box, {
    lineSpacingMultiple: 1.3,
    align: env.align,
  });
}

/** Points with icons: rows between rules sharing the box, an icon each, the text beside it. */
function drawRows(slide: PptxGenJS.Slide, block: Of<'list'>, box: Box, scale: number, env: BlockEnv): void {
  const size = rowSize(block, scale);
  const h = box.h / block.items.length;
  const iconSize = block.items.length <= 3 ? 64 : ROW.icon;
  block.items.forEach((key, i) => {
    const top = box.y + i * h;
    rule(slide, { x: box.x, y: top, w: box.w, h: 2 }, colours.track);
    const name = block.icons![i];
    if (name) icon(slide, name, colours.primary, { x: box.x, y: top + (h - iconSize) / 2, w: iconSize, h: iconSize });
    textBox(
      slide,
      runs(key, env.x, baseOptions(env.x, size)),
      {
        x: box.x + iconSize + ROW.gap,
        y: top + 4,
        w: box.w - iconSize - ROW.gap,
        h: h - 8,
      },
      { valign: 'middle', lineSpacingMultiple: 1.15 },
    );
  });
  rule(slide, { x: box.x, y: box.y + box.h - 2, w: box.w, h: 2 }, colours.track);
}

function drawList(slide: PptxGenJS.Slide, block: Of<'list'>, box: Box, scale: number, env: BlockEnv): void {
  if (block.icons) return drawRows(slide, block, box, scale, env);
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

/** Figure cards: a rule above, the figure large in the primary colour, its label (and note) beneath. */
function drawFigures(slide: PptxGenJS.Slide, block: Of<'figures'>, box: Box, scale: number, env: BlockEnv): void {
  const { x } = env;
  const columns = columnsOfFigures(block.facts.length, box.w);
  const w = (box.w - FIGURE_GAP.x * (columns - 1)) / columns;
  const value = FONT * type.figureValue * scale;
  const label = FONT * type.figureLabel * scale;
  let top = box.y;
  for (let i = 0; i < block.facts.length; i += columns) {
    const row = block.facts.slice(i, i + columns);
    const height = Math.max(...row.map((id) => figureHeight(x.words(`facts.${id}`), w, scale)));
    row.forEach((id, c) => {
      const left = box.x + c * (w + FIGURE_GAP.x);
      const note = block.notes?.[i + c];
      rule(slide, { x: left, y: top, w, h: rules.figure }, colours.primary);
      textBox(
        slide,
        [
          {
            text: factText(id, x.deck, x.language),
            options: { ...baseOptions(x, value, colours.primary), breakLine: true },
          },
          {
            text: x.words(`facts.${id}`),
            options: {
              ...baseOptions(x, label, colours.muted),
              paraSpaceBefore: pt(6),
              ...(note ? { breakLine: true } : {}),
            },
          },
          ...(note ? runs(note, x, baseOptions(x, label, colours.accent)) : []),
        ],
        { x: left, y: top + rules.figure + 12, w, h: height - rules.figure - 12 },
      );
    });
    top += height + FIGURE_GAP.y;
  }
}

/** A lead figure on its tinted panel: very large, its label beneath. */
export function drawLead(slide: PptxGenJS.Slide, block: Block, box: Box, env: BlockEnv): void {
  const { x } = env;
  rule(slide, box, TINT);
  rule(slide, { ...box, h: 8 }, colours.primary);
  if (block.kind !== 'figures') return;
  const id = block.facts[0]!;
  const text = factText(id, x.deck, x.language);
  // As the slide sets it: a figure long in its language ("over 4.8 billion yuan") a size smaller.
  const value = FONT * (text.length <= 6 ? 3.8 : x.language === 'zh' ? 3 : 2.6);
  const label = FONT;
  textBox(
    slide,
    [
      { text, options: { ...baseOptions(x, value, colours.primary), breakLine: true } },
      { text: x.words(`facts.${id}`), options: { ...baseOptions(x, label, colours.ink), paraSpaceBefore: pt(14) } },
    ],
    { x: box.x + 40, y: box.y + 40, w: box.w - 80, h: box.h - 72 },
    { valign: 'middle', lineSpacingMultiple: 1 },
  );
}

/** Numbered cards on a tint, a rule at the left: the number in a filled circle, the text, the icon. */
function drawGrid(slide: PptxGenJS.Slide, block: Of<'grid'>, box: Box, scale: number, env: BlockEnv): void {
  const { x } = env;
  const size = FONT * type.numbered * scale;
  const w = (box.w - GRID_GAP.x) / 2;
  const rows = Math.ceil(block.items.length / 2);
  const h = (box.h - GRID_GAP.y * (rows - 1)) / rows;
  const circle = size * 1.8;
  const iconSize = 44;
  block.items.forEach((key, i) => {
    const spans = i === block.items.length - 1 && i % 2 === 0;
    const left = box.x + (i % 2) * (w + GRID_GAP.x);
    const top = box.y + Math.floor(i / 2) * (h + GRID_GAP.y);
    const width = spans ? box.w : w;
    rule(slide, { x: left, y: top, w: width, h }, TINT);
    rule(slide, { x: left, y: top, w: 6, h }, colours.primary);
    const number = Number(/(\d+)$/.exec(key)?.[1] ?? i + 1);
    slide.addText(String(number), {
      ...place({ x: left + 22, y: top + (h - circle) / 2, w: circle, h: circle }),
      shape: 'ellipse',
      fill: { color: hex(colours.primary) },
      ...baseOptions(x, size, '#ffffff'),
      bold: true,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
    const name = block.icons?.[i];
    const textLeft = left + 22 + circle + 18;
    if (name)
      icon(slide, name, colours.primary, { x: textLeft, y: top + (h - iconSize) / 2, w: iconSize, h: iconSize });
    const after = name ? iconSize + 18 : 0;
    textBox(
      slide,
      runs(key, x, baseOptions(x, size)),
      { x: textLeft + after, y: top + 6, w: left + width - textLeft - after - 18, h: h - 12 },
      {
        valign: 'middle',
        lineSpacingMultiple: 1.15,
      },
    );
  });
}

function drawGlossary(slide: PptxGenJS.Slide, block: Of<'glossary'>, box: Box, scale: number, env: BlockEnv): void {
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

/** Targets beside the year before's results: a row a measure, each figure over a bar drawn to its pair's scale. */
function drawCompare(
  slide: PptxGenJS.Slide,
  block: Of<'compare'>,
  box: Box,
  scale: number,
  env: BlockEnv,
  notes: BlockNotes,
): void {
  const { x } = env;
  const { facts } = x.deck.payload;
  const first = block.pairs[0]!;
  const nameW = box.w * 0.3;
  const colW = (box.w - nameW) / 2;
  const small = FONT * 0.7;
  const value = compareValue(block) * scale;
  const heads = [
    x.words('ui.compare.result', { year: facts[first.result]!.year }),
    x.words('ui.compare.target', { year: facts[first.target]!.year }),
  ];
  heads.forEach((head, k) =>
    textBox(
      slide,
      [{ text: head, options: baseOptions(x, small, colours.muted) }],
      {
        x: box.x + nameW + k * colW,
        y: box.y,
        w: colW - 20,
        h: COMPARE.head - 4,
      },
      { valign: 'bottom' },
    ),
  );
  rule(slide, { x: box.x + nameW, y: box.y + COMPARE.head, w: box.w - nameW, h: 2 }, colours.ink);
  const h = (box.h - COMPARE.head) / block.pairs.length;
  block.pairs.forEach(({ result, target }, i) => {
    const top = box.y + COMPARE.head + i * h;
    const most = Math.max(facts[result]!.value, facts[target]!.value) || 1;
    textBox(
      slide,
      [{ text: x.words(`facts.${target}`), options: baseOptions(x, FONT * 0.8) }],
      {
        x: box.x,
        y: top,
        w: nameW - 20,
        h,
      },
      { valign: 'middle' },
    );
    [result, target].forEach((id, k) => {
      const left = box.x + nameW + k * colW;
      const mid = top + h / 2;
      textBox(
        slide,
        [
          {
            text: factText(id, x.deck, x.language),
            options: baseOptions(x, value, k ? colours.primary : colours.muted),
          },
        ],
        {
          x: left,
          y: mid - value * 1.1,
          w: colW - 20,
          h: value * 1.2,
        },
        { valign: 'bottom', fit: 'none' },
      );
      rule(
        slide,
        {
          x: left,
          y: mid + 10,
          w: ((colW - 20) * facts[id]!.value) / most,
          h: block.pairs.length === 1 ? 24 : COMPARE.bar,
        },
        k ? colours.primary : colours.secondary,
      );
    });
    rule(slide, { x: box.x, y: top + h - 2, w: box.w, h: 2 }, colours.track);
    notes.facts.push(result, target);
  });
}

/** A sentence set large after a red rule, its icon before it. */
function drawQuote(slide: PptxGenJS.Slide, block: Of<'quote'>, box: Box, scale: number, env: BlockEnv): void {
  rule(slide, { x: box.x, y: box.y, w: QUOTE.rule, h: box.h }, colours.accent);
  let left = box.x + QUOTE.rule + QUOTE.pad;
  if (block.icon) {
    icon(slide, block.icon, colours.accent, {
      x: left,
      y: box.y + (box.h - QUOTE.icon) / 2,
      w: QUOTE.icon,
      h: QUOTE.icon,
    });
    left += QUOTE.icon + QUOTE.gap;
  }
  const size = FONT * QUOTE.size * scale;
  textBox(
    slide,
    runs(block.key, env.x, baseOptions(env.x, size, colours.primary)),
    { x: left, y: box.y, w: box.x + box.w - left, h: box.h },
    {
      valign: 'middle',
      lineSpacingMultiple: 1.2,
    },
  );
}

function drawChart(slide: PptxGenJS.Slide, block: Of<'chart'>, box: Box, env: BlockEnv, notes: BlockNotes): void {
  const { x } = env;
  const caption = block.caption ? lineCount(plainText(block.caption, x), box.w, CAPTION) * CAPTION * 1.4 : 0;
  const frame = { ...box, h: box.h - (caption ? caption + 10 : 0) };
  const drawn = addNativeChart(slide, block.chart, block.facts, frame, x);
  if (drawn) notes.facts.push(...drawn.facts);
  else {
    // Laid out at the frame's size, as the slide lays its charts out at their box: its text at the slide's sizes.
    const picture = chartPicture(
      block.chart,
      block.facts,
      { width: Math.round(frame.w), height: Math.round(frame.h) },
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
    case 'compare':
      return drawCompare(slide, block, box, scale, env, notes);
    case 'quote':
      return drawQuote(slide, block, box, scale, env);
    // Placed by the opener (slide.ts), never in the body's flow.
    case 'band':
    case 'motif':
      return;
  }
}
