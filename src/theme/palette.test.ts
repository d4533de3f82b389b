import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, deltaE, simulate, type Vision } from './palette.ts';

/** The theme's colours, read from its Sass so the test checks what ships. */
const scss = readFileSync('src/theme/deck.scss', 'utf8');
const colour = (name: string) => {
  const value = new RegExp(`\\$${name}:\\s*(#[0-9a-fA-F]{6})`).exec(scss)?.[1];
  if (!value) throw new Error(`src/theme/deck.scss: no $${name}`);
  return value;
};
const paper = colour('paper');
const ink = colour('ink');
const muted = colour('muted');
/** The tones charts tell data apart by. */
const data = { primary: colour('primary'), secondary: colour('secondary'), accent: colour('accent') };
const VISIONS: Vision[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('the palette', () => {
  it.each(Object.entries(data))('gives the %s chart tone 3:1 contrast against the slide (WCAG 1.4.11)', (_name, hex) => {
    expect(contrast(hex, paper)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['ink', ink],
    ['muted', muted],
    ['primary', data.primary],
    ['accent', data.accent],
  ])('sets %s text at 4.5:1 or more against the slide (WCAG 1.4.3)', (_name, hex) => {
    expect(contrast(hex, paper)).toBeGreaterThanOrEqual(4.5);
  });

  for (const vision of VISIONS) {
    it(`keeps every pair of chart tones apart under ${vision}`, () => {
      const names = Object.keys(data) as (keyof typeof data)[];
      for (const [i, a] of names.entries()) {
        for (const b of names.slice(i + 1)) {
          expect(deltaE(simulate(data[a], vision), simulate(data[b], vision)), `${a} / ${b}`).toBeGreaterThan(20);
        }
      }
    });
  }
});
