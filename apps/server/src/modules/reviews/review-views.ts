import { studySchema, voidStudySchema, type StoredStudy } from '@eshkol/contracts/feasibility';
import type { Checklist, Decision, DecisionOutcome, StoredPackage, Submission, SubmissionSummary } from '@eshkol/contracts/reviews';
import { submissionPackageSchema } from '@eshkol/contracts/reviews';
import type { ServiceKind, ServiceState } from '@eshkol/contracts/services';
import type { z } from 'zod';
import type { ConditionRow, DecisionRow, SubmissionRow } from './reviews.reader';

export type SubmissionPackage = z.infer<typeof submissionPackageSchema>;

export function toDecision(d: DecisionRow, conditions: readonly ConditionRow[]): Decision {
  return {
    id: d.id,
    outcome: d.outcome as DecisionOutcome,
    checklist: d.checklist as Checklist,
    reasons: d.reasons,
    conditions: conditions
      .filter((c) => c.decisionId === d.id)
      .map((c) => ({ id: c.id, text: c.text, metAt: c.metAt?.toISOString() ?? null, metBy: c.metByName })),
    decidedAt: d.decidedAt.toISOString(),
    decidedBy: d.decidedByName,
    grantAgorot: d.grantAgorot,
  };
}

/** What a void study still shows: which version it was, when and by whom it was saved. */
const studyHeadSchema = voidStudySchema.pick({ serviceId: true, version: true, createdAt: true, createdBy: true, submitted: true });

/**
 * The package as stored (checked against the contract when frozen), its study checked against
 * today's: one frozen before every figure had its range is read as void rather than failing the answer.
 */
function packageOf(s: SubmissionRow): StoredPackage {
  const stored = s.package as SubmissionPackage;
  const checked = studySchema.safeParse(stored.study);
  const study: StoredStudy = checked.success ? checked.data : { ...studyHeadSchema.parse(stored.study), void: true, input: null, result: null };
  return { ...stored, study };
}

function base(s: SubmissionRow) {
  return {
    id: s.id,
    serviceId: s.serviceId,
    clusterSlug: s.clusterSlug,
    serviceNameHe: s.serviceNameHe,
    serviceKind: s.serviceKind as ServiceKind,
    serviceState: s.serviceState as ServiceState,
    submittedAt: s.submittedAt.toISOString(),
    submittedBy: s.submittedByName,
    requestedGrantAgorot: s.requestedGrantAgorot,
    pending: s.pending,
  };
}

export function toSubmission(s: SubmissionRow, decisions: readonly DecisionRow[], conditions: readonly ConditionRow[], actions: Submission['actions']): Submission {
  return { ...base(s), package: packageOf(s), decisions: decisions.filter((d) => d.submissionId === s.id).map((d) => toDecision(d, conditions)), actions };
}

/** A line of the queue: the study's joint cost and saving, how many joined, the last decision. */
export function toSubmissionSummary(s: SubmissionRow, decisions: readonly DecisionRow[]): SubmissionSummary {
  const p = packageOf(s);
  const last = decisions.filter((d) => d.submissionId === s.id).at(-1);
  return {
    ...base(s),
    participantCount: p.participants.filter((x) => x.status === 'joined').length,
    total: p.study.result?.total ?? null,
    saving: p.study.result?.saving ?? null,
    lastOutcome: (last?.outcome as DecisionOutcome | undefined) ?? null,
  };
}
