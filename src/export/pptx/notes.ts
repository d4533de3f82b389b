import { keysOfBlock, type Slide } from '../../deck/spec.ts';
import { factText } from '../../render/text.ts';
import type { BlockNotes } from './blocks.ts';
import type { ExportContext } from './context.ts';
import { factsIn, plainText } from './text.ts';

/** Every text key a slide shows. */
function keysOf(s: Slide): string[] {
  return [s.kicker, s.title, s.subtitle, ...(s.blocks ?? []).flatMap(keysOfBlock)].filter((k): k is string =>
    Boolean(k),
  );
}

/**
 * The speaker notes of a slide in its language: the deck's notes, the data
 * of any chart placed as a picture, then each figure the slide shows with the
 * sentence of the report that states it.
 */
export function slideNotes(s: Slide, drawn: BlockNotes, x: ExportContext): string {
  const parts = [plainText(s.notes, x)];
  for (const { spec } of drawn.pictures) {
    parts.push(
      [
        x.words('export.notes.chart-data', { title: spec.title }),
        ...spec.table.map((row) => x.words('export.notes.row', row)),
      ].join('\n'),
    );
  }
  const facts = [...new Set([...keysOf(s).flatMap((key) => factsIn(key, x)), ...drawn.facts, ...factsIn(s.notes, x)])];
  if (facts.length) {
    const lines = facts.map((id) =>
      x.words('export.notes.figure-source', {
        figure: factText(id, x.deck, x.language),
        sentence: x.deck.payload.facts[id]!.sentence,
      }),
    );
    parts.push([x.words('export.notes.sources'), ...lines].join('\n'));
  }
  return parts.join('\n\n');
}
