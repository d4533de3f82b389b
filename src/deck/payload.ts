import type { Meta, Resource } from '../report/schema.ts';
import type { Report } from '../report/load.ts';
import { sourcedFacts, type SourcedFact } from '../report/payload.ts';
import type { DeckSpec } from './spec.ts';
import { lookup } from '../report/resource.ts';

/** What the browser receives: the validated report, trimmed to what a slide can show, and its composition. */
export interface Payload {
  meta: Meta;
  facts: Record<string, SourcedFact>;
  glossary: Report['glossary'];
  resources: Record<string, Resource>;
  deck: DeckSpec;
}

export function toPayload(report: Report, deck: DeckSpec): Payload {
  return {
    meta: report.meta,
    facts: sourcedFacts(report),
    glossary: report.glossary,
    resources: report.resources,
    deck,
  };
}

/** A text of the report in one of its languages (the first unless named); empty where the key has none. */
export function reportText(payload: Payload, key: string, language = payload.meta.languages[0]!): string {
  return lookup(payload.resources[language] ?? {}, key) ?? '';
}
