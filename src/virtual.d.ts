declare module 'virtual:report' {
  import type { Payload } from './deck/payload.ts';
  /** The report and its composition; the text of each language comes from `virtual:report/languages`. */
  const payload: Omit<Payload, 'resources'>;
  export default payload;
}

declare module 'virtual:report/languages' {
  import type { Resource } from './report/schema.ts';
  /** One language's text of the report. */
  export function loadLanguage(language: string): Promise<Resource>;
}
