import { ledgerKinds } from '@eshkol/engine/budget/ledger';
import { milestoneStates } from '@eshkol/engine/workflow/milestone';
import { z } from 'zod';
import { isoDateSchema, rowIdParamSchema, slugSchema } from './common';

/**
 * The incentive programme's money, in integer agorot, from an append-only ledger. Amounts in
 * requests are shekels with at most two decimals; responses give agorot.
 */
/** The largest amount of a programme, an allocation or a milestone (₪): ten billion. */
export const budgetAmountMax = 10_000_000_000;
const shekelsSchema = z
  .number()
  .positive()
  .max(budgetAmountMax)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'at most two decimals (agorot)');

export const createProgrammeSchema = z
  .strictObject({
    nameHe: z.string().trim().min(2).max(200),
    total: shekelsSchema,
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
  })
  .refine((p) => p.endsOn >= p.startsOn, { message: 'the period ends before it starts', path: ['endsOn'] });
export type CreateProgramme = z.infer<typeof createProgrammeSchema>;

export const allocateSchema = z.strictObject({ clusterSlug: slugSchema, amount: shekelsSchema, note: z.string().trim().max(1000).default('') });
export type Allocate = z.infer<typeof allocateSchema>;

/** Takes back part of a cluster's allocation that it has not committed; the reason is kept in the ledger. */
export const withdrawSchema = z.strictObject({ clusterSlug: slugSchema, amount: shekelsSchema, note: z.string().trim().min(2).max(1000) });
export type Withdraw = z.infer<typeof withdrawSchema>;

export const clusterBalanceSchema = z.object({
  clusterSlug: slugSchema,
  allocated: z.number().int(),
  committed: z.number().int(),
  paid: z.number().int(),
  available: z.number().int(),
});

/**
 * A milestone's progress report: what was done, what it cost against the milestone's approved
 * amount, and the evidence; the ministry approves it (then the milestone can be paid) or returns
 * it with remarks, and the cluster sends a new version.
 */
export const progressReportLimits = { narrative: 4000, remarks: 2000, documents: 20 } as const;
export const progressReportStates = ['submitted', 'returned', 'approved'] as const;
export type ProgressReportState = (typeof progressReportStates)[number];

export const submitProgressReportSchema = z.strictObject({
  narrative: z.string().trim().min(2).max(progressReportLimits.narrative),
  /** Spent on the milestone so far, in shekels with at most two decimals (0 allowed). */
  spent: z.number().min(0).max(budgetAmountMax).refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'at most two decimals (agorot)'),
  documentIds: z
    .array(z.uuid())
    .max(progressReportLimits.documents)
    .refine((ids) => new Set(ids).size === ids.length, 'each document once')
    .default([]),
});
export type SubmitProgressReport = z.infer<typeof submitProgressReportSchema>;

export const reviewProgressReportSchema = z.union([
  z.strictObject({ decision: z.literal('approve'), remarks: z.string().trim().max(progressReportLimits.remarks).default('') }),
  z.strictObject({ decision: z.literal('return'), remarks: z.string().trim().min(2).max(progressReportLimits.remarks) }),
]);
export type ReviewProgressReport = z.infer<typeof reviewProgressReportSchema>;

export const progressReportSchema = z.object({
  id: z.number().int(),
  milestoneId: z.number().int(),
  version: z.number().int(),
  narrative: z.string(),
  spentAgorot: z.number().int(),
  documents: z.array(z.object({ id: z.string(), fileName: z.string() })),
  state: z.enum(progressReportStates),
  remarks: z.string(),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;
export const progressReportIdSchema = rowIdParamSchema;

export { milestoneStates };
export const milestoneSchema = z.object({
  id: z.number().int(),
  serviceId: z.number().int(),
  title: z.string(),
  plannedOn: isoDateSchema,
  amountAgorot: z.number().int(),
  deliverable: z.string(),
  state: z.enum(milestoneStates),
  doneAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  /** Its latest progress report, if any: it must be approved before the milestone is paid. */
  report: z.object({ id: z.number().int(), version: z.number().int(), state: z.enum(progressReportStates), spentAgorot: z.number().int() }).nullable(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const createMilestoneSchema = z.strictObject({
  title: z.string().trim().min(2).max(200),
  plannedOn: isoDateSchema,
  amount: shekelsSchema,
  deliverable: z.string().trim().min(2).max(2000),
});
export type CreateMilestone = z.infer<typeof createMilestoneSchema>;

/**
 * What the reader may do with a project's milestones: `plan` them (its cluster's staff, once the
 * grant is approved), `mark_done` and `report` on their progress (the same staff), `review_report`
 * and `approve_payment` (the ministry).
 */
export const milestoneActionSchema = z.enum(['plan', 'mark_done', 'report', 'review_report', 'approve_payment']);
export type MilestoneAction = z.infer<typeof milestoneActionSchema>;

export const projectBudgetSchema = z.object({
  serviceId: z.number().int(),
  clusterSlug: slugSchema,
  nameHe: z.string(),
  committed: z.number().int(),
  paid: z.number().int(),
  unpaid: z.number().int(),
  milestones: z.array(milestoneSchema),
  actions: z.array(milestoneActionSchema),
});

export const ledgerEntrySchema = z.object({
  id: z.number().int(),
  kind: z.enum(ledgerKinds),
  clusterSlug: slugSchema,
  serviceId: z.number().int().nullable(),
  milestoneId: z.number().int().nullable(),
  /** The committee's decision behind a commitment or a release. */
  decisionId: z.number().int().nullable(),
  amountAgorot: z.number().int(),
  /** The ministry's note on an allocation, or the milestone a payment is for. */
  note: z.string(),
  at: z.string(),
  by: z.string().nullable(),
});

export const programmeSchema = z.object({
  id: z.number().int(),
  nameHe: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  total: z.number().int(),
  allocated: z.number().int(),
  unallocated: z.number().int(),
  committed: z.number().int(),
  paid: z.number().int(),
  clusters: z.array(clusterBalanceSchema),
  projects: z.array(projectBudgetSchema),
});
export type Programme = z.infer<typeof programmeSchema>;

export const programmeListSchema = z.object({ items: z.array(programmeSchema.pick({ id: true, nameHe: true, startsOn: true, endsOn: true, total: true })) });
export const ledgerSchema = z.object({ items: z.array(ledgerEntrySchema) });

export const programmeIdSchema = rowIdParamSchema;
export const milestoneIdSchema = rowIdParamSchema;
export const milestoneListSchema = z.object({ items: z.array(milestoneSchema), actions: z.array(milestoneActionSchema) });
export const progressReportListSchema = z.object({ items: z.array(progressReportSchema) });
