import { gapDirections, type GapInput, type GapMeasures } from '@eshkol/engine/measurement/gaps';
import { z } from 'zod';

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
