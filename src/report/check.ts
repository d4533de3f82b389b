import { DataError } from './errors.ts';
import type { Report } from './load.ts';
import { flattenKeys } from './resource.ts';
import { describeNearMiss, nearMiss } from './nearest.ts';

/** `292.1` occurs in `…完成292.1亿元…` but `3` does not occur in `13`. */
export function quoteStatesValue(quote: string, value: number): boolean {
  const digits = String(value).replace(/^-/, '');
  return new RegExp(`(?<![\\d.])${digits.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(quote);
}

/** Every fact quotes the source verbatim, and its quote states its value. */
export function checkQuotes(report: Report): void {
  for (const [id, fact] of Object.entries(report.facts)) {
    const file = report.factFiles[id] ?? `${report.dir}/facts`;
    if (!report.source.includes(fact.quote)) {
      throw new DataError(
        file,
        `facts.${id}.quote`,
        `a verbatim passage of the normalised source text; ${describeNearMiss(nearMiss(report.source, fact.quote))}`,
      );
    }
    if (!quoteStatesValue(fact.quote, fact.value)) {
      throw new DataError(
        file,
        `facts.${id}.value`,
        `a figure the quote states (${fact.value} is not in "${fact.quote}")`,
      );
    }
  }
}

/** Every language has exactly the keys of the first. */
export function checkKeyParity(report: Report): void {
  const [first, ...others] = report.meta.languages;
  const reference = new Set(flattenKeys(report.resources[first!]!));
  for (const language of others) {
    const keys = new Set(flattenKeys(report.resources[language]!));
    const missing = [...reference].find((k) => !keys.has(k));
    if (missing)
      throw new DataError(`${report.dir}/locales/${language}`, missing, `a translation of the "${first}" key`);
    const extra = [...keys].find((k) => !reference.has(k));
    if (extra)
      throw new DataError(
        `${report.dir}/locales/${first}`,
        extra,
        `a key for the "${language}" translation that exists`,
      );
  }
}

/** A rank names a measure of the report: the rate it ranks. */
export function checkRankLinks(report: Report): void {
  const measures = new Set(Object.values(report.facts).flatMap((fact) => (fact.measure ? [fact.measure] : [])));
  for (const [id, fact] of Object.entries(report.facts)) {
    if (fact.ranks !== undefined && !measures.has(fact.ranks)) {
      throw new DataError(
        report.factFiles[id] ?? `${report.dir}/facts`,
        `facts.${id}.ranks`,
        `the measure of another fact ("${fact.ranks}" is none)`,
      );
    }
  }
}

/** The checks that need the whole report rather than one file. */
export function checkReport(report: Report): void {
  checkQuotes(report);
  checkKeyParity(report);
  checkRankLinks(report);
}
