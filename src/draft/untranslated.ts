import type { Report } from '../report/load.ts';
import { flattenKeys, lookup } from '../report/resource.ts';

/** Words in a text, once its `[[fact]]` tokens are left out: digits and punctuation alone need no translation. */
function hasWords(text: string): boolean {
  return /[\p{L}]/u.test(text.replace(/\[\[[a-z0-9-]+\]\]/gu, ''));
}

/**
 * The texts of each language other than the source's that are still the source
 * language's text (the draft writes a text it cannot translate that way), by key.
 */
export function untranslatedKeys(report: Pick<Report, 'meta' | 'resources'>): Record<string, string[]> {
  const [source, ...others] = report.meta.languages;
  const original = report.resources[source!] ?? {};
  return Object.fromEntries(
    others.map((language) => {
      const resource = report.resources[language] ?? {};
      const same = flattenKeys(resource).filter((key) => {
        const text = lookup(resource, key)!;
        return hasWords(text) && text === lookup(original, key);
      });
      return [language, same];
    }),
  );
}

/** How many texts of each language other than the source's are untranslated: what `check:data` reports. */
export function untranslatedCount(report: Pick<Report, 'meta' | 'resources'>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(untranslatedKeys(report)).map(([language, keys]) => [language, keys.length]),
  );
}
