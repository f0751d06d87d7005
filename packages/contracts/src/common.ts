import { z } from 'zod';

/**
 * A calendar date, `YYYY-MM-DD`, checked to be a real day. The calendar has no year 0: JavaScript
 * reads `0000-01-01` as a day, but PostgreSQL refuses it as a date.
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !s.startsWith('0000') && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real date');

/** A partial date a source gives: a year, a month or a day (`2016`, `2025-10`, `2025-10-01`). */
export const asOfSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const slugSchema = z
  .string()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case latin letters, digits and single hyphens');

/**
 * The id of a row the database numbers (a `serial`, 32 bits): a larger one names nothing, and
 * PostgreSQL refuses to compare a column with it rather than finding no row.
 */
export const maxRowId = 2_147_483_647;
export const rowIdSchema = z.number().int().positive().max(maxRowId);
/** A row id in a path or a query, where it comes as text. */
export const rowIdParamSchema = z.coerce.number().int().positive().max(maxRowId);

/** Authority ids: `loc-<CBS locality code>` for cities and local councils, `rc-<code>` for regional councils. */
export const authorityIdSchema = z.string().regex(/^(loc|rc)-\d{1,5}$/, 'expected loc-<code> or rc-<code>');

/**
 * A source as a page cites it: publisher, title and year, in Hebrew and English. A source the
 * shipped data does not know (a user's own import) comes as its text, in `titleHe`, alone.
 */
export const citationSchema = z.object({
  publisherHe: z.string().nullable(),
  publisherEn: z.string().nullable(),
  titleHe: z.string(),
  titleEn: z.string().nullable(),
  year: z.string().nullable(),
  url: z.string().nullable(),
});
export type Citation = z.infer<typeof citationSchema>;

export const localeSchema = z.enum(['he', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
