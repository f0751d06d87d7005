import type { Role } from '@eshkol/contracts/auth';
import type { ErrorCode } from '@eshkol/contracts/errors';
import type { ServiceKind } from '@eshkol/contracts/services';
import { serviceReview, type ServiceState } from '@eshkol/engine/workflow/service-review';

/** What the gates of a submission look at, read inside the submitting transaction. */
export type SubmissionFacts = {
  state: ServiceState;
  role: Role;
  kind: ServiceKind;
  participants: readonly { authorityId: string; status: string; hasApproval: boolean; hasDocument: boolean }[];
  /** The authorities of the study's baseline; null when the service has no study. */
  studyAuthorities: readonly string[] | null;
  requestedGrantAgorot: number;
  /** The cluster's available allocation in today's programme; null when no programme runs today. */
  availableAgorot: number | null;
};

/**
 * The gates of a submission to the professional committee, in the order a cluster meets them:
 * the review machine allows it; every invited authority has answered and every one that joined
 * has its council approval with the document; someone joined; a study exists and covers exactly
 * the authorities that joined; a grant only for a core service, from a programme running today,
 * within the cluster's available allocation. Returns the first gate not met, or null.
 */
export function submissionRefusal(f: SubmissionFacts): ErrorCode | null {
  const machine = serviceReview.check(f.state, 'submit', f.role);
  if (!machine.ok) return machine.reason === 'role-not-allowed' ? 'FORBIDDEN' : 'TRANSITION_NOT_ALLOWED';
  const joined = f.participants.filter((p) => p.status === 'joined');
  if (f.participants.some((p) => p.status === 'invited') || joined.some((p) => !p.hasApproval || !p.hasDocument)) return 'APPROVALS_MISSING';
  if (joined.length === 0) return 'NO_PARTICIPANTS';
  if (!f.studyAuthorities) return 'STUDY_REQUIRED';
  const studied = new Set(f.studyAuthorities);
  if (studied.size !== joined.length || joined.some((p) => !studied.has(p.authorityId))) return 'STUDY_PARTICIPANTS_MISMATCH';
  if (f.requestedGrantAgorot > 0) {
    if (f.kind !== 'core') return 'GRANT_ONLY_FOR_CORE';
    if (f.availableAgorot === null) return 'NO_PROGRAMME';
    if (f.requestedGrantAgorot > f.availableAgorot) return 'BUDGET_EXCEEDS_ALLOCATION';
  }
  return null;
}
