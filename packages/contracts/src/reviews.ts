import { decisionOutcomes } from '@eshkol/engine/workflow/service-review';
import { z } from 'zod';
import { maxRowId, rowIdParamSchema, rowIdSchema, slugSchema } from './common';
import { serviceKindSchema, serviceStateSchema, participantSchema } from './services';
import { requestedGrantMax, storedStudySchema, studySchema } from './feasibility';

/**
 * Submission to the professional committee and its decisions. A submission keeps its package
 * exactly as submitted (study version, approvals, request); a decision is changed only by a new one.
 */
export const submitServiceSchema = z.strictObject({
  /** The study version submitted (the latest when omitted). */
  studyVersion: rowIdSchema.nullable().default(null),
  /** The incentive grant requested (₪, at most two decimals); 0 for a project without a grant. */
  requestedGrant: z.number().nonnegative().max(requestedGrantMax),
  /** A letter to the committee. */
  cover: z.string().trim().max(5000).default(''),
});
export type SubmitService = z.infer<typeof submitServiceSchema>;

/** The gates a service must meet before its staff can submit it, checked one by one. */
/** `board` is checked only in a cluster that requires its board's approving decision before a submission. */
export const readinessGates = ['answers', 'approvals', 'participants', 'study', 'board'] as const;
export const readinessCheckSchema = z.object({
  gate: z.enum(readinessGates),
  met: z.boolean(),
  /** The authorities that hold the gate back: not answered, without an approval, or not matching the study. */
  authorities: z.array(z.string()),
});
export type ReadinessCheck = z.infer<typeof readinessCheckSchema>;

/** Where a service stands before a submission, for its cluster's staff and the national readers. */
export const submissionReadinessSchema = z.object({
  /** The review machine allows a submission from the service's state (planning or returned). */
  open: z.boolean(),
  checks: z.array(readinessCheckSchema),
  /** The newest study version; null when there is none. */
  studyVersion: z.number().int().nullable(),
  /** The cluster's allocation still available in the programme running today; null when none runs. */
  availableAgorot: z.number().int().nullable(),
});
export type SubmissionReadiness = z.infer<typeof submissionReadinessSchema>;

/** The committee's decisions: the review machine's actions that follow a submission. */
export { decisionOutcomes };
export type { DecisionOutcome } from '@eshkol/engine/workflow/service-review';
export const decisionOutcomeSchema = z.enum(decisionOutcomes);

/** The committee's checklist (programme operating guide, section 9). */
export const checklistSchema = z.strictObject({
  feasibilityShown: z.boolean(),
  allParticipantsApproved: z.boolean(),
  withinBudget: z.boolean(),
  coreServiceUnderRules: z.boolean(),
  remarks: z.string().trim().max(5000).default(''),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const decideSubmissionSchema = z
  .strictObject({
    outcome: decisionOutcomeSchema,
    checklist: checklistSchema,
    /** Why: required when returning or rejecting. */
    reasons: z.string().trim().max(5000).default(''),
    /** Conditions of a conditional approval, each later marked met. */
    conditions: z.array(z.string().trim().min(2).max(1000)).max(20).default([]),
  })
  .refine((d) => d.outcome !== 'approve_with_conditions' || d.conditions.length > 0, { message: 'list the conditions', path: ['conditions'] })
  .refine((d) => !['return', 'reject'].includes(d.outcome) || d.reasons.length > 0, { message: 'give the reasons', path: ['reasons'] });
export type DecideSubmission = z.infer<typeof decideSubmissionSchema>;

export const conditionSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  metAt: z.string().nullable(),
  metBy: z.string().nullable(),
});

export const decisionSchema = z.object({
  id: z.number().int(),
  outcome: decisionOutcomeSchema,
  checklist: checklistSchema,
  reasons: z.string(),
  conditions: z.array(conditionSchema),
  decidedAt: z.string(),
  decidedBy: z.string(),
  /** The grant committed by this decision (agorot), if any. */
  grantAgorot: z.number().int().nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** What was submitted, frozen: the study version in full, as the submission checked it. */
export const submissionPackageSchema = z.object({
  study: studySchema,
  participants: z.array(participantSchema),
  requestedGrantAgorot: z.number().int(),
  cover: z.string(),
});

/**
 * The package as it is read. A package frozen before every figure had its range may hold a study
 * whose figures fail today's contracts (a joint cost beyond ten billion shekels): its study is
 * then void, shown without a figure, as the study's own version is.
 */
export const storedPackageSchema = submissionPackageSchema.extend({ study: storedStudySchema });
export type StoredPackage = z.infer<typeof storedPackageSchema>;

export const submissionSchema = z.object({
  id: z.number().int(),
  serviceId: z.number().int(),
  clusterSlug: slugSchema,
  serviceNameHe: z.string(),
  serviceKind: serviceKindSchema,
  serviceState: serviceStateSchema,
  submittedAt: z.string(),
  submittedBy: z.string(),
  requestedGrantAgorot: z.number().int(),
  /** Open: awaiting a decision. */
  pending: z.boolean(),
  package: storedPackageSchema,
  decisions: z.array(decisionSchema),
  /** What the reader may do: `decide` (the committee), `mark_condition_met` (the committee or the programme's manager). */
  actions: z.array(z.enum(['decide', 'mark_condition_met'])),
});
export type Submission = z.infer<typeof submissionSchema>;

export const submissionSummarySchema = submissionSchema.omit({ package: true, decisions: true, actions: true }).extend({
  participantCount: z.number().int(),
  /** The study's joint cost and saving; null when the package's study is void. */
  total: z.number().nullable(),
  saving: z.number().nullable(),
  lastOutcome: decisionOutcomeSchema.nullable(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;
export const submissionListSchema = z.object({ items: z.array(submissionSummarySchema) });

export const submissionQuerySchema = z.object({
  pending: z.enum(['true', 'false']).optional(),
  cluster: slugSchema.optional(),
});

/** A meeting agenda: chosen submissions, exported to Excel or printed as a decision summary. */
export const agendaQuerySchema = z.object({
  ids: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'comma-separated submission ids')
    .transform((s) => [...new Set(s.split(',').map(Number))])
    .refine((ids) => ids.length <= 50, 'at most 50 submissions')
    .refine((ids) => ids.every((id) => id <= maxRowId), 'not a submission id'),
});

export const submissionIdSchema = rowIdParamSchema;
export const conditionIdSchema = rowIdParamSchema;

/** The chosen submissions of a meeting, in full: the data of a printable decision summary. */
export const agendaSchema = z.object({ items: z.array(submissionSchema) });
export type Agenda = z.infer<typeof agendaSchema>;
