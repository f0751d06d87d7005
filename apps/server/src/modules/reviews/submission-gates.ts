import type { Role } from '@eshkol/contracts/auth';
import type { ErrorCode } from '@eshkol/contracts/errors';
import type { ReadinessCheck } from '@eshkol/contracts/reviews';
import type { ServiceKind } from '@eshkol/contracts/services';
import { serviceReview, type ServiceState } from '@eshkol/engine/workflow/service-review';
import { figuresOf } from '../feasibility/study-view';
import { submitsServices } from './reviews.policy';

/** What the gates of a submission look at, read inside the submitting transaction. */
export type SubmissionFacts = {
  state: ServiceState;
  role: Role;
  kind: ServiceKind;
  participants: readonly { authorityId: string; status: string; hasApproval: boolean; hasDocument: boolean }[];
  /** The study the submission would carry; null when the service has no study. */
  study: GateStudy | null;
  requestedGrantAgorot: number;
  /** The cluster's available allocation in today's programme; null when no programme runs today. */
  availableAgorot: number | null;
  /** Whether the cluster's board decided to approve the service; null when the cluster does not require it. */
  board: BoardApproval | null;
};

/** A board's approving decision as the gate sees it. */
export type BoardApproval = { met: boolean };

/** A participant row as the gates see it: its answer, and whether its approval is complete. */
export function gateParticipant(p: { authorityId: string; status: string; approvalBody: string | null; approvalDecidedOn: string | null; approvalResolution: string | null; approvalDocumentId: string | null }) {
  return {
    authorityId: p.authorityId,
    status: p.status,
    hasApproval: Boolean(p.approvalBody && p.approvalDecidedOn && p.approvalResolution),
    hasDocument: p.approvalDocumentId !== null,
  };
}

/**
 * A study as the gates see it: the authorities of its baseline, or void when its stored figures
 * fail today's contracts (such a version cannot go to the committee; a new one is saved on top).
 */
export type GateStudy = { void: false; authorities: readonly string[] } | { void: true };

/** A stored study version as the gates see it; null when there is none. */
export function gateStudy(study: { input: unknown; result: unknown } | null | undefined): GateStudy | null {
  if (!study) return null;
  const figures = figuresOf(study);
  return figures ? { void: false, authorities: figures.input.baseline.map((b) => b.authorityId) } : { void: true };
}

/**
 * The gates a service meets now, each on its own, with the authorities that hold it back: every
 * invited authority answered; every one that joined has its council approval with the document;
 * someone joined; a study exists, its figures are within range, and it covers exactly those that
 * joined (the authorities named are those in one and not the other).
 */
export function submissionChecks(f: Pick<SubmissionFacts, 'participants' | 'study' | 'board'>): ReadinessCheck[] {
  const joined = f.participants.filter((p) => p.status === 'joined');
  const joinedIds = new Set(joined.map((p) => p.authorityId));
  const studied = f.study && !f.study.void ? new Set(f.study.authorities) : null;
  const pending = f.participants.filter((p) => p.status === 'invited').map((p) => p.authorityId);
  const unbacked = joined.filter((p) => !p.hasApproval || !p.hasDocument).map((p) => p.authorityId);
  const mismatch = studied ? [...joined.filter((p) => !studied.has(p.authorityId)).map((p) => p.authorityId), ...[...studied].filter((id) => !joinedIds.has(id))] : [];
  return [
    { gate: 'answers', met: pending.length === 0, authorities: pending },
    { gate: 'approvals', met: unbacked.length === 0, authorities: unbacked },
    { gate: 'participants', met: joined.length > 0, authorities: [] },
    { gate: 'study', met: studied !== null && mismatch.length === 0, authorities: mismatch },
    ...(f.board ? [{ gate: 'board' as const, met: f.board.met, authorities: [] }] : []),
  ];
}

/**
 * The gates of a submission to the professional committee, in the order a cluster meets them:
 * the review machine allows it; every invited authority has answered and every one that joined
 * has its council approval with the document; someone joined; a study exists, its figures are
 * within range and it covers exactly the authorities that joined; the cluster's board approved it,
 * where the cluster requires that; a grant only for a core
 * service, from a programme running today, within the cluster's available allocation. Returns
 * the first gate not met, or null.
 */
export function submissionRefusal(f: SubmissionFacts): ErrorCode | null {
  if (!serviceReview.check(f.state, 'submit').ok) return 'TRANSITION_NOT_ALLOWED';
  if (!submitsServices(f.role)) return 'FORBIDDEN';
  const met = Object.fromEntries(submissionChecks(f).map((c) => [c.gate, c.met])) as Record<ReadinessCheck['gate'], boolean>;
  if (!met.answers || !met.approvals) return 'APPROVALS_MISSING';
  if (!met.participants) return 'NO_PARTICIPANTS';
  if (!f.study) return 'STUDY_REQUIRED';
  if (f.study.void) return 'STUDY_OUT_OF_RANGE';
  if (!met.study) return 'STUDY_PARTICIPANTS_MISMATCH';
  if (f.board && !f.board.met) return 'BOARD_APPROVAL_MISSING';
  if (f.requestedGrantAgorot > 0) {
    if (f.kind !== 'core') return 'GRANT_ONLY_FOR_CORE';
    if (f.availableAgorot === null) return 'NO_PROGRAMME';
    if (f.requestedGrantAgorot > f.availableAgorot) return 'BUDGET_EXCEEDS_ALLOCATION';
  }
  return null;
}
