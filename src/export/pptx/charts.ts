import type PptxGenJS from 'pptxgenjs';
import type { ChartKind } from '../../deck/spec.ts';
import type { SourcedFact } from '../../report/payload.ts';
import { formatFigure, formatNumber, renderQuantity, toQuantity } from '../../format/units.ts';
import { colours, typeface, type Colour } from '../../theme/tokens.ts';
import type { ExportContext } from './context.ts';
import { hex, pt, place, type Box } from './geometry.ts';
import { baseOptions } from './text.ts';
import { LABEL_SHARE, labelColumn, textWidth, TYPE } from '../../charts/layout.ts';
import { wordsFor } from '../../i18n/words.ts';

/**
 * Chart kinds as native PowerPoint charts: the chart carries the data (its
 * embedded sheet), the categories and the colours; the value labels are text
 * boxes laid over the plot area, because a chart's data labels take one
 * number format per series and the slides word each figure on its own
 * ("over 5,700", "around 6.5%"). The plot area is placed exactly, so every
 * label lands beside its bar.
 */

type Fact = SourcedFact & { id: string };

const GAP = 10;
/** Horizontal bars run bottom-up unless the category axis is reversed; pptxgenjs writes the value as given, its types know only `minMax`. */
const FIRST_AT_TOP = 'maxMin' as 'minMax';

export interface Drawn {
  /** The values the chart holds. */
  values: number[];
  /** Every fact the chart shows, its counterparts (ranks, the year before) too. */
  facts: string[];
}

type Native = (slide: PptxGenJS.Slide, facts: Fact[], box: Box, x: ExportContext) => Drawn;

function factsOf(ids: string[], x: ExportContext): Fact[] {
  return ids.map((id) => {
    const fact = x.deck.payload.facts[id];
    if (!fact) throw new Error(`unknown fact "${id}"`);
    return { ...fact, id };
  });
}

const label = (fact: Fact, x: ExportContext) => x.words(`facts.${fact.id}`);
const short = (fact: Pick<Fact, 'value' | 'unit' | 'counter' | 'qualifier'>, x: ExportContext) =>
  toQuantity(fact, x.words, 'short');
const shortText = (fact: Pick<Fact, 'value' | 'unit' | 'counter' | 'qualifier'>, x: ExportContext) =>
  renderQuantity(short(fact, x), x.language);

/**
 * The numbers a chart plots: each figure in the unit the language reads it in
 * when that is one scale for all of them (percent, 亿元), else the report's
 * own unit, which always is (29.21 billion and 950 million yuan are not).
 */
function plotted(facts: Fact[], x: ExportContext): number[] {
  const amounts = facts.map((f) => short(f, x).amount);
  const ratios = new Set(facts.map((f, i) => (f.value === 0 ? 1 : Number((amounts[i]! / f.value).toPrecision(9)))));
  return ratios.size === 1 ? amounts : facts.map((f) => f.value);
}

function text(
  slide: PptxGenJS.Slide,
  value: string,
  box: Box,
  x: ExportContext,
  style: { size: number; colour?: string; bold?: boolean; align?: 'left' | 'center' | 'right' },
) {
  slide.addText(value, {
    ...place(box),
    ...baseOptions(x, style.size, style.colour ?? colours.ink),
    bold: style.bold ?? false,
    align: style.align ?? 'left',
    valign: 'middle',
    margin: 0,
    fit: 'none',
    // A label runs on past its box rather than break a figure over two lines.
    wrap: false,
  });
}

/** Options every native chart shares: the deck's font and colours, no chart title, axes as quiet as the deck's. */
function common(x: ExportContext, plot: Box, frame: Box): PptxGenJS.IChartOpts {
  return {
    ...place(frame),
    layout: {
      x: (plot.x - frame.x) / frame.w,
      y: (plot.y - frame.y) / frame.h,
      w: plot.w / frame.w,
      h: plot.h / frame.h,
    },
    showTitle: false,
    showValue: false,
    showLegend: false,
    catAxisLabelFontFace: typeface,
    catAxisLabelFontSize: pt(TYPE.label),
    catAxisLabelColor: hex(colours.ink),
    catAxisLineShow: false,
    catAxisMajorTickMark: 'none',
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    valAxisMinVal: 0,
    lang: x.tag,
  };
}

/** The room left of the plot for the categories' names: the deck's charts' label column, the names in every language. */
function nameColumn(facts: Fact[], frame: Box, x: ExportContext, kind: keyof typeof LABEL_SHARE): number {
  const names = x.deck.payload.meta.languages.flatMap((language) =>
    facts.map((f) => wordsFor(x.deck.i18n, language)(`facts.${f.id}`)),
  );
  return labelColumn(names, frame.w, LABEL_SHARE[kind]);
}

