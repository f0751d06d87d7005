import { frequencies } from '@eshkol/engine/measurement/periods';
import { gapDirections } from '@eshkol/engine/measurement/gaps';
import { z } from 'zod';
import { authorityIdSchema, isoDateSchema, slugSchema } from './common';
import { gapMeasuresSchema, indicatorKinds, valueKinds, versionSources, versionStates } from './measurement';
import { domainSchema } from './participation';

/**
 * What the measurement API answers: an indicator, a value with its versions, and the tables the
 * dashboards draw — a cluster's values of one indicator by period with their gaps, splits and
 * before/after; the programme's by cluster and authority (a choropleth); an authority's values;
 * the values owed; the partner's approval queue; a service's savings. Each table is also an
 * Excel download. Readers see approved values only, of public indicators only when not signed
 * in; versions, comments and evidence only those who enter or approve the value.
 */

export const indicatorActionSchema = z.enum(['update', 'enter']);
export const indicatorSchema = z.object({
  id: z.number().int(),
  nameHe: z.string(),
  nameEn: z.string().nullable(),
  unitHe: z.string(),
  unitEn: z.string().nullable(),
  description: z.string(),
  direction: z.enum(gapDirections),
  frequency: z.enum(frequencies),
  kind: z.enum(indicatorKinds),
  domain: domainSchema,
  serviceId: z.number().int().nullable(),
  /** The service's name, when the indicator measures one. */
  serviceNameHe: z.string().nullable(),
  owner: z.string(),
  public: z.boolean(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  fromPeriod: z.string(),
  dueDays: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(indicatorActionSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorListSchema = z.object({ items: z.array(indicatorSchema), actions: z.array(z.enum(['define'])) });
export type IndicatorList = z.infer<typeof indicatorListSchema>;

const documentRefSchema = z.object({ id: z.string(), fileName: z.string() });

export const valueVersionSchema = z.object({
  version: z.number().int(),
  value: z.number(),
  comment: z.string(),
  documents: z.array(documentRefSchema),
  state: z.enum(versionStates),
  source: z.enum(versionSources),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  remark: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
});
export type ValueVersion = z.infer<typeof valueVersionSchema>;

export const valueActionSchema = z.enum(['review', 'update']);
/** An authority's value of one kind for one period: the approved version that counts, where the latest stands, and (for its readers) every version, newest first. */
export const measurementValueSchema = z.object({
  id: z.number().int(),
  indicatorId: z.number().int(),
  authorityId: authorityIdSchema,
  period: z.string(),
  kind: z.enum(valueKinds),
  approved: z.object({ version: z.number().int(), value: z.number() }).nullable(),
  latest: z.object({ version: z.number().int(), state: z.enum(versionStates) }).nullable(),
  versions: z.array(valueVersionSchema).nullable(),
  actions: z.array(valueActionSchema),
});
export type MeasurementValue = z.infer<typeof measurementValueSchema>;

/** How many values, their mean, and their gap measures (null for fewer than two). */
export const gapsOfSchema = z.object({ n: z.number().int(), mean: z.number().nullable(), gaps: gapMeasuresSchema.nullable() });
const groupGapsSchema = gapsOfSchema.extend({ group: z.number().int().nullable() });
const periodFields = { period: z.string(), from: isoDateSchema, to: isoDateSchema };
const namedAuthorityFields = { nameHe: z.string(), nameEn: z.string().nullable() };
const clusterRefSchema = z.object({ slug: slugSchema, nameHe: z.string().nullable(), nameEn: z.string().nullable() });

/** Where an authority's value for a period stands, for those who read what waits; approved for every other reader. */
export const standingSchema = z.enum(['approved', 'submitted', 'returned']);

const meanSchema = z.object({ mean: z.number(), n: z.number().int() });
const sidesSchema = z.object({ before: meanSchema, after: meanSchema, change: z.number() });
/** Before and after each authority joined the service, against the cluster's members that did not (see the engine's `beforeAfter`). */
export const beforeAfterSchema = z.object({
  joined: z.array(
    z.object({
      authorityId: authorityIdSchema,
      joinedOn: isoDateSchema,
      before: meanSchema.nullable(),
      after: meanSchema.nullable(),
      change: z.number().nullable(),
      control: sidesSchema.nullable(),
      difference: z.number().nullable(),
    }),
  ),
  treated: sidesSchema.nullable(),
  control: sidesSchema.nullable(),
  difference: z.object({ value: z.number(), n: z.number().int(), controls: z.number().int() }).nullable(),
  improvement: z.number().nullable(),
});
export type BeforeAfterView = z.infer<typeof beforeAfterSchema>;

export const clusterIndicatorSchema = z.object({
  indicator: indicatorSchema,
  cluster: clusterRefSchema,
  asOf: isoDateSchema,
  /** Whether the reader sees values that wait for approval or were returned (their standing, their ids). */
  readsPending: z.boolean(),
  /** Every authority a member of the cluster in any of the periods, with its registry clusters and, for a service's indicator, when it took part. */
  authorities: z.array(
    z.object({
      id: authorityIdSchema,
      ...namedAuthorityFields,
      socioEconomicCluster: z.number().int().nullable(),
      peripheralityCluster: z.number().int().nullable(),
      joinedServiceOn: isoDateSchema.nullable(),
      leftServiceOn: isoDateSchema.nullable(),
    }),
  ),
  /** Each authority's approved baseline (its latest period). */
  baselines: z.array(z.object({ authorityId: authorityIdSchema, period: z.string(), value: z.number() })),
  periods: z.array(
    z.object({
      ...periodFields,
      /** The members of the cluster in the period: each one's approved actual value and target. */
      cells: z.array(
        z.object({
          authorityId: authorityIdSchema,
          actual: z.number().nullable(),
          target: z.number().nullable(),
          /** Its actual value's id and standing, for those who read what waits (null otherwise, and where none was entered). */
          valueId: z.number().int().nullable(),
          standing: standingSchema.nullable(),
        }),
      ),
      gaps: gapsOfSchema,
      socioEconomic: z.array(groupGapsSchema),
      peripherality: z.array(groupGapsSchema),
      /** Of the members with both a target and an actual value, how many met the target (by the indicator's direction). */
      targets: z.object({ met: z.number().int(), missed: z.number().int() }),
    }),
  ),
  /** Null for an indicator of no service. */
  beforeAfter: beforeAfterSchema.nullable(),
  actions: z.array(z.enum(['enter'])),
});
export type ClusterIndicator = z.infer<typeof clusterIndicatorSchema>;

export const programmeIndicatorSchema = z.object({
  indicator: indicatorSchema,
  asOf: isoDateSchema,
  clusters: z.array(clusterRefSchema),
  authorities: z.array(z.object({ id: authorityIdSchema, ...namedAuthorityFields })),
  periods: z.array(
    z.object({
      ...periodFields,
      /** Every approved value of the period, of the programme's members and of any other authority. */
      all: gapsOfSchema,
      clusters: z.array(gapsOfSchema.extend({ clusterSlug: slugSchema })),
      /** Each authority's value (for a map): its cluster in the period, or null when it was in none. */
      values: z.array(z.object({ authorityId: authorityIdSchema, clusterSlug: slugSchema.nullable(), value: z.number() })),
    }),
  ),
});
export type ProgrammeIndicator = z.infer<typeof programmeIndicatorSchema>;

export const authorityValuesSchema = z.object({
  authority: z.object({ id: authorityIdSchema, ...namedAuthorityFields, clusterSlug: slugSchema.nullable() }),
  indicators: z.array(z.object({ indicator: indicatorSchema, values: z.array(measurementValueSchema) })),
  actions: z.array(z.enum(['enter'])),
});
export type AuthorityValues = z.infer<typeof authorityValuesSchema>;

const indicatorRefSchema = z.object({ id: z.number().int(), nameHe: z.string(), nameEn: z.string().nullable(), unitHe: z.string(), unitEn: z.string().nullable() });

/** The actual values owed: by whom, for which period, by when; the overdue flagged, the returned ones marked. */
export const dueListSchema = z.object({
  asOf: isoDateSchema,
  /** How many are owed in all (the list holds the first `limit`). */
  total: z.number().int(),
  overdue: z.number().int(),
  items: z.array(
    z.object({
      indicator: indicatorRefSchema,
      authorityId: authorityIdSchema,
      ...namedAuthorityFields,
      clusterSlug: slugSchema.nullable(),
      period: z.string(),
      dueOn: isoDateSchema,
      overdue: z.boolean(),
      returned: z.boolean(),
    }),
  ),
});
export type DueList = z.infer<typeof dueListSchema>;

/** The partner's approval queue: every version waiting, the one waiting longest first. */
export const approvalQueueSchema = z.object({
  asOf: isoDateSchema,
  items: z.array(
    z.object({
      valueId: z.number().int(),
      version: z.number().int(),
      indicator: indicatorRefSchema,
      authorityId: authorityIdSchema,
      ...namedAuthorityFields,
      clusterSlug: slugSchema.nullable(),
      period: z.string(),
      kind: z.enum(valueKinds),
      value: z.number(),
      /** The approved value it would replace, if any. */
      approvedValue: z.number().nullable(),
      comment: z.string(),
      documents: z.array(documentRefSchema),
      source: z.enum(versionSources),
      submittedAt: z.string(),
      submittedBy: z.string().nullable(),
      ageDays: z.number().int(),
    }),
  ),
});
export type ApprovalQueue = z.infer<typeof approvalQueueSchema>;

const savingsTotalSchema = z.object({ agorot: z.number().int(), n: z.number().int() });
/** A service's savings by period: each authority's measured unit cost × quantity against its baseline and the approved study's promise, in agorot. */
export const serviceSavingsSchema = z.object({
  service: z.object({ id: z.number().int(), nameHe: z.string(), clusterSlug: slugSchema }),
  /** The service's unit-cost indicator the savings are measured by; null when it has none. */
  indicator: indicatorSchema.nullable(),
  /** The approved feasibility study the promise is of; null before an approval. */
  promise: z.object({ studyVersion: z.number().int(), method: z.string() }).nullable(),
  periods: z.array(
    z.object({
      ...periodFields,
      rows: z.array(
        z.object({
          authorityId: authorityIdSchema,
          ...namedAuthorityFields,
          quantity: z.number(),
          /** A measured quantity (the service's quantity indicator) or the study's, for the period's part of a year. */
          quantitySource: z.enum(['measured', 'study']),
          baselineUnitCost: z.number().nullable(),
          /** The approved baseline value, or the study's stand-alone cost per unit. */
          baselineSource: z.enum(['measured', 'study']).nullable(),
          measuredUnitCost: z.number().nullable(),
          promisedUnitCost: z.number().nullable(),
          baselineCostAgorot: z.number().int().nullable(),
          measuredCostAgorot: z.number().int().nullable(),
          promisedCostAgorot: z.number().int().nullable(),
          achievedAgorot: z.number().int().nullable(),
          promisedAgorot: z.number().int().nullable(),
          againstPromiseAgorot: z.number().int().nullable(),
        }),
      ),
      totals: z.object({ achieved: savingsTotalSchema, promised: savingsTotalSchema, againstPromise: savingsTotalSchema }),
    }),
  ),
});
export type ServiceSavings = z.infer<typeof serviceSavingsSchema>;
