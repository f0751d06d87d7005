import { z } from 'zod';
import { isoDateSchema, rowIdParamSchema, rowIdSchema, slugSchema } from './common';

/**
 * A cluster's approved establishment (תקן): its positions, each with its scope, funding and
 * salary terms; the people employed in them; and the requests its staff send the regulator to
 * open or change a position or to approve a person's salary. Money is monthly gross in integer
 * agorot. Salaries and persons' names are personal data: only the cluster's own staff, the
 * regulator and the ministry read them (`readsSalaries`); every other reader, the public too, sees
 * the approved positions without their terms and the headcount.
 */

export const positionKinds = ['ceo', 'deputy', 'cadet', 'other'] as const;
export type PositionKind = (typeof positionKinds)[number];
export const fundingSources = ['programme', 'cluster', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];
/** A position is requested until the regulator approves or rejects its opening. */
export const positionStates = ['requested', 'approved', 'rejected'] as const;
export type PositionState = (typeof positionStates)[number];

export const staffingRequestKinds = ['open_position', 'change_position', 'salary'] as const;
export type StaffingRequestKind = (typeof staffingRequestKinds)[number];
/** Submitted (waiting for the regulator), returned with remarks (the cluster may resubmit), approved or rejected (final). */
export const staffingRequestStates = ['submitted', 'returned', 'approved', 'rejected'] as const;
export type StaffingRequestState = (typeof staffingRequestStates)[number];

export const staffingLimits = {
  title: 200,
  personName: 200,
  remarks: 2000,
  scopeMin: 1,
  scopeMax: 100,
  /** The largest monthly gross (agorot): ₪150,000 a month. */
  grossMaxAgorot: 15_000_000,
} as const;

/** A monthly gross in agorot: a whole number from 1 to ₪150,000. */
export const grossAgorotSchema = z.number().int().min(1).max(staffingLimits.grossMaxAgorot);
/** A scope in percent of a full position, 1–100. */
export const scopePercentSchema = z.number().int().min(staffingLimits.scopeMin).max(staffingLimits.scopeMax);

const termsShape = { scopePercent: scopePercentSchema, funding: z.enum(fundingSources), grossAgorot: grossAgorotSchema };

/** The opening of a position: its kind, a title (required for `other`), and its terms. */
export const openPositionProposalSchema = z
  .strictObject({
    kind: z.literal('open_position'),
    positionKind: z.enum(positionKinds),
    title: z.string().trim().max(staffingLimits.title).default(''),
    ...termsShape,
  })
  .refine((p) => p.positionKind !== 'other' || p.title.length >= 2, { message: 'a position of another kind needs a title', path: ['title'] });
/** New terms of an approved position: scope, funding and monthly gross. */
export const changePositionProposalSchema = z.strictObject({ kind: z.literal('change_position'), ...termsShape });
/** A person's salary terms in a position: their name, the day they start, their scope and monthly gross. */
export const salaryProposalSchema = z.strictObject({
  kind: z.literal('salary'),
  personName: z.string().trim().min(2).max(staffingLimits.personName),
  fromDay: isoDateSchema,
  scopePercent: scopePercentSchema,
  grossAgorot: grossAgorotSchema,
});

export const staffingProposalSchema = z.discriminatedUnion('kind', [openPositionProposalSchema, changePositionProposalSchema, salaryProposalSchema]);
export type StaffingProposal = z.infer<typeof staffingProposalSchema>;

/** A new request: a position to open, or a change or a salary for an existing position (`positionId`). */
export const createStaffingRequestSchema = z.discriminatedUnion('kind', [
  openPositionProposalSchema,
  changePositionProposalSchema.extend({ positionId: rowIdSchema }),
  salaryProposalSchema.extend({ positionId: rowIdSchema }),
]);
export type CreateStaffingRequest = z.infer<typeof createStaffingRequestSchema>;

/** A returned request sent again, with its proposal as it stands now (of the request's own kind). */
export const resubmitStaffingRequestSchema = staffingProposalSchema;
export type ResubmitStaffingRequest = z.infer<typeof resubmitStaffingRequestSchema>;

/**
 * The regulator's decision: approve (an opening may be recorded as approved on an earlier day,
 * the day of the approval's letter, never a day to come), or return or reject with remarks.
 */
export const reviewStaffingRequestSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve'), remarks: z.string().trim().max(staffingLimits.remarks).default(''), approvedOn: isoDateSchema.optional() }),
  z.strictObject({ decision: z.literal('return'), remarks: z.string().trim().min(2).max(staffingLimits.remarks) }),
  z.strictObject({ decision: z.literal('reject'), remarks: z.string().trim().min(2).max(staffingLimits.remarks) }),
]);
export type ReviewStaffingRequest = z.infer<typeof reviewStaffingRequestSchema>;

