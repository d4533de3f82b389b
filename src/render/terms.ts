import type { GlossaryEntry } from '../report/schema.ts';

type Glossary = Record<string, GlossaryEntry>;

export type TermSegment = { text: string } | { text: string; term: string };

const matchers = new WeakMap<Glossary, Map<string, RegExp | undefined>>();

/**
 * A matcher for one language's glossary forms, longest first, so 三保障 is not
 * read as 三保; whatever their case, so a term may open a sentence. Built once per language.
 */
export function termMatcher(glossary: Glossary, language: string): RegExp | undefined {
  const cache = matchers.get(glossary) ?? new Map<string, RegExp | undefined>();
  matchers.set(glossary, cache);
  if (!cache.has(language)) cache.set(language, buildMatcher(glossary, language));
  return cache.get(language);
}

function buildMatcher(glossary: Glossary, language: string): RegExp | undefined {
  const forms = Object.entries(glossary)
    .flatMap(([id, entry]) => (entry.match[language] ?? []).map((form) => ({ id, form })))
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return undefined;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(forms.map((f) => `(${escape(f.form)})`).join('|'), 'giu');
}

/** Splits text into plain runs and glossary terms, naming each term's id. */
export function markTerms(text: string, glossary: Glossary, language: string): TermSegment[] {
  const matcher = termMatcher(glossary, language);
  if (!matcher) return [{ text }];
  const ids = Object.entries(glossary).flatMap(([id, entry]) =>
    (entry.match[language] ?? []).map((form) => ({ id, form })),
  );
  const idOf = (found: string) => ids.find((f) => f.form.toLowerCase() === found.toLowerCase())!.id;
  const out: TermSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    out.push({ text: match[0], term: idOf(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