/** Horizontal bars, one band per fact, first at the top; `gap` is the space between bars as a share of a band. */
function horizontalBars(
  slide: PptxGenJS.Slide,
  facts: Fact[],
  frame: Box,
  x: ExportContext,
  layout: { kind: 'bars' | 'growth-ranks'; right: number; top?: number; tones: Colour[] },
): { values: number[]; facts: string[]; rows: { mid: number; end: number }[]; plot: Box } {
  const labels = facts.map((f) => label(f, x));
  const column = nameColumn(facts, frame, x, layout.kind);
  const top = layout.top ?? 0;
  const plot = { x: frame.x + column, y: frame.y + top, w: frame.w - column - layout.right, h: frame.h - top };
  const values = plotted(facts, x);
  const max = Math.max(...values);
  const inner = 0.28;
  slide.addChart('bar', [{ name: x.words(`charts.bars.title`), labels, values }], {
    ...common(x, plot, frame),
    barDir: 'bar',
    catAxisOrientation: FIRST_AT_TOP,
    valAxisMaxVal: max,
    barGapWidthPct: Math.round((inner / (1 - inner)) * 100),
    chartColors: layout.tones.map((t) => hex(colours[t])),
  });
  const band = plot.h / facts.length;
  const rows = values.map((v, i) => ({ mid: plot.y + band * (i + 0.5), end: plot.x + (plot.w * v) / max }));
  return { values, facts: facts.map((f) => f.id), rows, plot };
}

const bars: Native = (slide, facts, frame, x) => {
  const values = facts.map((f) => shortText(f, x));
  const right = Math.max(...values.map((v) => textWidth(v, TYPE.value, 'bold'))) + GAP * 2;
  const drawn = horizontalBars(slide, facts, frame, x, { kind: 'bars', right, tones: ['primary'] });
  drawn.rows.forEach((row, i) =>
    text(slide, values[i]!, { x: row.end + GAP, y: row.mid - 16, w: right, h: 32 }, x, {
      size: TYPE.value,
      bold: true,
    }),
  );
  return drawn;
};

/** The rank that goes with a growth rate: the rank fact that `ranks` its measure, as the slides' chart finds it. */
function rankOf(fact: Fact, x: ExportContext): Fact | undefined {
  const found = fact.measure
    ? Object.entries(x.deck.payload.facts).find(([, f]) => f.kind === 'rank' && f.ranks === fact.measure)
    : undefined;
  return found ? { ...found[1], id: found[0] } : undefined;
}

const growthRanks: Native = (slide, facts, frame, x) => {
  const ranks = facts.map((f) => rankOf(f, x));
  // No rank column, and no heading over it, where the report gives no rank.
  const ranked = ranks.some((r) => r !== undefined);
  const header = ranked ? 34 : 0;
  const rankColumn = ranked ? 92 : 0;
  const values = facts.map((f) => shortText(f, x));
  const valueColumn = Math.max(...values.map((v) => textWidth(v, TYPE.value, 'bold'))) + GAP * 2;
  const tones: Colour[] = ranks.map((r) => (r || !ranked ? 'primary' : 'secondary'));
  const drawn = horizontalBars(slide, facts, frame, x, {
    kind: 'growth-ranks',
    right: valueColumn + rankColumn,
    top: header,
    tones,
  });
  const right = frame.x + frame.w;
  if (ranked)
    text(slide, x.words('charts.growth-ranks.rank'), { x: right - 200, y: frame.y, w: 200, h: header - 4 }, x, {
      size: TYPE.small,
      colour: colours.muted,
      align: 'right',
    });
  drawn.rows.forEach((row, i) => {
    text(slide, values[i]!, { x: row.end + GAP, y: row.mid - 16, w: valueColumn, h: 32 }, x, {
      size: TYPE.value,
      bold: true,
    });
    const rank = ranks[i];
    if (rank)
      text(
        slide,
        formatFigure(rank, x.language, x.words),
        { x: right - rankColumn, y: row.mid - 16, w: rankColumn, h: 32 },
        x,
        { size: TYPE.value, bold: true, colour: colours.accent, align: 'right' },
      );
  });
  return { ...drawn, facts: [...drawn.facts, ...ranks.flatMap((r) => (r ? [r.id] : []))] };
};

