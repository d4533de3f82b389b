// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { loadChecked } from '../build/report-plugin.ts';
import { toPayload } from '../deck/payload.ts';
import { slidesOf, type DeckSpec } from '../deck/spec.ts';
import { createI18n } from '../i18n/create.ts';
import { lookup } from '../report/resource.ts';
import { renderDeck } from '../render/slides.ts';
import { normaliseSource } from '../source/normalise.ts';
import { outlineOf } from '../source/outline.ts';
import { draftReport, untranslatedCount } from './index.ts';
import { scaffoldReport } from './scaffold.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = resolve(import.meta.dirname, '__fixtures__/hewan/source.zh.txt');
/** Folders made for a test, inside the project so that the test runner can import their composition. */
const SCRATCH = join(ROOT, '.cache');
mkdirSync(SCRATCH, { recursive: true });
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder as `npm run new` makes one: the text, and the scaffold of its outline (meta, an empty facts file, title and part slides). */
function freshFolder(): string {
  const dir = mkdtempSync(join(SCRATCH, 'draft-'));
  made.push(dir);
  cpSync(SOURCE, join(dir, 'source.zh.txt'));
  scaffoldReport({
    dir,
    outline: outlineOf(normaliseSource(readFileSync(SOURCE, 'utf8'))),
    languages: ['zh', 'en'],
    sourceName: 'source.zh.txt',
    engineTsconfig: relative(dir, join(ROOT, 'tsconfig.json')),
  });
  return dir;
}

/** The type errors of a folder's own files, checked with the project's compiler options (as `npm run typecheck -- --report`). */
function typeErrors(dir: string): string[] {
  const file = join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file).options;
  const program = ts.createProgram([join(dir, 'slides.ts')], { ...options, noEmit: true });
  return program
    .getSourceFiles()
    .filter((f) => f.fileName.startsWith(dir))
    .flatMap((f) => program.getSemanticDiagnostics(f))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

async function composition(file: string): Promise<DeckSpec> {
  return ((await import(/* @vite-ignore */ file)) as { deck: DeckSpec }).deck;
}

/** Every file of a folder with its content's hash, to tell whether a draft touched it. */
function snapshot(dir: string, under = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, under))) {
    const path = join(under, name);
    if (statSync(join(dir, path)).isDirectory()) Object.assign(out, snapshot(dir, path));
    else
      out[path] = createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex');
  }
  return out;
}

