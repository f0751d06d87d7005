import type { CreateStaffingRequest, EndEmployment, ResubmitStaffingRequest, ReviewStaffingRequest, StaffingProposal } from '@eshkol/contracts/staffing';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael } from '../../platform/calendar';
import { AppError, issue } from '../../platform/errors';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { canRequest, canReview } from './staffing.policy';
import type { PositionRow, StaffingRepo } from './staffing.repo';
import { auditOfProposal, toPerson, toRequest } from './staffing-views';

/**
 * The requests of a cluster's staff to the regulator, each in one transaction: open a position,
 * change one, approve a person's salary in one; the regulator approves, returns with remarks (the
 * cluster sends a new version) or rejects. Nobody is recorded in a position before its approval.
 */
export function createStaffingRequestsService(deps: { db: Db; repo: StaffingRepo; clusters: Pick<ClustersRepo, 'get'>; clock: () => Date }) {
  const { db, repo, clock } = deps;

  /** The position a change or a salary is for: the cluster's own, and approved. */
  async function approvedPosition(tx: DbOrTx, clusterSlug: string, positionId: number) {
    const position = await repo.lockPosition(tx, positionId);
    if (!position || position.clusterSlug !== clusterSlug) throw new AppError('STAFFING_POSITION_NOT_FOUND', [issue('positionId', 'invalid_value', 'no such position of the cluster')]);
    if (position.state !== 'approved') throw new AppError('STAFFING_POSITION_NOT_APPROVED', [issue('positionId', 'invalid_value', 'the position is not approved')]);
    return position;
  }

  /** A person starts in a position on or after the day it was approved. */
  function startsAfterApproval(position: PositionRow, proposal: StaffingProposal) {
    if (proposal.kind === 'salary' && position.approvedOn !== null && proposal.fromDay < position.approvedOn) {
      throw new AppError('STAFFING_BEFORE_APPROVAL', [issue('fromDay', 'custom', 'before the position was approved')]);
    }
  }

  const termsOf = (p: { scopePercent: number; funding: string; grossAgorot: number }) => ({ scopePercent: p.scopePercent, funding: p.funding, grossAgorot: p.grossAgorot });

  async function view(tx: DbOrTx, requestId: number, actor: Actor) {
    const request = (await repo.lockRequest(tx, requestId))!;
    return toRequest(request, await repo.versionsOf(tx, [requestId]), actor);
  }

  async function submit(clusterSlug: string, input: CreateStaffingRequest, actor: Actor) {
    return db.transaction(async (tx) => {
      if (!canRequest(actor, clusterSlug)) throw new AppError('FORBIDDEN');
      if (!(await deps.clusters.get(tx, clusterSlug))) throw new AppError('CLUSTER_NOT_FOUND');
      let position: PositionRow;
      let proposal: StaffingProposal;
      if (input.kind === 'open_position') {
        proposal = input;
        position = await repo.insertPosition(tx, { clusterSlug, kind: input.positionKind, title: input.title, ...termsOf(input), state: 'requested' });
      } else {
        const { positionId, ...rest } = input;
        proposal = rest;
        position = await approvedPosition(tx, clusterSlug, positionId);
        startsAfterApproval(position, proposal);
        if (input.kind === 'change_position') {
          const open = (await repo.requestsOfPosition(tx, positionId)).filter((r) => r.kind === 'change_position' && (r.state === 'submitted' || r.state === 'returned'));
          if (open.length > 0) throw new AppError('STAFFING_REQUEST_PENDING');
        }
      }
      const request = await repo.insertRequest(tx, { clusterSlug, kind: input.kind, positionId: position.id, state: 'submitted', createdAt: clock() });
      await repo.insertVersion(tx, { requestId: request.id, version: 1, proposal, submittedBy: actor.userId, submittedAt: clock() });
      await writeAudit(tx, actor, { action: 'staffing_request.submit', entityType: 'staffing_request', entityId: String(request.id), after: { ...auditOfProposal(proposal, position), version: 1 } });
      return view(tx, request.id, actor);
    });
  }

  /** A returned request sent again with its proposal as it stands now: a new version. */
  async function resubmit(requestId: number, proposal: ResubmitStaffingRequest, actor: Actor) {
    return db.transaction(async (tx) => {
      const request = await repo.lockRequest(tx, requestId);
      if (!request) throw new AppError('STAFFING_REQUEST_NOT_FOUND');
      if (!canRequest(actor, request.clusterSlug)) throw new AppError('FORBIDDEN');
      if (request.state !== 'returned') throw new AppError('STAFFING_REQUEST_NOT_RETURNED');
      if (proposal.kind !== request.kind) throw new AppError('STAFFING_KIND_MISMATCH', [issue('kind', 'invalid_value', `the request is of kind ${request.kind}`)]);
      let position = (await repo.lockPosition(tx, request.positionId))!;
      if (proposal.kind === 'open_position') {
        position = await repo.updatePosition(tx, position.id, { kind: proposal.positionKind, title: proposal.title, ...termsOf(proposal) });
      } else {
        position = await approvedPosition(tx, request.clusterSlug, position.id);
        startsAfterApproval(position, proposal);
      }
      const version = ((await repo.versionsOf(tx, [requestId]))[0]?.version ?? 0) + 1;
      await repo.insertVersion(tx, { requestId, version, proposal, submittedBy: actor.userId, submittedAt: clock() });
      await repo.setRequestState(tx, requestId, 'submitted');
      await writeAudit(tx, actor, { action: 'staffing_request.resubmit', entityType: 'staffing_request', entityId: String(requestId), before: { state: request.state }, after: { ...auditOfProposal(proposal, position), version } });
      return view(tx, requestId, actor);
    });
  }

  /** What an approval does: an opening approves the position from a day, a change sets its terms, a salary records the person. */
  async function apply(tx: DbOrTx, request: { id: number; clusterSlug: string; positionId: number }, proposal: StaffingProposal, approvedOn: string) {
    if (proposal.kind === 'open_position') {
      await repo.updatePosition(tx, request.positionId, { state: 'approved', approvedOn });
    } else if (proposal.kind === 'change_position') {
      await repo.updatePosition(tx, request.positionId, termsOf(proposal));
    } else {
      const position = await approvedPosition(tx, request.clusterSlug, request.positionId);
      startsAfterApproval(position, proposal);
      const { personName, fromDay, scopePercent, grossAgorot } = proposal;
      await repo.insertPerson(tx, { positionId: position.id, clusterSlug: request.clusterSlug, personName, fromDay, scopePercent, grossAgorot, requestId: request.id });
    }
  }

  /** The regulator's decision on the version waiting for it. */
  async function review(requestId: number, input: ReviewStaffingRequest, actor: Actor) {
    return db.transaction(async (tx) => {
      if (!canReview(actor)) throw new AppError('FORBIDDEN');
      const request = await repo.lockRequest(tx, requestId);
      if (!request) throw new AppError('STAFFING_REQUEST_NOT_FOUND');
      if (request.state !== 'submitted') throw new AppError('STAFFING_REQUEST_NOT_PENDING');
      const today = dayInIsrael(clock());
      const approvedOn = input.decision === 'approve' ? (input.approvedOn ?? today) : today;
      if (input.decision === 'approve' && input.approvedOn !== undefined && (request.kind !== 'open_position' || input.approvedOn > today)) {
        throw new AppError('STAFFING_APPROVAL_DAY_INVALID', [issue('approvedOn', 'custom', 'a day to come, or not an opening')]);
      }
      const latest = (await repo.versionsOf(tx, [requestId]))[0]!;
      const position = (await repo.lockPosition(tx, request.positionId))!;
      const outcome = input.decision === 'approve' ? 'approved' : input.decision === 'return' ? 'returned' : 'rejected';
      if (outcome === 'approved') await apply(tx, request, latest.proposal, approvedOn);
      if (outcome === 'rejected' && request.kind === 'open_position') await repo.updatePosition(tx, position.id, { state: 'rejected' });
      await repo.reviewVersion(tx, requestId, latest.version, { outcome, remarks: input.remarks, reviewedBy: actor.userId, reviewedAt: clock() });
      await repo.setRequestState(tx, requestId, outcome);
      await writeAudit(tx, actor, {
        action: 'staffing_request.review',
        entityType: 'staffing_request',
        entityId: String(requestId),
        before: { state: request.state },
        after: { state: outcome, remarks: input.remarks, version: latest.version, requestKind: request.kind, positionKind: position.kind, positionTitle: position.title, clusterSlug: request.clusterSlug, ...(request.kind === 'open_position' && outcome === 'approved' ? { approvedOn } : {}) },
      });
      return view(tx, requestId, actor);
    });
  }

  /** A person's employment ends on their last day: recorded by their cluster's staff. */
  async function endEmployment(personId: number, input: EndEmployment, actor: Actor) {
    return db.transaction(async (tx) => {
      const person = await repo.lockPerson(tx, personId);
      if (!person) throw new AppError('STAFFING_PERSON_NOT_FOUND');
      if (!canRequest(actor, person.clusterSlug)) throw new AppError('FORBIDDEN');
      if (person.untilDay !== null) throw new AppError('STAFFING_PERSON_ENDED');
      if (input.untilDay < person.fromDay) throw new AppError('STAFFING_END_BEFORE_START', [issue('untilDay', 'custom', 'before the first day')]);
      const after = await repo.endPerson(tx, personId, input.untilDay);
      await writeAudit(tx, actor, {
        action: 'staffing_person.end',
        entityType: 'staffing_person',
        entityId: String(personId),
        before: { untilDay: null },
        after: { personName: after.personName, untilDay: after.untilDay, clusterSlug: after.clusterSlug },
      });
      return toPerson(after, dayInIsrael(clock()), true);
    });
  }

  return { submit, resubmit, review, endEmployment };
}
export type StaffingRequestsService = ReturnType<typeof createStaffingRequestsService>;
