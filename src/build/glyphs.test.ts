import { describe, expect, it } from 'vitest';
import { firstScreenGlyphs } from './glyphs.ts';

describe('firstScreenGlyphs', () => {
  const glyphs = { regular: 'ABab政府工作报告西平县', bold: 'AB政府报告' };
  const { first, rest } = firstScreenGlyphs(glyphs, '政府工作报告 Ab');

  it('puts every character of a weight in exactly one of its two faces', () => {
    for (const weight of ['regular', 'bold'] as const) {
      for (const character of glyphs[weight])
        expect(first[weight].includes(character) !== rest[weight].includes(character), `${weight} ${character}`).toBe(
          true,
        );
    }
  });

  it('keeps a first screen’s characters, in bold only those set in bold, and printable ASCII in both', () => {
    expect(first.regular).toContain('工');
    expect(first.bold).not.toContain('工');
    expect(first.bold).toContain('政');
    for (const face of [first.regular, first.bold])
      for (const character of 'Zz0~ •…') expect(face).toContain(character);
    expect(rest.regular).toBe('西平县');
  });
});
