import { z } from 'zod';

/** Units the report states figures in; `src/format/units.ts` renders each in every language. */
export const UNITS = [
  'yi-yuan', // 亿元, 100 million yuan
  'wan-yuan', // 万元, 10 thousand yuan
  'yuan',
  'percent',
  'percentage-point',
  'permille', // ‰
  'wan-mu', // 万亩
  'mu',
  'hectare', // 公顷
  'square-metre',
  'km',
  'wan-tonne', // 万吨
  'tonne',
  'wan-head', // 万头, livestock
  'wan-bird', // 万只, poultry
  'wan-household', // 万户
  'wan-person', // 万人
  'wan-person-time', // 万人次
  'wan-square-metre', // 万平方米
  'square-km', // 平方公里
  'kilowatt', // 千瓦
  'wan-kilowatt', // 万千瓦
  'microgram-per-cubic-metre',
  'day',
  'year',
  'rank', // 第 N in the city or province
  'count', // a number of things, counted with the Chinese measure word in `counter`
  'wan-count', // ten thousands of things (2.5万家), counted with the measure word in `counter`
  'ratio-part', // one term of a ratio such as 24:34.6:41.4
] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;
/** Units counted with a measure word of the report's own (`counter`). */
export const COUNTED: ReadonlySet<Unit> = new Set<Unit>(['count', 'wan-count']);

/**
 * 以上 / 左右 / 以内 / 首次 / 力争 (strive for) / 预计 (expected: a preliminary
 * figure, as a review states the year just ended): how firmly the report states a figure.
 */
export const QUALIFIERS = ['over', 'around', 'within', 'first-time', 'strive', 'expected'] as const;
export const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifierSchema>;

/**
 * What a figure is: an outcome of the year reviewed, a goal for the year planned, a growth rate
 * (negative for a fall), a rank, a share of a whole, or a change by an amount (提高1.5个百分点,
 * 减少1200人: negative for a fall).
 */
export const FACT_KINDS = ['result', 'target', 'growth', 'rank', 'share', 'change'] as const;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id such as "gdp-growth"');

/**
 * A fact's fields; the years it may belong to come from `data/meta.json`, so
 * the schema of facts is made for a report's meta (see `reportSchemas`).
 */
function factSchemaFor(years: readonly number[]) {
  return z
    .object({
      value: z.number().finite(),
      unit: unitSchema,
      /** Chinese measure word (家, 个, 项 …) for `count` and `wan-count`, as the report writes it. */
      counter: z.string().min(1).optional(),
      kind: z.enum(FACT_KINDS),
      year: z
        .number()
        .refine((year) => years.includes(year), { error: `one of the years in meta.json (${years.join(', ')})` }),
      qualifier: qualifierSchema.optional(),
      /** Facts with the same measure are the same quantity, e.g. a result and its target for the next year. */
      measure: id.optional(),
      /** For a rank: the measure it ranks (a growth rate's `measure`), so a chart can set the rank beside the rate. */
      ranks: id.optional(),
      /** Verbatim from the normalised source, and containing the figure's digits. */
      quote: z.string().min(4),
    })
    .strict()
    .refine((f) => COUNTED.has(f.unit) === (f.counter !== undefined), {
      message: 'a "counter" (Chinese measure word) exactly when unit is "count" or "wan-count"',
      path: ['counter'],
    })
    .refine((f) => f.ranks === undefined || f.kind === 'rank', {
      message: '"ranks" only on a fact of kind "rank"',
      path: ['ranks'],
    });
}
export type Fact = z.infer<ReturnType<typeof factSchemaFor>>;

/**
 * How a glossary term appears in slide text, per language of the report: the
 * first language (the source's) needs at least one form; a translation may have none.
 */
function glossaryEntrySchemaFor(languages: readonly string[]) {
  const forms = languages.map((language, i) => [language, z.array(z.string().min(1)).min(i === 0 ? 1 : 0)] as const);
  return z.object({ match: z.object(Object.fromEntries(forms)).strict() }).strict();
}
export interface GlossaryEntry {
  /** Forms of the term as they appear in slide text, per language. */
  match: Record<string, string[]>;
}

/** The schemas of a report's files, made for the years and languages its meta declares. */
export function reportSchemas(meta: Pick<Meta, 'years' | 'languages'>) {
  return {
    factsFile: z.object({ facts: z.record(id, factSchemaFor(meta.years)) }).strict(),
    glossaryFile: z.object({ glossary: z.record(id, glossaryEntrySchemaFor(meta.languages)) }).strict(),
  };
}

export const metaSchema = z
  .object({
    /** Languages the deck is written in, as ISO 639-1 codes; the first is the source's and the default. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as "fr"')).min(1),
    /** Years the report's facts belong to, e.g. the year it reviews and the year it plans. */
    years: z.array(z.number().int().min(1900).max(2999)).min(1),
    /** The source text in `data/`, as delivered. */
    source: z.string().regex(/\.txt$/),
    /** Where in the source a glossary of terms begins, if the report has one; figures after it are not the report's claims. */
    glossaryHeading: z.string().min(1).optional(),
    /** The day the report was delivered, where the text gives it. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2024-03-01')
      .optional(),
  })
  .strict();
export type Meta = z.infer<typeof metaSchema>;

/** A translation file: nested objects whose leaves are strings. */
export type Resource = { [key: string]: string | Resource };
export const resourceSchema: z.ZodType<Resource> = z.lazy(() =>
  z.record(
    z.string().regex(/^[A-Za-z0-9_-]+$/, 'a key of letters, digits, "-" or "_"'),
    z.union([z.string(), resourceSchema]),
  ),
);
