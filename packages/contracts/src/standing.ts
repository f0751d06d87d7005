import { z } from 'zod';
import { authorityIdSchema, citationSchema, isoDateSchema, rowIdParamSchema, rowIdSchema, slugSchema } from './common';

/**
 * A cluster's legal standing and the powers its members delegate to it. The first clusters were
 * municipal companies (a company with מלכ"ר status); since chapter א'1 of the Cities Associations
 * Law a cluster is a cities association of the "אשכול רשויות מקומיות" kind, set up by a
 * ministerial order (צו) and amended by later orders. Each member authority delegates its own
 * powers to its cluster, and changes them from time to time. Everything is history: a form, an
 * order or a delegation is recorded and, at most, ended; what no record says stays unknown.
 */

export const legalFormKinds = ['municipal_company', 'cities_association'] as const;
export type LegalFormKind = (typeof legalFormKinds)[number];
export const orderKinds = ['establishing', 'amendment'] as const;
export type OrderKind = (typeof orderKinds)[number];

export const standingLimits = {
  source: 1000,
  note: 1000,
  title: 300,
  publication: 200,
  effect: 2000,
  url: 1000,
  decisionNumber: 50,
  powerName: 120,
} as const;

const realDay = (s: string) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * A date as a source gives it: a year (`2018`), a month (`2013-01`) or a day (`2018-03-05`), each
 * a real one between 1900 and 2100. An order's Hebrew-year title ("התשע"ח-2018") gives a year.
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const year = Number(s.slice(0, 4));
    if (year < 1900 || year > 2100) return false;
    if (s.length === 4) return true;
    return s.length === 7 ? realDay(`${s}-01`) : realDay(s);
  }, 'not a real date between 1900 and 2100');

/** A source: a web address or a citation's text. */
const sourceSchema = z.string().trim().min(2).max(standingLimits.source);
const documentIdSchema = z.uuid();

/**
 * A legal form from a day to a day, as a source says. `fromOn` null: the source does not say when
 * it began; `untilOn` null: no end is recorded. A form recorded without an end from a day after the
 * form without an end before it ends that one on its day.
 */
export const recordLegalFormSchema = z.strictObject({
  form: z.enum(legalFormKinds),
  fromOn: partialDateSchema.nullable(),
  untilOn: partialDateSchema.nullable().default(null),
  source: sourceSchema,
  note: z.string().trim().max(standingLimits.note).default(''),
});
export type RecordLegalForm = z.infer<typeof recordLegalFormSchema>;

/** An order (צו): the one that set the cluster up, or one that amended it; a draft (טיוטה) published before it was signed. */
export const recordOrderSchema = z.strictObject({
  kind: z.enum(orderKinds),
  draft: z.boolean().default(false),
  title: z.string().trim().min(2).max(standingLimits.title),
  /** The day it was signed (a draft's: the day it is dated), or its year or month when that is all the source gives. */
  datedOn: partialDateSchema.nullable(),
  /** Where it was published, e.g. `ק"ת 8000, עמ' 1234`. */
  publication: z.string().trim().max(standingLimits.publication).default(''),
  /** What it did: the members it added, the powers it changed. */
  effect: z.string().trim().max(standingLimits.effect).default(''),
  sourceUrl: z.url({ protocol: /^https?$/ }).max(standingLimits.url).nullable().default(null),
  documentId: documentIdSchema.nullable().default(null),
});
export type RecordOrder = z.infer<typeof recordOrderSchema>;

/** A power or task the list offers for delegation, in Hebrew and English. */
export const addPowerSchema = z.strictObject({
  nameHe: z.string().trim().min(2).max(standingLimits.powerName),
  nameEn: z.string().trim().min(2).max(standingLimits.powerName),
});
export type AddPower = z.infer<typeof addPowerSchema>;
export const renamePowerSchema = addPowerSchema.partial().refine((v) => v.nameHe !== undefined || v.nameEn !== undefined, 'nothing to change');
export type RenamePower = z.infer<typeof renamePowerSchema>;
/** A retired power stays in every delegation that named it; no new delegation names it. */
export const retirePowerSchema = z.strictObject({});

/** The council decision of the authority that delegates: its day, its number, and the decision's document. */
export const councilDecisionSchema = z.strictObject({
  decidedOn: isoDateSchema,
  number: z.string().trim().max(standingLimits.decisionNumber).default(''),
  documentId: documentIdSchema.nullable().default(null),
});

