import type { Payload } from '../deck/payload.ts';
import type { Resource } from '../report/schema.ts';
import { flattenKeys, lookup } from '../report/resource.ts';
import { slidesOf } from '../deck/spec.ts';

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
/** Printable ASCII and the typographic marks English text uses, always in the font. */
const ALWAYS = `${PRINTABLE_ASCII}“”‘’–—…·×μ³²°`;
/**
 * What a first screen's face holds beside its text: every printable ASCII character (English text
 * then needs no other face), and the marks a list, a counter or a cut-off line sets from the stylesheet.
 */
const FIRST_SCREEN_ALWAYS = `${PRINTABLE_ASCII}•…`;

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
    const boldKeys = [
      payload.deck.title,
      ...slidesOf(payload.deck).flatMap((slide) => (slide.title ? [slide.title] : [])),
      ...Object.keys(payload.glossary).map((term) => `glossary.${term}.term`),
    ];
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

type Glyphs = ReturnType<typeof deckGlyphs>;

/**
 * The deck's characters in two faces per weight: a first screen's alone (`first`; in bold, those the
 * deck sets in bold), the only face the first paint waits for; and every other character (`rest`).
 * The page names both, and each character is set from the first face that has it.
 */
export function firstScreenGlyphs(glyphs: Glyphs, firstScreenText: string): { first: Glyphs; rest: Glyphs } {
  const shown = [...new Set(`${firstScreenText}${FIRST_SCREEN_ALWAYS}`)];
  const firstOf = (weight?: string) =>
    shown
      .filter(
        (character) => weight === undefined || weight.includes(character) || FIRST_SCREEN_ALWAYS.includes(character),
      )
      .join('');
  const first = { regular: firstOf(), bold: firstOf(glyphs.bold) };
  const besides = (all: string, covered: string) =>
    [...all].filter((character) => !covered.includes(character)).join('');
  return { first, rest: { regular: besides(glyphs.regular, first.regular), bold: besides(glyphs.bold, first.bold) } };
}
