import { z } from 'zod';
import { authorityIdSchema, rowIdParamSchema } from './common';
import { costModelSchema, costSharingMethodSchema, costSharingResultSchema, moneySchema, quantitySchema } from './cost-sharing';

/**
 * A feasibility study (בחינת היתכנות כלכלית) of a service: each participating authority's baseline
 * (quantity and what it pays alone today), the joint cost (a model or a tender's quote), and the
 * cost-sharing the engine computes from them. Versions are immutable: saving makes a new version;
 * a submitted version is what the committee sees, exactly.
 */
export const baselineRowSchema = z.strictObject({
  authorityId: authorityIdSchema,
  quantity: quantitySchema,
  /** Current annual cost when providing alone (₪); null when unknown (the model's figure is used). */
  currentCost: moneySchema.nullable(),
});

/** The largest incentive grant a study may say the cluster will request (₪): a billion, far above any programme's. */
export const requestedGrantMax = 1_000_000_000;

export const saveStudySchema = z.strictObject({
  baseline: z.array(baselineRowSchema).min(1).max(100),
  /** The joint cost; its quantities and stand-alone costs are taken from the baseline. */
  model: costModelSchema,
  methods: z.array(costSharingMethodSchema).min(1),
  /** The method whose shares the study proposes. */
  proposedMethod: costSharingMethodSchema,
  /** The incentive grant the cluster will request (₪), if any. */
  requestedGrant: z.number().nonnegative().max(requestedGrantMax).default(0),
  notes: z.string().trim().max(5000).default(''),
});
export type SaveStudy = z.infer<typeof saveStudySchema>;

/** What every version shows, whatever its figures. */
const studyVersionFields = {
  serviceId: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** Submitted to the committee as part of a package: never changes again. */
  submitted: z.boolean(),
};

/** A version with its inputs and the engine's result: what a save answers and a submission carries. */
export const studySchema = z.object({
  ...studyVersionFields,
  input: saveStudySchema,
  result: costSharingResultSchema,
});
export type Study = z.infer<typeof studySchema>;

/**
 * A version whose stored figures fail today's contracts: saved before every figure had its range
 * (a cost of 10^23 shekels, shares in agorot beyond 2^53). It is listed and read, never with its
 * figures; it cannot be compared, shared or submitted, and a new version is saved on top of it.
 */
export const voidStudySchema = z.object({
  ...studyVersionFields,
  void: z.literal(true),
  input: z.null(),
  result: z.null(),
});
export type VoidStudy = z.infer<typeof voidStudySchema>;

/** A version as it is read: with its figures, or void. */
export const storedStudySchema = z.union([studySchema, voidStudySchema]);
export type StoredStudy = z.infer<typeof storedStudySchema>;

/** `id`: what other records (an agenda item) cite the version by. */
const listedFields = { id: z.number().int(), version: z.number().int(), createdAt: z.string(), submitted: z.boolean() };
export const studyListSchema = z.object({
  items: z.array(
    z.discriminatedUnion('void', [
      z.object({ ...listedFields, void: z.literal(false), total: z.number(), saving: z.number() }),
      z.object({ ...listedFields, void: z.literal(true), total: z.null(), saving: z.null() }),
    ]),
  ),
});
export type StudyListItem = z.infer<typeof studyListSchema>['items'][number];

/** One authority's share and saving under the proposed method (what its representative sees). */
export const authorityShareSchema = z.object({
  authorityId: authorityIdSchema,
  version: z.number().int(),
  method: costSharingMethodSchema,
  standAlone: z.number(),
  share: z.number(),
  shareAgorot: z.number().int(),
  saving: z.number(),
  savingPercent: z.number().nullable(),
});

/** Two versions side by side, per authority under the proposed method of each. */
export const studyComparisonSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  total: z.object({ from: z.number(), to: z.number() }),
  rows: z.array(z.object({ authorityId: authorityIdSchema, from: z.number().nullable(), to: z.number().nullable(), change: z.number().nullable() })),
});

export const studyVersionSchema = rowIdParamSchema;

/** `GET …/studies/compare?from=1&to=2`. */
export const studyCompareQuerySchema = z.strictObject({ from: studyVersionSchema, to: studyVersionSchema });

/** `GET …/studies/:version/share`: a representative's own authority when omitted. */
export const authorityShareQuerySchema = z.strictObject({ authorityId: authorityIdSchema.optional() });
