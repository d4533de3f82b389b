/** Rough width of text in a font of `size` px: CJK glyphs are square, Latin ones about half as wide. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF]/u.test(ch) ? 1 : /[A-Z0-9]/.test(ch) ? 0.62 : 0.52;
  return em * size;
}

/** Breaks a label into at most two lines that fit `width`, at a space or between CJK glyphs. */
export function wrap(text: string, width: number, size: number): [string, string?] {
  if (textWidth(text, size) <= width) return [text];
  const spaced = text.includes(' ');
  const units = spaced ? text.split(' ') : [...text];
  let first = '';
  for (const unit of units) {
    const next = first ? (spaced ? `${first} ${unit}` : first + unit) : unit;
    if (textWidth(next, size) > width && first) break;
    first = next;
  }
  return [first, text.slice(first.length).trim() || undefined];
}

/**
 * Breaks a label into at most `most` lines that fit `width` (the last takes what is left): a name
 * that two lines cannot hold in a narrow chart (English on a phone) takes a third rather than leave it.
 */
export function wrapLines(text: string, width: number, size: number, most: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest && lines.length < most - 1) {
    const [first, next] = wrap(rest, width, size);
    lines.push(first);
    rest = next ?? '';
  }
  if (rest) lines.push(rest);
  return lines;
}
