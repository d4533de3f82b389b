/**
 * The report arrives as text extracted from a PDF. Quotes in `data/` are
 * matched against this normalised form, so every rule here is one artefact
 * of that extraction, undone.
 */

const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '，。、；：！？“”‘’（）《》【】—…';
const WIDE = `${HAN}${CJK_PUNCT}`;

/** A paragraph that ends like this is complete; anything else ran on across a page break. */
const SENTENCE_END = /[。！？：；”）!?:;)]$/u;
/** A paragraph that starts like this begins something new, whatever came before. */
const NEW_PARAGRAPH = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\.\s|——|《)/u;
/** Part headings stand alone on a line and end without punctuation. */
const PART_HEADING = /^(?:[一二三四五六七八九十]+、|——|《)/u;

export function dropBoldMarkers(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** `PM2. 5` → `PM2.5`, `35. 8%` → `35.8%`: the extraction split decimals at the point. */
export function joinSplitDecimals(text: string): string {
  return text.replace(/(\d)\.\s+(?=\d)/g, '$1.');
}

/** Spaces around numbers and Latin words inside Chinese text are layout, not content. */
export function dropSpacesBesideChinese(text: string): string {
  const before = new RegExp(`(?<=[${WIDE}]) +`, 'gu');
  const after = new RegExp(` +(?=[${WIDE}])`, 'gu');
  return text.replace(before, '').replace(after, '');
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/g;
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };

/**
 * Digits, Latin letters and `%` become half-width; `, ; : ( )` next to Chinese
 * become full-width. A colon between digits (a ratio such as 24:34.6:41.4) stays.
 */
export function unifyPunctuation(text: string): string {
  const halfAlnum = text.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const beside = new RegExp(`(?<=[${WIDE}])[,;:()]|[,;:()](?=[${WIDE}])|^[(]|[)](?=\\s*$)`, 'gmu');
  return halfAlnum.replace(beside, (c) => HALF_TO_FULL[c] ?? c);
}

/**
 * A ratio's colon, however it was typed: `︰` (U+FE30), `：` (U+FF1A), `∶` (U+2236) and `:`
 * between digits all become `:`, so a quote typed with one matches a source written with another.
 */
export function unifyRatioColons(text: string): string {
  return text.replace(/(?<=\d)\s*[:：︰∶]\s*(?=\d)/gu, ':');
}

/** Title-page lines carry no punctuation at all; a page break only ever cuts prose. */
function isBrokenProse(paragraph: string): boolean {
  return !SENTENCE_END.test(paragraph) && !PART_HEADING.test(paragraph) && /[，。、]/u.test(paragraph);
}

/**
 * Rejoins paragraphs split by a page break. The extraction sometimes repeats
 * the last character of a page at the top of the next (`领域` / `域招引`);
 * that repeat is dropped.
 */
export function rejoinPageBreaks(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = out.at(-1);
    if (previous !== undefined && isBrokenProse(previous) && !NEW_PARAGRAPH.test(paragraph)) {
      const repeated = previous.at(-1) === paragraph[0] && previous.at(-2) !== previous.at(-1);
      out[out.length - 1] = previous + (repeated ? paragraph.slice(1) : paragraph);
    } else {
      out.push(paragraph);
    }
  }
  return out;
}

/** The report as paragraphs, one per line, with every extraction artefact undone. */
export function normaliseSource(raw: string): string {
  const cleaned = unifyRatioColons(
    unifyPunctuation(dropSpacesBesideChinese(joinSplitDecimals(dropBoldMarkers(raw.replace(/\r\n?/g, '\n'))))),
  );
  const paragraphs = cleaned
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return rejoinPageBreaks(paragraphs).join('\n');
}
