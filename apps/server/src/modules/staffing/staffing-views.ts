import type { Person, Position, StaffingProposal, StaffingRequest } from '@eshkol/contracts/staffing';
import type { Actor } from '../../platform/access';
import { isCurrent } from './establishment';
import { requestActions } from './staffing.policy';
import type { PersonRow, PositionRow, RequestRow, VersionRow } from './staffing.repo';

/** Rows as the API gives them; salaries only where the reader reads them (the caller decides). */

export function toPosition(p: PositionRow, fill: { headcount: number; filledPercent: number } | undefined, readsSalaries: boolean): Position {
  return {
    id: p.id,
    kind: p.kind as Position['kind'],
    title: p.title,
    scopePercent: p.scopePercent,
    funding: p.funding as Position['funding'],
    state: p.state as Position['state'],
    approvedOn: p.approvedOn,
    grossAgorot: readsSalaries ? p.grossAgorot : null,
    headcount: fill?.headcount ?? 0,
    filledPercent: fill?.filledPercent ?? 0,
  };
}

export const toPerson = (p: PersonRow, today: string, mayEnd: boolean): Person => ({
  id: p.id,
  positionId: p.positionId,
  personName: p.personName,
  fromDay: p.fromDay,
  untilDay: p.untilDay,
  scopePercent: p.scopePercent,
  grossAgorot: p.grossAgorot,
  current: isCurrent(p, today),
  actions: mayEnd && p.untilDay === null ? ['end'] : [],
});

/** A request with its versions (given newest first). */
export function toRequest(r: RequestRow, versions: readonly VersionRow[], actor: Actor | null): StaffingRequest {
  const own = versions.filter((v) => v.requestId === r.id);
  return {
    id: r.id,
    clusterSlug: r.clusterSlug,
    kind: r.kind as StaffingRequest['kind'],
    positionId: r.positionId,
    state: r.state as StaffingRequest['state'],
    createdAt: r.createdAt.toISOString(),
    waitingSince: (own[0]?.submittedAt ?? r.createdAt).toISOString(),
    versions: own.map((v) => ({
      version: v.version,
      proposal: v.proposal,
      submittedAt: v.submittedAt.toISOString(),
      outcome: v.outcome as StaffingRequest['versions'][number]['outcome'],
      remarks: v.remarks,
      reviewedAt: v.reviewedAt?.toISOString() ?? null,
    })),
    actions: requestActions(actor, r),
  };
}

/** What an audit event keeps of a proposal and its position: the proposal's figures, and what it is about. */
export const auditOfProposal = (proposal: StaffingProposal, position: PositionRow) => ({
  ...proposal,
  requestKind: proposal.kind,
  positionKind: position.kind,
  positionTitle: position.title,
  clusterSlug: position.clusterSlug,
});
