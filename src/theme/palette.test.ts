import { describe, expect, it } from 'vitest';
import { contrast, deltaE, simulate, type Vision } from './palette.ts';
import { colours } from './tokens.ts';

/** The theme's colours, from the tokens the stylesheet and the exporters are built from. */
const colour = (name: keyof typeof colours) => colours[name];
const paper = colour('paper');
const ink = colour('ink');
const muted = colour('muted');
/** The tones charts tell data apart by. */
const data = { primary: colour('primary'), secondary: colour('secondary'), accent: colour('accent') };
const VISIONS: Vision[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('the palette', () => {
  it.each(Object.entries(data))(
    'gives the %s chart tone 3:1 contrast against the slide (WCAG 1.4.11)',
    (_name, hex) => {
      expect(contrast(hex, paper)).toBeGreaterThanOrEqual(3);
    },
  );

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
