/**
 * `npm run bench:draft`: the draft of this project's report, measured against
 * its hand-made data. Prints recall (hand-made facts found with the same value,
 * unit and kind, quoting the figure), precision (drafted facts that are real
 * figures), English coverage (drafted measures the term base labels, with the
 * whole base and with its standard terms alone) and the time to draft the report.
 */
import { mkdtempSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadReport } from '../src/report/load.ts';
import { draftReport, draftText } from '../src/draft/index.ts';
import { compare, precision } from '../src/draft/recall.ts';
import { loadTermBase, TERMS_DIR } from '../src/draft/terms.ts';
import { median, round } from './support/stats.ts';

const root = resolve(import.meta.dirname, '..');
const report = loadReport(resolve(root, 'data'), root);
const raw = readFileSync(resolve(root, 'data', report.meta.source), 'utf8');
const pct = (part: number, whole: number) => `${part}/${whole} (${round((part / whole) * 100)} %)`;

const cold = performance.now();
const draft = draftText(raw, report.meta);
const coldMs = performance.now() - cold;

const comparison = compare(report.facts, draft.extraction.facts, report.source);
const found = comparison.filter((c) => c.found).length;
console.log(`recall: ${pct(found, comparison.length)} of the hand-made facts in data/facts`);
for (const miss of comparison.filter((c) => !c.found)) console.log(`  missed ${miss.id}: ${miss.why}`);

const { real, unjudged } = precision(report.facts, draft.extraction.facts, report.source);
console.log(
  `precision: ${pct(real.length, draft.extraction.facts.length)} drafted facts stand at a figure a hand-made fact states`,
);
for (const d of unjudged) console.log(`  to judge: ${d.id} "${d.fact.quote}"`);
const skipped = draft.counts.notFigures;
console.log(
  `  numbers left out as not figures: ${Object.entries(skipped)
    .map(([why, n]) => `${why} ${n}`)
    .join(', ')}`,
);

/** Distinct measures with an English label from the term base. */
function coverage(only?: string[]): string {
  const terms = loadTermBase(TERMS_DIR, only);
  const facts = draftText(raw, report.meta, terms).extraction.facts;
  const measures = new Map<string, boolean>();
  for (const f of facts)
    measures.set(f.fact.measure!, (measures.get(f.fact.measure!) ?? false) || f.labels.translated['en'] === true);
  const labels = facts.filter((f) => f.labels.translated['en']).length;
  return `measures ${pct([...measures.values()].filter(Boolean).length, measures.size)}, fact labels ${pct(labels, facts.length)}`;
}
console.log(`English from the term base, whole base: ${coverage()}`);
console.log(`  standard terms only (standard.json, none learned from this report): ${coverage(['standard.json'])}`);

const warm = Array.from({ length: 7 }, () => {
  const t = performance.now();
  draftText(raw, report.meta);
  return performance.now() - t;
});
const scratch = mkdtempSync(join(tmpdir(), 'bench-draft-'));
try {
  for (const file of ['meta.json', 'glossary.json', report.meta.source])
    cpSync(resolve(root, 'data', file), join(scratch, file));
  const written = draftReport({ dir: scratch, mode: 'beside', root: scratch });
  console.log(
    `time: ${round(coldMs)} ms the first draft in this process (term base and pinyin loaded), ${round(median(warm))} ms median of 7 after; ` +
      `${round(written.ms)} ms reading, drafting and writing the folder`,
  );
  console.log(`draft: ${draft.counts.facts} facts, ${draft.counts.slides} slides`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