/** A member authority delegates a power to its cluster from a day (its member on that day), to a day or until it ends it. */
export const recordDelegationSchema = z.strictObject({
  authorityId: authorityIdSchema,
  powerId: rowIdSchema,
  fromDay: isoDateSchema,
  untilDay: isoDateSchema.nullable().default(null),
  decision: councilDecisionSchema,
});
export type RecordDelegation = z.infer<typeof recordDelegationSchema>;
/** A delegation in force ends on its last day. */
export const endDelegationSchema = z.strictObject({ untilDay: isoDateSchema });
export type EndDelegation = z.infer<typeof endDelegationSchema>;

export const standingIdSchema = rowIdParamSchema;

const attachedSchema = z.object({ id: z.string(), fileName: z.string() });

export const legalFormRecordSchema = z.object({
  id: z.number().int(),
  form: z.enum(legalFormKinds),
  fromOn: z.string().nullable(),
  untilOn: z.string().nullable(),
  source: z.string(),
  /** The source as a page cites it. */
  citations: z.array(citationSchema),
  note: z.string(),
  recordedAt: z.string(),
});
export type LegalFormRecord = z.infer<typeof legalFormRecordSchema>;

export const orderSchema = z.object({
  id: z.number().int(),
  kind: z.enum(orderKinds),
  draft: z.boolean(),
  title: z.string(),
  datedOn: z.string().nullable(),
  publication: z.string(),
  effect: z.string(),
  sourceUrl: z.string().nullable(),
  /** Its document, for a reader who is signed in (documents are read by accounts). */
  document: attachedSchema.nullable(),
  recordedAt: z.string(),
});
export type Order = z.infer<typeof orderSchema>;

export const powerSchema = z.object({
  id: z.number().int(),
  nameHe: z.string(),
  nameEn: z.string(),
  /** The day it left the list; null while it is offered. */
  retiredOn: isoDateSchema.nullable(),
});
export type Power = z.infer<typeof powerSchema>;

export const powerListSchema = z.object({ items: z.array(powerSchema), actions: z.array(z.enum(['manage'])) });
export type PowerList = z.infer<typeof powerListSchema>;

/** In force today, to begin on a day to come, or ended. */
export const delegationStatuses = ['in_force', 'upcoming', 'ended'] as const;
export type DelegationStatus = (typeof delegationStatuses)[number];

export const delegationSchema = z.object({
  id: z.number().int(),
  clusterSlug: slugSchema,
  authorityId: z.string(),
  powerId: z.number().int(),
  fromDay: isoDateSchema,
  untilDay: isoDateSchema.nullable(),
  decision: z.object({ decidedOn: isoDateSchema, number: z.string(), document: attachedSchema.nullable() }),
  status: z.enum(delegationStatuses),
  actions: z.array(z.enum(['end'])),
});
export type Delegation = z.infer<typeof delegationSchema>;

/** A cell of the matrix: the delegation in force today, if any, and every delegation of the power by the authority, the latest first. */
export const matrixCellSchema = z.object({ powerId: z.number().int(), currentId: z.number().int().nullable(), historyIds: z.array(z.number().int()) });
export type MatrixCell = z.infer<typeof matrixCellSchema>;

export const matrixRowSchema = z.object({
  authorityId: z.string(),
  nameHe: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** A member of the cluster today (a former member keeps its row while it has delegations). */
  member: z.boolean(),
  cells: z.array(matrixCellSchema),
});
export type MatrixRow = z.infer<typeof matrixRowSchema>;

export const standingActions = ['record_legal_form', 'record_order', 'record_delegation'] as const;
export type StandingAction = (typeof standingActions)[number];

export const clusterStandingSchema = z.object({
  clusterSlug: slugSchema,
  asOf: isoDateSchema,
  /** Every recorded form, the earliest first; none recorded: the form is not recorded, never guessed. */
  legalForms: z.array(legalFormRecordSchema),
  /** The form recorded for today, if any. */
  currentFormId: z.number().int().nullable(),
  orders: z.array(orderSchema),
  /** The matrix's columns: the powers offered, and retired ones the cluster's delegations name. */
  powers: z.array(powerSchema),
  rows: z.array(matrixRowSchema),
  delegations: z.array(delegationSchema),
  actions: z.array(z.enum(standingActions)),
});
export type ClusterStanding = z.infer<typeof clusterStandingSchema>;

/** An authority's delegations to its cluster (or clusters, over time), by power. */
export const authorityStandingSchema = z.object({
  authorityId: z.string(),
  asOf: isoDateSchema,
  clusters: z.array(z.object({ slug: slugSchema, nameHe: z.string().nullable(), nameEn: z.string().nullable() })),
  powers: z.array(powerSchema),
  /** One a power and cluster the authority ever delegated, or could delegate to its cluster today. */
  cells: z.array(matrixCellSchema.extend({ clusterSlug: slugSchema })),
  delegations: z.array(delegationSchema),
});
export type AuthorityStanding = z.infer<typeof authorityStandingSchema>;
