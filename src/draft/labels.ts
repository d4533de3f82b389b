import type { Phrases, Term } from './terms.ts';
import type { BaseKind } from './measure.ts';

/** What a label is made of: the measure, the kind of figure, and the words the text used for it. */
export interface LabelParts {
  /** The measure's phrase in the source language; empty when the text names none near the figure. */
  phrase: string;
  /** The label when the phrase is empty: the figure's quote. */
  fallback: string;
  term?: Term;
  base: BaseKind;
  verb?: string;
  /** A rank's area as written (全市), and the labels of the figure it ranks. */
  area?: string;
  ranked?: Labels;
  part?: { index: number; count: number };
}

/** A label per language, and whether each came from the term base (the source language's always does). */
export interface Labels {
  text: Record<string, string>;
  translated: Record<string, boolean>;
}

/** "Fixed-asset investment" → "fixed-asset investment" inside a sentence; GDP, R&D and a quoted name stay as they are. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Fills `{{name}}`, and `{{name_lc}}` with the value's first letter in lower case. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+?)(_lc)?\}\}/gu, (_, name: string, lc?: string) =>
    lc ? lowerFirst(values[name] ?? '') : (values[name] ?? ''),
  );
}

/** The label in one language, or undefined where the term base cannot say it in that language. */
function labelIn(language: string, source: string, parts: LabelParts, phrases: Phrases): string | undefined {
  const isSource = language === source;
  const { term, base } = parts;
  const measure = isSource ? parts.phrase : term?.labels[language];
  const template = (kind: keyof Phrases['kinds']) => phrases.kinds[kind][language];
  if (base === 'part') {
    const named = term?.parts?.[parts.part!.index]?.labels[language];
    if (named) return named;
    const partTemplate = template('part');
    return measure && partTemplate ? fill(partTemplate, { measure, n: String(parts.part!.index + 1) }) : undefined;
  }
  if (base === 'rank') {
    const ranked = parts.ranked?.translated[language] ? parts.ranked.text[language] : isSource ? parts.phrase : measure;
    const area = parts.area
      ? isSource
        ? parts.area
        : phrases.areas[parts.area]?.[language]
      : isSource
        ? ''
        : undefined;
    const rankTemplate = template('rank');
    return ranked && area !== undefined && rankTemplate ? fill(rankTemplate, { measure: ranked, area }) : undefined;
  }
  if (measure === undefined || measure === '') return undefined;
  if (base === 'growth') {
    const named = isSource ? undefined : term?.growth?.[language];
    return named ?? (template('growth') && fill(template('growth')!, { measure }));
  }
  if (base === 'change') {
    const verb = parts.verb ? (isSource ? parts.verb : phrases.verbs[parts.verb]?.[language]) : '';
    const changeTemplate = template('change');
    return verb !== undefined && changeTemplate ? fill(changeTemplate, { measure, verb }) : undefined;
  }
  return measure;
}

/**
 * Labels a fact in every language of the report: the source language's from the
 * text's own phrase, the others from the term base; where the base has no
 * translation the source language's text stands in, marked untranslated.
 */
export function labelsOf(parts: LabelParts, languages: readonly string[], phrases: Phrases): Labels {
  const source = languages[0]!;
  if (!parts.phrase && !parts.term && parts.base !== 'rank' && parts.base !== 'part') {
    const text = Object.fromEntries(languages.map((language) => [language, parts.fallback]));
    return { text, translated: Object.fromEntries(languages.map((language, i) => [language, i === 0])) };
  }
  const own = labelIn(source, source, parts, phrases) || parts.phrase || parts.fallback;
  const text: Record<string, string> = { [source]: own };
  const translated: Record<string, boolean> = { [source]: true };
  for (const language of languages.slice(1)) {
    const label = labelIn(language, source, parts, phrases);
    text[language] = label ?? own;
    translated[language] = label !== undefined;
  }
  return { text, translated };
}
