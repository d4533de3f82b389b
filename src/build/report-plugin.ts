import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadReport, type Report } from '../report/load.ts';
import { checkAll } from '../report/check.ts';
import type { DeckSpec } from '../deck/spec.ts';
import { toPayload } from '../report/payload.ts';

const VIRTUAL = 'virtual:report';
const RESOLVED = `\0${VIRTUAL}`;

/** Loads and validates the report and its composition; a broken file stops the build with its message. */
export function loadChecked(dataDir: string, deck: DeckSpec, root: string): Report {
  const report = loadReport(dataDir, root);
  checkAll(deck, report);
  return report;
}

/**
 * Serves `data/` to the browser as `virtual:report`, validated. The check runs
 * at build start, so a broken data file fails `vite build` before any bundling.
 */
export function reportPlugin(options: { dataDir: string; deck: DeckSpec }): Plugin {
  let root = process.cwd();
  let report: Report | undefined;
  const load = () => (report = loadChecked(resolve(root, options.dataDir), options.deck, root));
  return {
    name: 'deck-report',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      try {
        load();
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const current = report ?? load();
      this.addWatchFile(resolve(root, options.dataDir));
      return `export default ${JSON.stringify(toPayload(current, options.deck))};`;
    },
  };
}
