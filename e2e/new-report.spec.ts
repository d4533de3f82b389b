import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, DECK } from './support/deck.ts';
import { root, script, serveBuilt } from './support/commands.ts';

/** A short report written for this test: a title page, three parts, a glossary. */
const SOURCE = `北岭县十八届人大一次会议文件

政府工作报告

——2026年1月20日在北岭县第十八届人民代表大会第一次会议上
北岭县人民政府县长 陈立

各位代表：
现在，我代表县人民政府向大会报告工作。

一、2025年工作回顾
全县生产总值完成156.2亿元，同比增长5.9%。新建农村公路64公里。

二、2026年工作安排
全县生产总值增长6%左右。

三、加强政府自身建设
各位代表，让我们共同奋斗！

有关词语注释
1.“一带”：沿河产业带。
`;

test.describe('a new report from its text', () => {
  let dir = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'deck-new-'));
  });
  test.afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('should make a folder that builds at once, with a title slide and a slide per part, in both languages', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    writeFileSync(join(dir, 'report.txt'), SOURCE);
    const made = await script('new', [join(dir, 'beiling'), '--source', join(dir, 'report.txt')]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Made .*beiling: a title slide and 3 part slides, years 2025, 2026/m);
    expect(made.stdout).toMatch(/^ {2}figures: 4$/m);
    const meta = JSON.parse(readFileSync(join(dir, 'beiling', 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ languages: ['zh', 'en'], years: [2025, 2026], date: '2026-01-20' });

    const built = await script('deck', ['build', '--report', join(dir, 'beiling'), '--out', join(dir, 'dist')]);
    expect(built.code, built.stderr).toBe(0);
    const { url, server } = await serveBuilt(join(dir, 'dist'));
    // The drafted figures, as each language writes them.
    const figures = {
      zh: ['156.2亿元', '5.9%', '64公里', '6%左右'],
      en: ['15.62 billion yuan', '5.9 percent', '64 kilometers', 'around 6 percent'],
    };
    try {
      for (const mode of ['zh', 'en'] as const) {
        await page.goto(`${url}?lang=${mode}`);
        await expect(page.locator(DECK)).toBeAttached();
        await expect(page.locator('section#title h1')).toHaveText('政府工作报告');
        const parts = await page.locator('#part-1, #part-2, #part-3').locator('h2').allTextContents();
        expect(parts).toEqual(['2025年工作回顾', '2026年工作安排', '加强政府自身建设']);
        const shown = (await page.locator('.reveal .slides [data-fact]').allTextContents()).join(' ');
        for (const figure of figures[mode]) expect(shown, mode).toContain(figure);
      }
    } finally {
      await server.close();
    }
  });

  test('should refuse a folder that is not empty, and write nothing', async () => {
    const taken = join(dir, 'taken');
    cpSync(join(root, 'src/report/__fixtures__/riverbend'), taken, { recursive: true });
    writeFileSync(join(dir, 'report.txt'), SOURCE);
    const result = await script('new', [taken, '--source', join(dir, 'report.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^new: .*taken exists and is not empty: name a new folder \(nothing was written\)$/,
    );
  });
});