/** A person's employment in a position ends on a day (their last). */
export const endEmploymentSchema = z.strictObject({ untilDay: isoDateSchema });
export type EndEmployment = z.infer<typeof endEmploymentSchema>;

export const staffingIdSchema = rowIdParamSchema;

export const positionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(positionKinds),
  title: z.string(),
  scopePercent: z.number().int(),
  funding: z.enum(fundingSources),
  state: z.enum(positionStates),
  approvedOn: isoDateSchema.nullable(),
  /** The position's approved monthly gross; null for a reader who does not read salaries. */
  grossAgorot: z.number().int().nullable(),
  /** People employed in it today, and the scope they fill together. */
  headcount: z.number().int(),
  filledPercent: z.number().int(),
});
export type Position = z.infer<typeof positionSchema>;

export const personSchema = z.object({
  id: z.number().int(),
  positionId: z.number().int(),
  personName: z.string(),
  fromDay: isoDateSchema,
  untilDay: isoDateSchema.nullable(),
  scopePercent: z.number().int(),
  grossAgorot: z.number().int(),
  /** Employed today: started, and not yet ended. */
  current: z.boolean(),
  actions: z.array(z.enum(['end'])),
});
export type Person = z.infer<typeof personSchema>;

export const staffingRequestVersionSchema = z.object({
  version: z.number().int(),
  proposal: staffingProposalSchema,
  submittedAt: z.string(),
  outcome: z.enum(['approved', 'returned', 'rejected']).nullable(),
  remarks: z.string(),
  reviewedAt: z.string().nullable(),
});

export const staffingRequestActionSchema = z.enum(['resubmit', 'review']);
export type StaffingRequestAction = z.infer<typeof staffingRequestActionSchema>;

export const staffingRequestSchema = z.object({
  id: z.number().int(),
  clusterSlug: slugSchema,
  kind: z.enum(staffingRequestKinds),
  positionId: z.number().int(),
  state: z.enum(staffingRequestStates),
  createdAt: z.string(),
  /** When its latest version was sent: how long it has waited, if it waits. */
  waitingSince: z.string(),
  /** Every version, newest first, with the regulator's remarks. */
  versions: z.array(staffingRequestVersionSchema),
  actions: z.array(staffingRequestActionSchema),
});
export type StaffingRequest = z.infer<typeof staffingRequestSchema>;

/**
 * Where a cluster's staffing is above its approved establishment ("lean HQ"): more people today
 * than approved positions; the people of a position filling more than its approved scope; a
 * person's monthly gross above the position's approved gross (only for those who read salaries);
 * a person recorded from a day before their position's approval.
 */
export const staffingFlagSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('headcount_above'), headcount: z.number().int(), positions: z.number().int() }),
  z.object({ kind: z.literal('scope_above'), positionId: z.number().int(), filledPercent: z.number().int(), approvedPercent: z.number().int() }),
  z.object({ kind: z.literal('terms_above'), positionId: z.number().int(), personId: z.number().int() }),
  z.object({ kind: z.literal('filled_before_approval'), positionId: z.number().int() }),
]);
export type StaffingFlag = z.infer<typeof staffingFlagSchema>;

export const staffingSummarySchema = z.object({
  approvedPositions: z.number().int(),
  approvedScopePercent: z.number().int(),
  headcount: z.number().int(),
  filledScopePercent: z.number().int(),
  /** Monthly: the approved positions' gross, and today's people's; null for a reader who does not read salaries. */
  approvedCostAgorot: z.number().int().nullable(),
  salaryCostAgorot: z.number().int().nullable(),
});

export const clusterStaffingSchema = z.object({
  clusterSlug: slugSchema,
  asOf: isoDateSchema,
  /** Whether the reader reads salaries and persons' names (and the requests that hold them). */
  readsSalaries: z.boolean(),
  summary: staffingSummarySchema,
  /** Approved positions for every reader; requested and rejected ones too for those who read salaries. */
  positions: z.array(positionSchema),
  people: z.array(personSchema).nullable(),
  flags: z.array(staffingFlagSchema),
  requests: z.array(staffingRequestSchema).nullable(),
  actions: z.array(z.enum(['request'])),
});
export type ClusterStaffing = z.infer<typeof clusterStaffingSchema>;

/** The regulator's desk: the requests waiting for review, the oldest first, each with its age in days. */
export const staffingQueueItemSchema = z.object({
  id: z.number().int(),
  clusterSlug: slugSchema,
  clusterNameHe: z.string(),
  clusterNameEn: z.string().nullable(),
  kind: z.enum(staffingRequestKinds),
  positionKind: z.enum(positionKinds),
  positionTitle: z.string(),
  version: z.number().int(),
  waitingSince: z.string(),
  ageDays: z.number().int(),
});
export const staffingQueueSchema = z.object({ asOf: isoDateSchema, items: z.array(staffingQueueItemSchema) });
export type StaffingQueue = z.infer<typeof staffingQueueSchema>;
