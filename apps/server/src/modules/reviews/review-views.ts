import type { Checklist, Decision, DecisionOutcome, Submission, SubmissionSummary } from '@eshkol/contracts/reviews';
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

/** The package as stored: it was checked against the contract when frozen. */
const packageOf = (s: SubmissionRow) => s.package as SubmissionPackage;

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
    total: p.study.result.total,
    saving: p.study.result.saving,
    lastOutcome: (last?.outcome as DecisionOutcome | undefined) ?? null,
  };
}
