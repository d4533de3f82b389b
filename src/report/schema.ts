import { z } from 'zod';

/** Units the report states figures in; `src/format/units.ts` renders each in every language. */
export const UNITS = [
  'yi-yuan', // 亿元, 100 million yuan
  'wan-yuan', // 万元, 10 thousand yuan
  'yuan',
  'percent',
  'percentage-point',
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
  'microgram-per-cubic-metre',
  'day',
  'year',
  'rank', // 第 N in the city or province
  'count', // a number of things, counted with the Chinese measure word in `counter`
  'ratio-part', // one term of a ratio such as 24:34.6:41.4
] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

/** 以上 / 左右 / 以内 / 首次 / 力争 (strive for): how firmly the report states a figure. */
export const QUALIFIERS = ['over', 'around', 'within', 'first-time', 'strive'] as const;
export const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** What a figure is: a 2022 outcome, a 2023 goal, a growth rate, a rank, a share of a whole. */
export const FACT_KINDS = ['result', 'target', 'growth', 'rank', 'share'] as const;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id such as "gdp-growth"');

export const factSchema = z
  .object({
    value: z.number().finite(),
    unit: unitSchema,
    /** Chinese measure word (家, 个, 项 …) for `count`, as the report writes it. */
    counter: z.string().min(1).optional(),
    kind: z.enum(FACT_KINDS),
    year: z.literal([2022, 2023], { error: 'the year 2022 (results) or 2023 (targets)' }),
    qualifier: qualifierSchema.optional(),
    /** Facts with the same measure are the same quantity, e.g. a 2022 result and its 2023 target. */
    measure: id.optional(),
    /** Verbatim from the normalised source, and containing the figure's digits. */
    quote: z.string().min(4),
  })
  .strict()
  .refine((f) => (f.unit === 'count') === (f.counter !== undefined), {
    message: 'a "counter" (Chinese measure word) exactly when unit is "count"',
    path: ['counter'],
  });
export type Fact = z.infer<typeof factSchema>;

export const factsFileSchema = z.record(id, factSchema);

export const glossaryEntrySchema = z
  .object({
    /** Forms of the term as they appear in slide text, per language. */
    match: z.object({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)) }).strict(),
  })
  .strict();
export const glossaryFileSchema = z.record(id, glossaryEntrySchema);

export const metaSchema = z
  .object({
    /** Languages the deck is written in; the first is the default. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    /** The source text in `data/`, as delivered. */
    source: z.string().regex(/\.txt$/),
    /** Where in the source the glossary begins; figures after it are not the report's claims. */
    glossaryHeading: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2023-05-11'),
  })
  .strict();
export type Meta = z.infer<typeof metaSchema>;

/** A translation file: nested objects whose leaves are strings. */
export type Resource = { [key: string]: string | Resource };
export const resourceSchema: z.ZodType<Resource> = z.lazy(() =>
  z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, 'a key of letters, digits, "-" or "_"'), z.union([z.string(), resourceSchema])),
);
