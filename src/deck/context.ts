import type { i18n as I18n } from 'i18next';
import type { Payload } from './payload.ts';
import type { LanguageLoader } from '../i18n/lazy.ts';

/**
 * What every part of the engine is handed: the report (its text is in the
 * i18next instance) and the deck's i18next instance. In the browser the report's
 * languages arrive one at a time, through `languages`; built all at once elsewhere, there is none.
 */
export interface DeckContext {
  payload: Omit<Payload, 'resources'>;
  i18n: I18n;
  languages?: LanguageLoader;
}
