import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Outline } from '../source/outline.ts';

/** A new report folder's first files, made from its text's outline: enough to build a deck at once. */
export interface Scaffold {
  dir: string;
  outline: Outline;
  /** The report's languages, the source's first. */
  languages: string[];
  /** The source text's file name in the folder. */
  sourceName: string;
  /** The project's tsconfig.json, relative to the folder. */
  engineTsconfig: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Slide ids of the parts, in order: `part-1`, `part-2`, … */
export const partId = (index: number) => `part-${index + 1}`;

/**
 * The text of the title slide and of a slide per part, in the source's words: every key in every
 * language (a language not yet translated reads as the source, which check:data counts).
 */
function deckText(outline: Outline): Record<string, unknown> {
  const title = outline.title;
  const occasion = outline.occasion ?? '';
  const parts = Object.fromEntries(
    outline.headings.map((heading, i) => [partId(i), { kicker: title, heading: heading.title, notes: heading.text }]),
  );
  return {
    deck: { title, description: [title, occasion].filter(Boolean).join(' · ') },
    title: {
      kicker: occasion || title,
      heading: title,
      subtitle: outline.speaker ?? outline.date ?? '',
      notes: [title, occasion, outline.speaker].filter(Boolean).join('\n'),
    },
    ...parts,
  };
}

function composition(outline: Outline, sourceLanguage: string): string {
  const parts = outline.headings.map((_, i) => {
    const id = partId(i);
    return `    { id: '${id}', layout: 'section', kicker: '${id}.kicker', title: '${id}.heading', notes: '${id}.notes' },`;
  });
  return `import type { ReportDeck } from 'report-deck';
import type text from './locales/${sourceLanguage}/deck.json';
import type facts from './facts/report.json';

/** The deck: which slides show which text and facts, in order. */
export const deck: ReportDeck<typeof text, typeof facts> = {
  title: 'deck.title',
  description: 'deck.description',
  entries: [
    {
      id: 'title',
      layout: 'title',
      kicker: 'title.kicker',
      title: 'title.heading',
      subtitle: 'title.subtitle',
      notes: 'title.notes',
    },
${parts.join('\n')}
  ],
};
`;
}

/** Writes a new report's meta.json, an empty facts file, its text in every language, its composition and a tsconfig. */
export function scaffoldReport(scaffold: Scaffold): { summary: string } {
  const { dir, outline, languages } = scaffold;
  if (outline.years.length === 0)
    throw new Error('the text names no year in its parts or title page: add "years" to meta.json by hand');
  const meta = {
    languages,
    years: outline.years,
    source: scaffold.sourceName,
    ...(outline.date ? { date: outline.date } : {}),
    ...(outline.glossaryHeading ? { glossaryHeading: outline.glossaryHeading } : {}),
  };
  writeFileSync(join(dir, 'meta.json'), json(meta));
  mkdirSync(join(dir, 'facts'), { recursive: true });
  writeFileSync(join(dir, 'facts', 'report.json'), json({ facts: {} }));
  const text = deckText(outline);
  for (const language of languages) {
    mkdirSync(join(dir, 'locales', language), { recursive: true });
    writeFileSync(join(dir, 'locales', language, 'deck.json'), json(text));
  }
  writeFileSync(join(dir, 'slides.ts'), composition(outline, languages[0]!));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    json({ extends: scaffold.engineTsconfig, include: ['./**/*.ts', './**/*.json'] }),
  );
  return { summary: `a title slide and ${outline.headings.length} part slides, years ${outline.years.join(', ')}` };
}
