import { gapDirections, type GapInput, type GapMeasures } from '@eshkol/engine/measurement/gaps';
import { frequencies, parsePeriod } from '@eshkol/engine/measurement/periods';
import { z } from 'zod';
import { authorityIdSchema, maxRowId, rowIdParamSchema, rowIdSchema, slugSchema } from './common';
import { domainSchema } from './participation';

/**
 * The measurement contracts. The gaps between authorities on one indicator in one period
 * (`eshkol gaps`): each authority's value and weight, the indicator's direction. The shape and the
 * ranges are checked here; the engine checks what the shape cannot — at least two values, one
 * each, a positive weight for each when weighted — and says so with its own code and words.
 */

/** The most values, the largest value (either side of 0) and the largest weight the measures take. */
export const gapLimits = { values: 100_000, value: 1e15, weight: 1e12 } as const;

const idSchema = z.string().trim().min(1).max(100);

export const gapInputSchema = z.strictObject({
  values: z
    .array(
      z.strictObject({
        authorityId: idSchema,
        value: z.number().min(-gapLimits.value).max(gapLimits.value),
        weight: z.number().min(-gapLimits.weight).max(gapLimits.weight).nullable().optional(),
      }).readonly(),
    )
    .max(gapLimits.values)
    .readonly(),
  direction: z.enum(gapDirections),
  weighted: z.boolean().optional(),
}).readonly() satisfies z.ZodType<GapInput>;

export const gapMeasuresSchema = z.object({
  n: z.number().int(),
  mean: z.number(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  range: z.number(),
  maxMinRatio: z.number().nullable(),
  cv: z.number().nullable(),
  gini: z.number().nullable(),
  theil: z.number().nullable(),
  q1: z.number(),
  q3: z.number(),
  quartileRatio: z.number().nullable(),
  worst: z.array(z.string()),
  best: z.array(z.string()),
}) satisfies z.ZodType<GapMeasures>;

/**
 * Indicators and their values. The measurement partner defines each indicator: its names, unit,
 * direction, frequency, kind and domain, the service it measures if any, its owner, whether the
 * public sees its approved values, the range of its values and when they are due. A cluster's
 * staff and an authority's representative enter values — a baseline, targets, actual values —
 * for an authority and a period, each entry a new version with a comment and evidence; the
 * partner approves a version or returns it with a remark, and the latest approved one counts.
 */

export const indicatorKinds = ['service_level', 'unit_cost', 'coverage', 'satisfaction', 'response_time', 'quantity', 'other'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];
/** A baseline (before the authority joined the service), a target, or the value actually measured. */
export const valueKinds = ['baseline', 'target', 'actual'] as const;
export type ValueKind = (typeof valueKinds)[number];
/** A version waits for the partner (`submitted`), was returned with a remark, or was approved. */
export const versionStates = ['submitted', 'returned', 'approved'] as const;
export type VersionState = (typeof versionStates)[number];
/** Where a version came from: entered in a form, or a line of an imported sheet. */
export const versionSources = ['entry', 'import'] as const;

export const measurementLimits = {
  name: 200,
  unit: 40,
  owner: 200,
  description: 2000,
  comment: 2000,
  remark: 2000,
  documents: 10,
  /** The largest value either side of 0 (a unit cost in shekels, a count, a rate). */
  value: 1e12,
  dueDaysMax: 365,
  reviewBatch: 500,
  dueListMax: 5000,
  importLines: 20_000,
} as const;

/** A period as written (`2025`, `2025-H1`, `2025-Q3`, `2025-07`), a real one; whether it is of the indicator's frequency is the server's to say. */
export const periodSchema = z
  .string()
  .trim()
  .max(7)
  .refine((s) => parsePeriod(s) !== null, 'expected a year (2025), a half (2025-H1), a quarter (2025-Q3) or a month (2025-07)');

/** A value: a finite number within ±10^12. */
export const measuredValueSchema = z.number().min(-measurementLimits.value).max(measurementLimits.value);

const textOf = (min: number, max: number) => z.string().trim().min(min).max(max);

const indicatorFields = {
  nameHe: textOf(2, measurementLimits.name),
  nameEn: textOf(2, measurementLimits.name).nullable(),
  unitHe: textOf(1, measurementLimits.unit),
  unitEn: textOf(1, measurementLimits.unit).nullable(),
  description: z.string().trim().max(measurementLimits.description),
  direction: z.enum(gapDirections),
  frequency: z.enum(frequencies),
  kind: z.enum(indicatorKinds),
  domain: domainSchema,
  /** The service it measures (a unit cost, a response time …), if any. */
  serviceId: rowIdSchema.nullable(),
  /** Who answers for it: an organisation or an office (the measurement partner, a ministry's unit). */
  owner: textOf(2, measurementLimits.owner),
  /** Whether anyone, signed in or not, sees its approved values. */
  public: z.boolean(),
  /** The range a value must fall in, where one is known (a rate from 0 to 100). */
  minValue: measuredValueSchema.nullable(),
  maxValue: measuredValueSchema.nullable(),
  /** The first period whose actual values are owed. */
  fromPeriod: periodSchema,
  /** Days after a period's end by which its actual value is due. */
  dueDays: z.number().int().min(0).max(measurementLimits.dueDaysMax),
};

const rangeInOrder = (i: { minValue?: number | null; maxValue?: number | null }) => i.minValue == null || i.maxValue == null || i.minValue <= i.maxValue;
const fromPeriodFits = (i: { fromPeriod?: string; frequency?: string }) => i.fromPeriod === undefined || i.frequency === undefined || parsePeriod(i.fromPeriod)?.frequency === i.frequency;

export const createIndicatorSchema = z
  .strictObject({
    ...indicatorFields,
    nameEn: indicatorFields.nameEn.default(null),
    unitEn: indicatorFields.unitEn.default(null),
    description: indicatorFields.description.default(''),
    serviceId: indicatorFields.serviceId.default(null),
    public: indicatorFields.public.default(false),
    minValue: indicatorFields.minValue.default(null),
    maxValue: indicatorFields.maxValue.default(null),
    dueDays: indicatorFields.dueDays.default(90),
  })
  .refine(rangeInOrder, { message: 'the least value is above the largest', path: ['maxValue'] })
  .refine(fromPeriodFits, { message: 'the first period is not of the indicator’s frequency', path: ['fromPeriod'] });
export type CreateIndicator = z.infer<typeof createIndicatorSchema>;

/** A change of any of its fields; the whole indicator is checked again as it will stand. */
export const updateIndicatorSchema = z
  .strictObject(indicatorFields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .refine(rangeInOrder, { message: 'the least value is above the largest', path: ['maxValue'] })
  .refine(fromPeriodFits, { message: 'the first period is not of the indicator’s frequency', path: ['fromPeriod'] });
export type UpdateIndicator = z.infer<typeof updateIndicatorSchema>;

export const indicatorIdSchema = rowIdParamSchema;
export const valueIdSchema = rowIdParamSchema;

/** A value of an authority for a period: a new version of that authority's value of that kind and period. */
export const submitValueSchema = z.strictObject({
  authorityId: authorityIdSchema,
  period: periodSchema,
  kind: z.enum(valueKinds).default('actual'),
  value: measuredValueSchema,
  comment: z.string().trim().max(measurementLimits.comment).default(''),
  documentIds: z
    .array(z.uuid())
    .max(measurementLimits.documents)
    .refine((ids) => new Set(ids).size === ids.length, 'each document once')
    .default([]),
});
export type SubmitValue = z.infer<typeof submitValueSchema>;

const remarkOf = (required: boolean) => (required ? textOf(2, measurementLimits.remark) : z.string().trim().max(measurementLimits.remark).default(''));
const versionNumberSchema = z.number().int().min(1).max(maxRowId);

/** The partner's decision on the version waiting (named, so that a newer one is never decided unseen): approve, or return with a remark. */
export const reviewValueSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve'), version: versionNumberSchema, remark: remarkOf(false) }),
  z.strictObject({ decision: z.literal('return'), version: versionNumberSchema, remark: remarkOf(true) }),
]);
export type ReviewValue = z.infer<typeof reviewValueSchema>;

