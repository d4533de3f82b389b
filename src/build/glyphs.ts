import type { Payload } from '../deck/payload.ts';
import type { Resource } from '../report/schema.ts';
import { flattenKeys, lookup } from '../report/resource.ts';
import { slidesOf } from '../deck/spec.ts';

/** Printable ASCII and the typographic marks English text uses, always in the font. */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}“”‘’–—…·×μ³²°`;

function allStrings(resource: Resource): string[] {
  return flattenKeys(resource).map((key) => lookup(resource, key)!);
}

/**
 * The characters the deck sets in each weight. Regular: every text. Bold: headings, glossary terms,
 * and every word of the engine (chart value labels such as "100万吨大关", ranks, units, the source
 * dialog's headings are set in bold from these words and the figures they format).
 */
export function deckGlyphs(payload: Payload, engine: Record<string, Resource>): { regular: string; bold: string } {
  const regular = new Set<string>(ALWAYS);
  const bold = new Set<string>(ALWAYS);
  const add = (set: Set<string>, text: string) => {
    for (const ch of text) set.add(ch);
  };
  for (const language of payload.meta.languages) {
    const report = payload.resources[language]!;
    const words = engine[language] ?? {};
    for (const text of [...allStrings(report), ...allStrings(words)]) add(regular, text);
    const boldKeys = [payload.deck.title, ...slidesOf(payload.deck).flatMap((slide) => (slide.title ? [slide.title] : [])), ...Object.keys(payload.glossary).map((term) => `glossary.${term}.term`)];
    for (const key of boldKeys) add(bold, lookup(report, key) ?? '');
    for (const text of allStrings(words)) add(bold, text);
  }
  for (const fact of Object.values(payload.facts)) {
    add(regular, fact.sentence + (fact.counter ?? ''));
    add(bold, fact.counter ?? '');
  }
  const sorted = (set: Set<string>) => [...set].sort().join('');
  return { regular: sorted(regular), bold: sorted(bold) };
}
