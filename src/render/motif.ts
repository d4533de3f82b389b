import type { SourcedFact } from '../report/payload.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * An opener's quiet figure: a bar for each fact, in proportion to the largest,
 * along the foot of the slide. Plain SVG built without D3, so the first slide
 * loads nothing to draw it; decoration, hidden from screen readers, whose
 * figures the slide states in its band.
 */
export function motifElement(facts: Pick<SourcedFact, 'value' | 'unit'>[]): SVGSVGElement {
  const units = new Set(facts.map((f) => f.unit));
  if (units.size > 1) throw new Error(`motif: facts in ${[...units].join(', ')} cannot share one scale`);
  const most = Math.max(...facts.map((f) => f.value)) || 1;
  const svg = document.createElementNS(SVG, 'svg');
  // Each bar a unit wide with a unit between: the motif stretches to the slide's width.
  svg.setAttribute('viewBox', `0 0 ${facts.length * 2 - 1} 100`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'motif');
  // Its colour and room come from the stylesheet; before it, nothing too large or too dark.
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '48');
  svg.setAttribute('fill', 'currentColor');
  svg.setAttribute('opacity', '0.12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  facts.forEach((fact, i) => {
    const height = Math.round((fact.value / most) * 1000) / 10;
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(i * 2));
    bar.setAttribute('y', String(100 - height));
    bar.setAttribute('width', '1');
    bar.setAttribute('height', String(height));
    svg.append(bar);
  });
  return svg;
}