/** The same decision on several values at once (the approval queue after an import): all of them, or none. */
export const reviewValuesSchema = z
  .strictObject({
    decision: z.enum(['approve', 'return']),
    remark: z.string().trim().max(measurementLimits.remark).default(''),
    items: z
      .array(z.strictObject({ valueId: rowIdSchema, version: versionNumberSchema }))
      .min(1)
      .max(measurementLimits.reviewBatch)
      .refine((xs) => new Set(xs.map((x) => x.valueId)).size === xs.length, 'each value once'),
  })
  .refine((r) => r.decision === 'approve' || r.remark.length >= 2, { message: 'a returned value needs a remark', path: ['remark'] });
export type ReviewValues = z.infer<typeof reviewValuesSchema>;

const trueFalse = z.enum(['true', 'false']);

export const indicatorListQuerySchema = z.strictObject({ domain: domainSchema.optional(), kind: z.enum(indicatorKinds).optional(), serviceId: rowIdParamSchema.optional() });
/** A span of periods (of the indicator's frequency): from its first period to the current one unless said. */
export const periodRangeQuerySchema = z.strictObject({ from: periodSchema.optional(), to: periodSchema.optional() });
export const dueQuerySchema = z.strictObject({
  cluster: slugSchema.optional(),
  authorityId: authorityIdSchema.optional(),
  indicatorId: rowIdParamSchema.optional(),
  overdue: trueFalse.optional(),
  limit: z.coerce.number().int().min(1).max(measurementLimits.dueListMax).default(1000),
});
export type DueQuery = z.infer<typeof dueQuerySchema>;
export const savingsQuerySchema = z.strictObject({ indicatorId: rowIdParamSchema.optional(), from: periodSchema.optional(), to: periodSchema.optional() });
export const valuesImportQuerySchema = z.strictObject({ dryRun: trueFalse.optional() });

export const valuesImportResultSchema = z.object({
  rows: z.number().int(),
  /** Values of a period no value was entered for yet; new versions of values entered before; lines identical to what is there. */
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  dryRun: z.boolean(),
});
export type ValuesImportResult = z.infer<typeof valuesImportResultSchema>;
