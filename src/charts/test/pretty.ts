/** An SVG element as indented XML, one element a line, so a snapshot's diff reads like a change to the chart. */
export function prettySvg(node: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = [...node.attributes]
    .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const open = `${pad}<${node.tagName}${attrs}`;
  const elements = [...node.children];
  if (!elements.length) {
    const text = node.textContent ?? '';
    return text ? `${open}>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${node.tagName}>` : `${open}/>`;
  }
  // A text of several lines keeps its lines together.
  if (node.tagName === 'text') return `${open}>${elements.map((e) => prettySvg(e, 0)).join('')}</text>`;
  return [`${open}>`, ...elements.map((e) => prettySvg(e, depth + 1)), `${pad}</${node.tagName}>`].join('\n');
}
