import type { i18n as I18n } from 'i18next';
import type { Payload } from './payload.ts';

/** What every part of the engine is handed: the report and the deck's i18next instance. */
export interface DeckContext {
  payload: Payload;
  i18n: I18n;
}
