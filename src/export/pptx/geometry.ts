import { slide } from '../../theme/tokens.ts';

/** PowerPoint's 16:9 slide is 13.333 in wide; the deck's is 1280 px: one px is 1/96 in. */
const PX_PER_INCH = slide.width / 13.333;

export const inch = (px: number): number => Math.round((px / PX_PER_INCH) * 1000) / 1000;
/** A px font size of the 1280×720 slide in points (1 px = 0.75 pt at 96 px per inch). */
export const pt = (px: number): number => Math.round(px * 0.75 * 10) / 10;
/** pptxgenjs takes colours without their `#`. */
export const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A box in px as pptxgenjs position options in inches. */
export function place(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) };
}
