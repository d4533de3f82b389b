import type { Resource } from '../report/schema.ts';
import zh from './locales/zh.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };

/** The engine's own words (controls, units, chart descriptions), per language; the report brings the rest. */
export const engineResources: Record<string, Resource> = { zh, en };
