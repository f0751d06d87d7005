import type { DecideSubmission } from '@eshkol/contracts/reviews';
import { grantHoldingStates, serviceReview, type ServiceState } from '@eshkol/engine/workflow/service-review';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { LedgerWriter } from '../budget/ledger-writer';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import type { ServicesRepo } from '../services/services.repo';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { canDecide, canMarkConditionMet } from './reviews.policy';
import type { ReviewsRepo } from './reviews.repo';

export type DecideDeps = {
  repo: ReviewsRepo;
  services: Pick<ServicesRepo, 'lock' | 'setState'>;
  clusters: Pick<ClustersRepo, 'nameOf'>;
  ledger: LedgerWriter;
  notifications: Pick<NotificationsRepo, 'notify'>;
};

const holdsGrant = (s: ServiceState) => grantHoldingStates.includes(s);

/**
 * Records a committee decision on the service's latest submission; the review machine decides
 * what may follow what. An approval commits the requested grant in the same transaction, under
 * the cluster's budget lock (BUDGET_EXCEEDS_ALLOCATION when it no longer fits); an approval that
 * follows a conditional one commits nothing more; a rejection after an approval releases what
 * remains unpaid. Every decision leaves the submission out of the queue; a return sends the
 * service back to the cluster, whose resubmission is a new submission. Decisions are never
 * edited: a later one supersedes.
 */
export async function decideSubmission(deps: DecideDeps, tx: Tx, submissionId: number, input: DecideSubmission, actor: Actor): Promise<void> {
  const { repo, services, ledger, notifications } = deps;
  const found = await repo.get(tx, submissionId);
  if (!found) throw new AppError('SUBMISSION_NOT_FOUND');
  const service = (await services.lock(tx, found.serviceId, 'change'))!;
  // Read again under the service's lock: a decision that raced this one may have closed it.
  const submission = (await repo.get(tx, submissionId))!;
  const from = service.state as ServiceState;
  if (!canDecide(actor)) throw new AppError('FORBIDDEN');
  const check = serviceReview.check(from, input.outcome);
  if (!check.ok) throw new AppError('TRANSITION_NOT_ALLOWED');
  if ((await repo.latestOf(tx, service.id)) !== submissionId) throw new AppError('TRANSITION_NOT_ALLOWED');
  if (input.outcome !== 'approve_with_conditions' && input.conditions.length > 0) {
    throw new AppError('VALIDATION_FAILED', [issue('body.conditions', 'conditions_not_allowed', 'conditions belong to an approval with conditions')]);
  }

  const commits = !holdsGrant(from) && holdsGrant(check.to) && submission.requestedGrantAgorot > 0;
  const decision = await repo.insertDecision(tx, {
    submissionId,
    outcome: input.outcome,
    checklist: input.checklist,
    reasons: input.reasons,
    grantAgorot: commits ? submission.requestedGrantAgorot : null,
    decidedBy: actor.userId,
  });
  const conditions = await repo.insertConditions(tx, decision.id, input.conditions);
  if (commits) {
    const grant = { clusterSlug: service.clusterSlug, serviceId: service.id, decisionId: decision.id, amountAgorot: submission.requestedGrantAgorot };
    await ledger.commitGrant(tx, grant, actor);
  }
  if (holdsGrant(from) && !holdsGrant(check.to)) await ledger.releaseUnpaid(tx, service, decision.id, actor);
  await services.setState(tx, service.id, from, check.to);
  if (submission.pending) await repo.close(tx, submissionId);

  await writeAudit(tx, actor, {
    action: `decision.${input.outcome}`,
    entityType: 'decision',
    entityId: String(decision.id),
    owner: serviceOwner(service.id),
    after: { submissionId, serviceId: service.id, ...input, conditions: conditions.map((c) => ({ id: c.id, text: c.text })), grantAgorot: decision.grantAgorot },
  });
  await writeAudit(tx, actor, { action: 'service.decide', entityType: 'service', entityId: String(service.id), owner: serviceOwner(service.id), before: { state: from }, after: { state: check.to, decisionId: decision.id } });
  if (submission.pending) {
    await writeAudit(tx, actor, { action: 'submission.close', entityType: 'submission', entityId: String(submissionId), owner: serviceOwner(service.id), before: { pending: true }, after: { pending: false } });
  }
  await notifications.notify(tx, {
    kind: 'decision',
    role: 'cluster_staff',
    clusterSlug: service.clusterSlug,
    link: `/services/${service.id}`,
    params: { service: service.nameHe, outcome: input.outcome, cluster: await deps.clusters.nameOf(tx, service.clusterSlug) },
  });
}

/**
 * Records a condition of the latest decision as met. Marking a met condition again changes
 * nothing; a condition of a superseded decision no longer counts.
 */
export async function markConditionMet(repo: ReviewsRepo, tx: Tx, submissionId: number, conditionId: number, actor: Actor, now: Date): Promise<void> {
  const submission = await repo.get(tx, submissionId);
  if (!submission) throw new AppError('SUBMISSION_NOT_FOUND');
  const found = await repo.lockCondition(tx, conditionId);
  if (!found || found.submissionId !== submissionId) throw new AppError('CONDITION_NOT_FOUND');
  if (!canMarkConditionMet(actor)) throw new AppError('FORBIDDEN');
  if (found.c.metAt) return;
  const latest = (await repo.decisionsOf(tx, [submissionId])).at(-1);
  if (latest?.id !== found.c.decisionId) throw new AppError('TRANSITION_NOT_ALLOWED');
  await repo.markConditionMet(tx, conditionId, now, actor.userId);
  await writeAudit(tx, actor, {
    action: 'decision.condition_met',
    entityType: 'decision',
    entityId: String(found.c.decisionId),
    owner: serviceOwner(submission.serviceId),
    before: { conditionId, text: found.c.text, metAt: null },
    after: { conditionId, text: found.c.text, metAt: now.toISOString() },
  });
}
