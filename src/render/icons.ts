import { ICON_ATTRIBUTES, icons, type IconName } from '../theme/icons.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** An icon as inline SVG in the text's colour: decoration beside words that say the same, so hidden from screen readers. */
export function iconElement(name: IconName, className = 'icon'): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [key, value] of Object.entries(ICON_ATTRIBUTES)) svg.setAttribute(key, value);
  svg.setAttribute('class', className);
  // The size of the text around it until a stylesheet says otherwise.
  svg.setAttribute('width', '1em');
  svg.setAttribute('height', '1em');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.dataset.icon = name;
  for (const [tag, attrs] of icons[name]) {
    const part = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs)) part.setAttribute(key, String(value));
    svg.append(part);
  }
  return svg;
}