describe('draftReport', () => {
  it('fills a fresh folder so that it passes the build’s checks with no edit by hand', async () => {
    const dir = freshFolder();
    const result = draftReport({ dir, mode: 'fill', root: dir });
    expect(result.composition).toBe(true);
    expect(result.facts).toBeGreaterThan(30);
    expect(result.added).toBe(result.facts);

    const deck = await composition(join(dir, 'slides.ts'));
    const report = loadChecked(dir, deck, dir);
    expect(Object.keys(report.facts)).toHaveLength(result.facts);
    // The scaffold's title and part slides, as `new` wrote them, are kept.
    expect(lookup(report.resources['zh']!, 'deck.title')).toBe('政府工作报告');
    expect(slidesOf(deck)[0]).toMatchObject({ id: 'title', title: 'title.heading' });
    expect(slidesOf(deck).find((slide) => slide.id === 'part-2')).toMatchObject({ title: 'part-2.heading' });

    const ids = slidesOf(deck).map((slide) => slide.id);
    expect(ids).toEqual(
      expect.arrayContaining(['title', 'part-1', 'headline-2024', 'indicators-2024', 'structure-2024', 'targets-2025']),
    );
    const blocks = slidesOf(deck).flatMap((slide) => slide.blocks ?? []);
    const chart = (kind: string) => blocks.find((b) => b.kind === 'chart' && b.chart === kind);
    expect(chart('growth-ranks')).toMatchObject({
      facts: expect.arrayContaining(['gdp-growth-2024', 'industry-value-added-growth-2024']),
    });
    expect(chart('structure')).toMatchObject({
      facts: ['structure-primary-2024', 'structure-secondary-2024', 'structure-tertiary-2024'],
    });
    expect(chart('targets')).toMatchObject({
      facts: expect.arrayContaining(['gdp-growth-2025', 'revenue-growth-2025']),
    });
    const cards = blocks.flatMap((b) => (b.kind === 'figures' ? b.facts : []));
    expect(cards.length).toBeGreaterThan(0);
    expect(blocks.every((b) => b.kind !== 'figures' || b.facts.length <= 8)).toBe(true);
  });

  it('writes a composition that type-checks against the folder’s own keys and facts', () => {
    const dir = freshFolder();
    draftReport({ dir, mode: 'fill', root: dir });
    expect(typeErrors(dir)).toEqual([]);
    // A slide naming a fact the folder lacks does not type-check.
    const file = join(dir, 'slides.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"gdp-2024"', '"gdp-2042"'));
    expect(typeErrors(dir).join('\n')).toContain('gdp-2042');
  }, 60_000);

  it('shows the drafted figures in both languages, with the English the term base has', async () => {
    const dir = freshFolder();
    draftReport({ dir, mode: 'fill', root: dir });
    const deck = await composition(join(dir, 'slides.ts'));
    const payload = toPayload(loadChecked(dir, deck, dir), deck);
    const i18n = await createI18n(payload.resources, payload.meta.languages);
    const figure = async (language: string) => {
      await i18n.changeLanguage(language);
      const root = document.createElement('div');
      root.append(...renderDeck({ payload, i18n }));
      const item = root.querySelector('section#headline-2024 [data-fact="gdp-2024"]')!.closest('li')!;
      return item.textContent;
    };
    expect(await figure('zh')).toContain('156.8亿元');
    expect(await figure('zh')).toContain('地区生产总值');
    expect(await figure('en')).toContain('15.68 billion yuan');
    expect(await figure('en')).toContain('GDP');
  });

  it('marks what the term base cannot translate as the source language’s text, and counts it', async () => {
    const dir = freshFolder();
    const result = draftReport({ dir, mode: 'fill', root: dir });
    const report = loadChecked(dir, await composition(join(dir, 'slides.ts')), dir);
    const labels = Object.keys(report.facts).filter(
      (id) => lookup(report.resources['en']!, `facts.${id}`) === lookup(report.resources['zh']!, `facts.${id}`),
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toHaveLength(result.labels['en']!.total - result.labels['en']!.translated);
    expect(untranslatedCount(report)['en']).toBeGreaterThanOrEqual(labels.length);
    expect(lookup(report.resources['en']!, 'facts.gdp-2024')).toBe('GDP');
  });

  it('never overwrites curated data: a second fill adds nothing, a draft beside writes only DIR/draft/', async () => {
    const dir = freshFolder();
    draftReport({ dir, mode: 'fill', root: dir });
    const facts = join(dir, 'facts/draft.json');
    const curated = JSON.parse(readFileSync(facts, 'utf8'));
    curated.facts['gdp-2024'].quote = '全县地区生产总值完成156.8亿元';
    writeFileSync(facts, JSON.stringify(curated));
    const before = snapshot(dir);

    const again = draftReport({ dir, mode: 'fill', root: dir });
    expect(again).toMatchObject({ added: 0, composition: false });
    expect(again.kept).toBe(again.facts);
    expect(snapshot(dir)['facts/draft.json']).toBe(before['facts/draft.json']);
    expect(snapshot(dir)['slides.ts']).toBe(before['slides.ts']);

    const beside = draftReport({ dir, mode: 'beside', root: dir });
    const after = snapshot(dir);
    expect(
      Object.keys(after)
        .filter((file) => after[file] !== before[file])
        .every((file) => file.startsWith('draft/')),
    ).toBe(true);
    expect(beside.files.every((file) => file.startsWith(join(dir, 'draft')))).toBe(true);
    const draftDir = join(dir, 'draft');
    expect(() => loadChecked(draftDir, deckOf(draftDir), draftDir)).not.toThrow();
  });

  it('names a folder it cannot draft, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    made.push(dir);
    expect(() => draftReport({ dir, mode: 'fill', root: dir })).toThrow(/^meta\.json: the report's meta\.json/);
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ languages: ['en', 'zh'], years: [2024], source: 'a.txt' }));
    writeFileSync(join(dir, 'a.txt'), 'In 2024 the economy grew by 5%.');
    expect(() => draftReport({ dir, mode: 'fill', root: dir })).toThrow(
      'meta.json: languages[0]: a source language the draft reads (zh; this report\'s is "en")',
    );
  });
});

/** The beside draft's composition, read as the build reads JSON: its `deck` literal. */
function deckOf(dir: string): DeckSpec {
  const text = readFileSync(join(dir, 'slides.ts'), 'utf8');
  return JSON.parse(text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';'))) as DeckSpec;
}