test.describe('errors in a report folder', () => {
  let dir = '';
  /** A copy of the second report, broken by `edit`. */
  const broken = (name: string, edit: (folder: string) => void) => {
    const folder = join(dir, name);
    cpSync(join(root, 'src/report/__fixtures__/riverbend'), folder, { recursive: true });
    edit(folder);
    return folder;
  };
  const rewrite = (file: string, change: (text: string) => string) =>
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  /** check:data on a folder: its exit code and the lines it printed to stderr. */
  const check = async (folder: string) => {
    const result = await script('check-data', ['--report', folder]);
    return { code: result.code, stdout: result.stdout, errors: result.stderr.trim().split('\n').filter(Boolean) };
  };

  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'deck-broken-report-'));
  });
  test.afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('should name the closest passage and the look-alike character of a quote not in the source', async () => {
    const folder = broken('quote', (f) =>
      rewrite(join(f, 'facts/riverbend.json'), (t) => t.replace('"economy grew by 6.1%"', '"economy grew by 6.1％"')),
    );
    const { code, errors } = await check(folder);
    expect(code).toBe(1);
    expect(errors).toEqual([
      expect.stringMatching(
        /^check:data: .*quote\/facts\/riverbend\.json: facts\.gdp-growth-2024\.quote: a verbatim passage of the normalised source text; closest passage "economy grew by 6\.1%"; character 20 is "％" \(U\+FF05\) where the source has "%" \(U\+0025\)$/,
      ),
    ]);
  });

  test("should name the composition's file and the slide's id for a fact it does not have", async () => {
    const folder = broken('composition', (f) =>
      rewrite(join(f, 'slides.ts'), (t) => t.replace("facts: ['gdp-growth-2025']", "facts: ['gdp-growht-2025']")),
    );
    const { code, errors } = await check(folder);
    expect(code).toBe(1);
    expect(errors).toEqual([
      expect.stringMatching(
        /^check:data: .*composition\/slides\.ts: slide "targets", blocks\[0\]\.facts\[0\]: a fact id of the report's facts\/ \("gdp-growht-2025" is none; did you mean "gdp-growth-2025"\?\)$/,
      ),
    ]);
    // The build stops with the same one line, before Vite starts.
    const build = await script('deck', ['build', '--report', folder, '--out', join(dir, 'never')]);
    expect(build.code).toBe(1);
    expect(build.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^build: .*slide "targets"/)]);
    expect(build.stderr).not.toMatch(/failed to load config|\bat \w+ \(/);
  });

  test('should say what a missing file is for and the smallest valid content', async () => {
    const [meta, locale, source] = await Promise.all([
      check(broken('no-meta', (f) => rmSync(join(f, 'meta.json')))),
      check(broken('no-locale', (f) => rmSync(join(f, 'locales/zh'), { recursive: true }))),
      check(broken('no-source', (f) => rmSync(join(f, 'source.en.txt')))),
    ]);
    expect(meta.errors).toEqual([
      expect.stringMatching(
        /no-meta\/meta\.json: the report's meta\.json, naming its languages, years and source text; the smallest is \{"languages"/,
      ),
    ]);
    expect(locale.errors).toEqual([
      expect.stringMatching(
        /no-locale\/locales\/zh: the report's text in "zh": one JSON file or more in locales\/zh\/; the smallest is/,
      ),
    ]);
    expect(source.errors).toEqual([
      expect.stringMatching(
        /no-source\/meta\.json: source: the report's text as delivered, which every fact's quote is checked against \(.*source\.en\.txt not found\)$/,
      ),
    ]);
    for (const result of [meta, locale, source]) expect(result.code).toBe(1);
  });

  test('should take a report without a glossary or a date, and count what is left to translate', async () => {
    test.setTimeout(60_000);
    const folder = broken('plain', (f) => {
      rmSync(join(f, 'glossary.json'));
      rewrite(join(f, 'meta.json'), (t) => {
        const { glossaryHeading: _heading, date: _date, ...meta } = JSON.parse(t);
        return JSON.stringify(meta);
      });
      rewrite(join(f, 'slides.ts'), (t) => t.replace("        { kind: 'glossary', terms: ['green-valley'] },\n", ''));
      // One text of the Chinese translation left in the source's English.
      rewrite(join(f, 'locales/zh/report.json'), (t) => t.replace('"一年回顾"', '"Review of the year"'));
    });
    const { code, stdout, errors } = await check(folder);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^zh: 22 of 23 texts translated; 0 missing, 1 still the same as en$/m);
    expect(stdout).toMatch(/plain ok: 5 facts, 0 glossary terms, 5 slides$/m);
  });
});
