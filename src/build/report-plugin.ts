import type { Plugin } from 'vite';
import { loadReport, type Report } from '../report/load.ts';
import { checkReport } from '../report/check.ts';
import { checkDeck } from '../deck/check.ts';
import type { DeckSpec } from '../deck/spec.ts';
import type { ReportFolder } from './report-folder.ts';
import { toPayload, type Payload } from '../deck/payload.ts';

const VIRTUAL = 'virtual:report';
const RESOLVED = `\0${VIRTUAL}`;
/** `loadLanguage(language)`: one language's text of the report, each a chunk of its own. */
const LANGUAGES = 'virtual:report/languages';
/** `virtual:report/language/<language>`: that language's text. */
const LANGUAGE = 'virtual:report/language/';

/**
 * Loads and validates the report and its composition; a broken file throws its DataError, its file
 * named relative to `root`, the composition as `compositionFile`.
 */
export function loadChecked(dataDir: string, deck: DeckSpec, root: string, compositionFile?: string): Report {
  const report = loadReport(dataDir, root);
  checkReport(report);
  checkDeck(deck, report, compositionFile);
  return report;
}

/** A report folder's report and composition, loaded and checked, its files named as the person typed them. */
export function loadFolder(folder: ReportFolder, deck: DeckSpec): Report {
  return loadChecked(folder.dataDir, deck, folder.cwd, folder.label(folder.composition));
}

/** The report of one build: loaded and validated the first time any plugin asks, then shared by all of them. */
export interface ReportSource {
  payload(): Payload;
  /** The report's folder, for the dev server to watch. */
  readonly dataDir: string;
}

export function reportSource(options: { folder: ReportFolder; deck: DeckSpec }): ReportSource {
  let payload: Payload | undefined;
  return {
    dataDir: options.folder.dataDir,
    payload: () => (payload ??= toPayload(loadFolder(options.folder, options.deck), options.deck)),
  };
}

/**
 * Serves the report to the browser as `virtual:report`, its text apart:
 * `loadLanguage` of `virtual:report/languages` imports one language's text,
 * each a chunk of its own, so a page loads the language it shows first and
 * the others after. It is checked at build start, so a broken data file fails
 * `vite build` before any bundling.
 */
export function reportPlugin(source: ReportSource): Plugin {
  return {
    name: 'deck-report',
    buildStart() {
      try {
        source.payload();
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    resolveId(id) {
      return id === VIRTUAL || id === LANGUAGES || id.startsWith(LANGUAGE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      this.addWatchFile(source.dataDir);
      const { resources, ...payload } = source.payload();
      if (id === RESOLVED) return asJson(payload);
      if (id === `\0${LANGUAGES}`) {
        const cases = payload.meta.languages.map(
          (language) =>
            `    case ${JSON.stringify(language)}: return (await import(${JSON.stringify(LANGUAGE + language)})).default;`,
        );
        return `export async function loadLanguage(language) {\n  switch (language) {\n${cases.join('\n')}\n    default: throw new Error('the report has no language ' + JSON.stringify(language));\n  }\n}\n`;
      }
      const language = id.slice(`\0${LANGUAGE}`.length);
      if (!resources[language]) this.error(`the report has no language "${language}"`);
      return asJson(resources[language]);
    },
  };
}

/**
 * Data as a module that parses it as JSON: a browser parses a JSON string
 * much faster than the same data as an object literal (the report and each
 * language are 60–110 kB), and JSON.parse is not eval (the page's CSP allows it).
 */
function asJson(data: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}
