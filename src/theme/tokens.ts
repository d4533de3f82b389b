/**
 * The deck's design numbers and colours, in one place for everything that
 * draws the deck: the Sass build reads them as `@use 'deck:tokens'` (see
 * `sass-tokens.ts`), the PowerPoint export lays its slides out with them.
 * Lengths are px of the 1280×720 slide; sizes in `em` are of the slide's font.
 */

export const colours = {
  ink: '#1b2430',
  primary: '#1f4e8c',
  secondary: '#6090c8',
  accent: '#b4231f',
  muted: '#5b6472',
  track: '#e4e8ee',
  paper: '#fbfaf7',
} as const;
export type Colour = keyof typeof colours;

/** The slide reveal.js lays out, and its padding. */
export const slide = {
  width: 1280,
  height: 720,
  paddingTop: 48,
  paddingX: 64,
  paddingBottom: 36,
  /** The base font size every `em` below is relative to. */
  fontSize: 30,
  /** Between the blocks of a slide's body. */
  blockGap: 32,
} as const;

export const type = {
  h1: 2.2,
  h2: 1.45,
  headingLineHeight: 1.25,
  /** Below the heading, before the body. */
  headingMargin: 24,
  kicker: 0.7,
  kickerGap: 8,
  subtitle: 0.85,
  lead: 1.1,
  small: 0.8,
  caption: 0.7,
  /** Figures are what the back row reads first; larger, a value such as 1.5个百分点左右 breaks in a three-column row. */
  figureValue: 1.35,
  figureLabel: 0.8,
  /** Glossary entries (an appendix: at least 16 px). */
  dense: 0.74,
  /** Numbered items: running text, at least 24 px. */
  numbered: 0.8,
} as const;

/** The red rule before a heading, the blue one above a figure, the bar down a title slide. */
export const rules = {
  heading: 8,
  headingGap: 20,
  figure: 4,
  titleBar: 14,
} as const;

/** The deck's typeface: shipped as a subset web font in the deck, named in exports. */
export const typeface = 'Noto Sans SC';