/** Upright bars (urban and rural income), values above, and with two of them the ratio between. */
const income: Native = (slide, facts, frame, x) => {
  const top = 70;
  const names = 80;
  const plot = { x: frame.x, y: frame.y + top, w: frame.w, h: frame.h - top - names };
  const labels = facts.map((f) => label(f, x));
  const values = plotted(facts, x);
  const max = Math.max(...values);
  const tones: Colour[] = ['primary', 'secondary'];
  // The deck's bars are 150 px wide in a chart 1120 px wide, whatever the band.
  const bar = (150 * frame.w) / 1120;
  const band = plot.w / facts.length;
  slide.addChart('bar', [{ name: x.words('charts.income.title'), labels, values }], {
    ...common(x, plot, frame),
    barDir: 'col',
    valAxisMaxVal: max,
    barGapWidthPct: Math.min(500, Math.round(((band - bar) / bar) * 100)),
    chartColors: facts.map((_, i) => hex(colours[tones[i % tones.length]!])),
  });
  facts.forEach((fact, i) => {
    const centre = plot.x + band * (i + 0.5);
    const barTop = plot.y + plot.h - (plot.h * values[i]!) / max;
    text(slide, shortText(fact, x), { x: centre - band / 2, y: barTop - 56, w: band, h: 50 }, x, {
      size: TYPE.big,
      bold: true,
      align: 'center',
    });
  });
  const [a, b] = facts;
  if (facts.length === 2 && a && b && a.value > 0 && b.value > 0) {
    const big = formatNumber(Math.max(a.value, b.value) / Math.min(a.value, b.value), x.language, 2);
    const one = formatNumber(1, x.language, 0);
    const ratio = x.words(
      'charts.income.ratio',
      a.value >= b.value ? { first: big, second: one } : { first: one, second: big },
    );
    const low = plot.y + plot.h - (plot.h * Math.min(...values)) / max / 2;
    slide.addText(
      [
        {
          text: x.words('charts.income.ratio-label'),
          options: { ...baseOptions(x, TYPE.small, colours.muted), breakLine: true },
        },
        { text: ratio, options: { ...baseOptions(x, TYPE.value, colours.ink), bold: true } },
      ],
      {
        ...place({ x: frame.x + frame.w / 2 - 110, y: low - 30, w: 220, h: 60 }),
        align: 'center',
        valign: 'middle',
        margin: 0,
      },
    );
  }
  return { values, facts: facts.map((f) => f.id) };
};

/** The parts of a whole as one 100 % stacked bar, names above each part and values below. */
const structure: Native = (slide, facts, frame, x) => {
  const scale = frame.h / 440;
  const plot = { x: frame.x, y: frame.y + 180 * scale, w: frame.w, h: 100 * scale };
  const values = plotted(facts, x);
  const tones: Colour[] = ['primary', 'secondary', 'accent'];
  slide.addChart(
    'bar',
    facts.map((f, i) => ({ name: label(f, x), labels: [x.words('charts.structure.title')], values: [values[i]!] })),
    {
      ...common(x, plot, frame),
      barDir: 'bar',
      barGrouping: 'percentStacked',
      barGapWidthPct: 0,
      catAxisHidden: true,
      chartColors: facts.map((_, i) => hex(colours[tones[i % tones.length]!])),
    },
  );
  const total = values.reduce((s, v) => s + v, 0);
  let start = plot.x;
  facts.forEach((fact, i) => {
    const w = (plot.w * values[i]!) / total;
    const room = Math.max(w, 180);
    const centre = Math.min(Math.max(start + w / 2, frame.x + room / 2), frame.x + frame.w - room / 2);
    text(slide, label(fact, x), { x: centre - room / 2, y: plot.y - 90 * scale, w: room, h: 76 * scale }, x, {
      size: TYPE.label,
      align: 'center',
    });
    text(
      slide,
      shortText(fact, x),
      { x: centre - room / 2, y: plot.y + plot.h + 20 * scale, w: room, h: 60 * scale },
      x,
      { size: TYPE.big, bold: true, align: 'center' },
    );
    start += w;
  });
  return { values, facts: facts.map((f) => f.id) };
};

