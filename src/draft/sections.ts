/**
 * The report's outline, read from its normalised text: the front matter (title,
 * occasion), its parts (一、二、三、), each part's sections ((一)(二)…, or the
 * paragraphs a "以下N个方面" line announces), the glossary cut off. Each part
 * knows the year it speaks of and whether it plans that year or reviews it.
 */

export interface Paragraph {
  text: string;
  /** Offset of its first character in the normalised source. */
  at: number;
}

export interface Section {
  /** The section's heading as the source writes it: a sub-heading, or the part's heading for its opening paragraphs. */
  heading: string;
  /** Offset of the heading text in the normalised source. */
  headingAt: number;
  paragraphs: Paragraph[];
}

export interface Part {
  /** 1, 2, 3 … in the order of the text. */
  number: number;
  heading: string;
  headingAt: number;
  year: number;
  /** A part about the year ahead: its figures are targets. */
  plan: boolean;
  sections: Section[];
}

export interface Outline {
  front: Paragraph[];
  parts: Part[];
}

const PART = /^[一二三四五六七八九十]+、/u;
const SUBSECTION = /^[（(][一二三四五六七八九十]+[）)]/u;
const ANNOUNCED = /以下([一二三四五六七八九十]+)个方面/u;
const NUMERALS = '一二三四五六七八九十';

function numeral(text: string): number {
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + NUMERALS.indexOf(text[1]!) + 1;
  return NUMERALS.indexOf(text[0]!) + 1;
}

/** The paragraph's first sentence, without its full stop: a section's heading as reports write it inline. */
export function firstSentence(text: string): string {
  const stop = text.search(/[。！？]/u);
  return stop < 0 ? text : text.slice(0, stop);
}

/** A line that opens a glossary: the meta's heading, or a line that names notes on terms. */
function isGlossaryStart(line: string, glossaryHeading: string | undefined): boolean {
  if (glossaryHeading !== undefined) return line.trim() === glossaryHeading.trim();
  return /^《?[^，。]{0,16}》?(?:有关)?(?:词语|名词)(?:注释|解释)$/u.test(line.trim());
}

export function paragraphsOf(source: string, glossaryHeading?: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of source.split('\n')) {
    if (isGlossaryStart(line, glossaryHeading)) break;
    if (line.trim()) out.push({ text: line, at });
    at += line.length + 1;
  }
  return out;
}

function yearOf(heading: string, years: readonly number[]): number | undefined {
  for (const match of heading.matchAll(/(?:19|20)\d\d/gu))
    if (years.includes(Number(match[0]))) return Number(match[0]);
  return undefined;
}

export function outline(source: string, years: readonly number[], glossaryHeading?: string): Outline {
  const paragraphs = paragraphsOf(source, glossaryHeading);
  const first = paragraphs.findIndex((p) => PART.test(p.text));
  const planYear = Math.max(...years);
  const isPlan = (year: number) => years.length > 1 && year === planYear;
  if (first < 0) {
    const year = years[0]!;
    const sections = [{ heading: '', headingAt: 0, paragraphs }];
    return { front: [], parts: [{ number: 1, heading: '', headingAt: 0, year, plan: isPlan(year), sections }] };
  }
  const parts: Part[] = [];
  let announced = 0;
  for (const paragraph of paragraphs.slice(first)) {
    if (PART.test(paragraph.text)) {
      const year = yearOf(paragraph.text, years) ?? parts.at(-1)?.year ?? years[0]!;
      parts.push({
        number: parts.length + 1,
        heading: paragraph.text,
        headingAt: paragraph.at,
        year,
        plan: isPlan(year),
        sections: [{ heading: paragraph.text, headingAt: paragraph.at, paragraphs: [] }],
      });
      announced = 0;
      continue;
    }
    const part = parts.at(-1)!;
    if (SUBSECTION.test(paragraph.text) || announced > 0) {
      announced = Math.max(0, announced - 1);
      part.sections.push({ heading: firstSentence(paragraph.text), headingAt: paragraph.at, paragraphs: [paragraph] });
      continue;
    }
    part.sections.at(-1)!.paragraphs.push(paragraph);
    const count = ANNOUNCED.exec(paragraph.text)?.[1];
    if (count && paragraph.text.endsWith('：')) announced = numeral(count);
  }
  return { front: paragraphs.slice(0, first), parts };
}
