/**
 * The outline of a work report's normalised text: its title page (title,
 * occasion, speaker, date), its top-level headings and the years they name,
 * and where a glossary of terms begins. What a new report folder is made from.
 */

export interface Heading {
  /** The heading as the report writes it, numbering included (`一、…`, `I. …`). */
  text: string;
  /** Without its numbering. */
  title: string;
  /** Index of its paragraph in the text. */
  paragraph: number;
}

export interface Outline {
  /** The source's language: `zh` when it is written in Chinese characters, else `en`. */
  language: 'zh' | 'en';
  title: string;
  /** The line naming the meeting it was delivered at (`——2023年5月11日在…上`), without its dash. */
  occasion?: string | undefined;
  /** The line naming who delivered it. */
  speaker?: string | undefined;
  /** ISO date of delivery, where the title page gives one. */
  date?: string | undefined;
  headings: Heading[];
  /** The years the report is about: those its headings name, else those its title page names. */
  years: number[];
  /** The glossary's heading, where the text ends with one. */
  glossaryHeading?: string | undefined;
}

const CHINESE_NUMBER = '[一二三四五六七八九十]+';
/** `一、回顾2022年…`, `I. Review of 2024`, `1. …` is a list item, not a part. */
const TOP_HEADING = new RegExp(`^(?:${CHINESE_NUMBER}、|[IVX]+\\.\\s+)`, 'u');
/** A part's heading is a line, not a paragraph. */
const HEADING_MAX = 60;
const GLOSSARY = /词语注释|名词解释|名词注释|^notes on terms$|^glossary$/iu;
const OCCASION = /^(?:——|—|--)\s*/u;
const SPEAKER = /(?:县长|市长|区长|省长|主席|书记|\bmayor\b|\bhead of\b|\bgovernor\b)/iu;

/** A date in the text as ISO: `2023年5月11日`, `11 May 2023`, `May 11, 2023`. */
export function isoDate(text: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(text);
  if (zh) return `${zh[1]}-${pad(zh[2]!)}-${pad(zh[3]!)}`;
  const months = 'january february march april may june july august september october november december'.split(' ');
  const month = (name: string) => months.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
  const dayFirst = /(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})/u.exec(text);
  if (dayFirst && month(dayFirst[2]!) > 0)
    return `${dayFirst[3]}-${pad(String(month(dayFirst[2]!)))}-${pad(dayFirst[1]!)}`;
  const monthFirst = /([A-Za-z]{3,9})\s+(\d{1,2}),\s*(\d{4})/u.exec(text);
  if (monthFirst && month(monthFirst[1]!) > 0)
    return `${monthFirst[3]}-${pad(String(month(monthFirst[1]!)))}-${pad(monthFirst[2]!)}`;
  return undefined;
}

const yearsIn = (text: string) =>
  [...text.matchAll(/(?<!\d)(19\d\d|2\d\d\d)(?!\d)\s*(?:年|\b)/gu)].map((match) => Number(match[1]));

/** The outline of a normalised report text (one paragraph per line). */
export function outlineOf(normalised: string): Outline {
  const paragraphs = normalised.split('\n').filter((line) => line.trim().length > 0);
  const han = (normalised.match(/\p{Script=Han}/gu) ?? []).length;
  const language = han > normalised.replace(/\s/g, '').length * 0.3 ? 'zh' : 'en';

  const glossaryAt = paragraphs.findIndex((p) => GLOSSARY.test(p.trim()) && p.length <= HEADING_MAX);
  const body = glossaryAt >= 0 ? paragraphs.slice(0, glossaryAt) : paragraphs;
  const headings = body.flatMap((text, paragraph) =>
    TOP_HEADING.test(text) && text.length <= HEADING_MAX
      ? [{ text, title: text.replace(TOP_HEADING, '').trim(), paragraph }]
      : [],
  );

  const preamble = body.slice(0, headings[0]?.paragraph ?? Math.min(body.length, 8));
  const occasionAt = preamble.findIndex((p) => OCCASION.test(p));
  const occasion = occasionAt >= 0 ? preamble[occasionAt]!.replace(OCCASION, '').trim() : undefined;
  // The title is the line before the occasion, or the first that calls itself a report.
  const titleLine =
    (occasionAt > 0 ? preamble[occasionAt - 1] : undefined) ??
    preamble.find((p) => /报告|report/iu.test(p)) ??
    paragraphs[0] ??
    '';
  const speaker = preamble.slice(Math.max(0, occasionAt)).find((p) => SPEAKER.test(p) && p.length <= HEADING_MAX);
  const date = isoDate(occasion ?? preamble.join('\n'));

  const fromHeadings = headings.flatMap((h) => yearsIn(h.text));
  const fromPreamble = [...yearsIn(preamble.join('\n'))];
  const years = [...new Set(fromHeadings.length ? fromHeadings : fromPreamble)].sort((a, b) => a - b);

  return {
    language,
    title: titleLine.trim(),
    occasion,
    speaker: speaker?.trim(),
    date,
    headings,
    years,
    glossaryHeading: glossaryAt >= 0 ? paragraphs[glossaryAt]!.trim() : undefined,
  };
}