/** Each target beside the year before's result on one scale: two bars a measure, with a legend. */
const targets: Native = (slide, facts, frame, x) => {
  const header = 44;
  const year = facts[0]?.year ?? 0;
  const befores = facts.map((fact) => {
    const match = Object.entries(x.deck.payload.facts).find(
      ([id, f]) => id !== fact.id && f.measure === fact.measure && f.year === fact.year - 1,
    );
    return match ? { ...match[1], id: match[0] } : undefined;
  });
  const labels = facts.map((f) => label(f, x));
  const shown = [...facts, ...befores.flatMap((b) => (b ? [b] : []))];
  const all = plotted(shown, x);
  const valueOf = new Map(shown.map((f, i) => [f.id, all[i]!]));
  const texts = new Map(shown.map((f) => [f.id, shortText(f, x)]));
  const column = nameColumn(facts, frame, x, 'targets');
  const right = Math.max(...[...texts.values()].map((t) => textWidth(t, TYPE.small, 'bold'))) + GAP * 2;
  const plot = { x: frame.x + column, y: frame.y + header, w: frame.w - column - right, h: frame.h - header };
  const max = Math.max(...all);
  const series = [
    {
      name: x.words('charts.targets.result', { year: year - 1 }),
      labels,
      values: befores.map((b) => (b ? valueOf.get(b.id)! : 0)),
    },
    { name: x.words('charts.targets.target', { year }), labels, values: facts.map((f) => valueOf.get(f.id)!) },
  ];
  const inner = 0.3;
  slide.addChart('bar', series, {
    ...common(x, plot, frame),
    barDir: 'bar',
    barGrouping: 'clustered',
    catAxisOrientation: FIRST_AT_TOP,
    valAxisMaxVal: max,
    barGapWidthPct: Math.round((inner / (1 - inner)) * 200),
    chartColors: [hex(colours.secondary), hex(colours.accent)],
    showLegend: true,
    legendPos: 't',
    legendFontFace: typeface,
    legendFontSize: pt(TYPE.small),
    legendColor: hex(colours.ink),
  });
  const band = plot.h / facts.length;
  const gap = (inner / (1 - inner)) * 2;
  const bar = band / (2 + gap);
  facts.forEach((fact, i) => {
    const first = plot.y + band * i + (bar * gap) / 2;
    const before = befores[i];
    const row = [before, fact];
    row.forEach((f, k) => {
      if (!f) return;
      const mid = first + bar * (k + 0.5);
      const end = plot.x + (plot.w * valueOf.get(f.id)!) / max;
      text(slide, texts.get(f.id)!, { x: end + GAP / 2, y: mid - 12, w: right, h: 24 }, x, {
        size: TYPE.small,
        bold: true,
      });
    });
  });
  return { values: [...series[0]!.values, ...series[1]!.values], facts: shown.map((f) => f.id) };
};

/** Days of the year (good-air days) as a bar across a track of the whole year. */
const days: Native = (slide, facts, frame, x) => {
  const daysIn = (year: number) => (new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 366 : 365);
  const totals = facts.map((f) => daysIn(f.year));
  const labels = facts.map((f) => label(f, x));
  const column = nameColumn(facts, frame, x, 'days');
  const right = 270;
  const rows = Math.min(frame.h, 150 * facts.length);
  const plot = { x: frame.x + column, y: frame.y + (frame.h - rows) / 2, w: frame.w - column - right, h: rows };
  const max = Math.max(...totals);
  slide.addChart(
    'bar',
    [
      { name: x.words('charts.days.title'), labels, values: facts.map((f) => f.value) },
      { name: '', labels, values: facts.map((f, i) => totals[i]! - f.value) },
    ],
    {
      ...common(x, plot, frame),
      barDir: 'bar',
      barGrouping: 'stacked',
      catAxisOrientation: FIRST_AT_TOP,
      valAxisMaxVal: max,
      barGapWidthPct: 100,
      chartColors: [hex(colours.primary), hex(colours.track)],
    },
  );
  const band = plot.h / facts.length;
  facts.forEach((fact, i) => {
    const mid = plot.y + band * (i + 0.5);
    const total = formatNumber(totals[i]!, x.language, 0);
    const count = x.words('charts.days.of-year', { value: shortText(fact, x), total });
    text(slide, count, { x: plot.x + plot.w + GAP, y: mid - 15, w: right - GAP, h: 30 }, x, {
      size: TYPE.value,
      bold: true,
    });
  });
  return { values: facts.map((f) => f.value), facts: facts.map((f) => f.id) };
};

/** Chart kinds drawn as native charts; the others have no faithful native form and are placed as pictures. */
export const nativeCharts: Partial<Record<ChartKind, Native>> = {
  bars,
  'growth-ranks': growthRanks,
  income,
  structure,
  targets,
  days,
};

export function addNativeChart(
  slide: PptxGenJS.Slide,
  kind: ChartKind,
  ids: string[],
  box: Box,
  x: ExportContext,
): Drawn | undefined {
  const draw = nativeCharts[kind];
  return draw ? draw(slide, factsOf(ids, x), box, x) : undefined;
}
