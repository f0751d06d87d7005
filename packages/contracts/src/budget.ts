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
 * grant is approved), `mark_done` (the same staff), `approve_payment` (the ministry).
 */
export const milestoneActionSchema = z.enum(['plan', 'mark_done', 'approve_payment']);
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
