import type { Report } from '../report/load.ts';
import { translationState } from '../report/translation.ts';

/**
 * How many texts of each language other than the source's are still the source
 * language's text: the draft writes a label the term base cannot translate that
 * way. The count `check:data` prints (`translationState`), by language.
 */
export function untranslatedCount(report: Pick<Report, 'meta' | 'resources'>): Record<string, number> {
  return Object.fromEntries(translationState(report).map((state) => [state.language, state.untranslated]));
}
