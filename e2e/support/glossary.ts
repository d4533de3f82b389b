import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A glossary term's name and explanation in one language, as the report's data gives them. */
export function glossaryEntry(language: string, id: string): { term: string; explanation: string } {
  const file = resolve(import.meta.dirname, `../../data/locales/${language}/glossary.json`);
  const { glossary } = JSON.parse(readFileSync(file, 'utf8')) as {
    glossary: Record<string, { term: string; explanation: string }>;
  };
  const entry = glossary[id];
  if (!entry) throw new Error(`${file}: glossary.${id}: no such term`);
  return entry;
}
