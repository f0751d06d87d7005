import type { CreateMilestone } from '@eshkol/contracts/budget';
import { balances, shekelsToAgorot } from '@eshkol/engine/budget/ledger';
import { milestoneFlow, type MilestoneAction, type MilestoneState } from '@eshkol/engine/workflow/milestone';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import type { ServicesRepo } from '../services/services.repo';
import { latestReports, toMilestone } from './budget-views';
import { canManageBudget, canReadClusterBudget, canManageMilestones, holdsGrant, milestoneActions } from './budget.policy';
import type { BudgetRepo } from './budget.repo';
import { toEngineEntry, type LedgerWriter } from './ledger-writer';

/**
 * Milestones of an approved project: planned by the cluster within the committed grant, marked
 * done by the cluster, approved for payment by the ministry, which writes the disbursement.
 */
export function createMilestonesService(deps: {
  db: Db;
  repo: BudgetRepo;
  ledger: LedgerWriter;
  services: Pick<ServicesRepo, 'get' | 'lock'>;
  clusters: Pick<ClustersRepo, 'nameOf'>;
  notifications: Pick<NotificationsRepo, 'notify'>;
  /** A milestone is paid only once its latest progress report is approved. */
  requireApprovedReport: (tx: Tx, milestoneId: number) => Promise<void>;
  clock: () => Date;
}) {
  const { db, repo, ledger, services, notifications, clock } = deps;

  async function ofService(serviceId: number, actor: Actor | null) {
    const service = await services.get(db, serviceId);
    if (!service) throw new AppError('SERVICE_NOT_FOUND');
    if (!canReadClusterBudget(actor, service.clusterSlug)) throw new AppError('FORBIDDEN');
    const rows = await repo.milestonesOf(db, [serviceId]);
    const reports = latestReports(await repo.reportsOf(db, rows.map((m) => m.id)));
    return { items: rows.map((m) => toMilestone(m, reports.get(m.id))), actions: milestoneActions(actor, service) };
  }

  async function addMilestone(serviceId: number, input: CreateMilestone, actor: Actor) {
    return db.transaction(async (tx) => {
      // Held against a decision that would release the grant while milestones are planned within it.
      const service = await services.lock(tx, serviceId, 'change');
      if (!service) throw new AppError('SERVICE_NOT_FOUND');
      if (!canManageMilestones(actor, service.clusterSlug)) throw new AppError('FORBIDDEN');
      if (!holdsGrant(service.state)) throw new AppError('TRANSITION_NOT_ALLOWED');
      const amountAgorot = shekelsToAgorot(input.amount);
      if (amountAgorot === null) throw new AppError('VALIDATION_FAILED');
      const grant = balances(0, (await repo.ledgerOfService(tx, serviceId)).map(toEngineEntry)).services.find((s) => s.serviceId === serviceId);
      if ((await repo.milestoneTotal(tx, serviceId)) + amountAgorot > (grant?.committed ?? 0)) throw new AppError('MILESTONES_EXCEED_GRANT');
      const row = await repo.insertMilestone(tx, { serviceId, title: input.title, plannedOn: input.plannedOn, amountAgorot, deliverable: input.deliverable });
      await writeAudit(tx, actor, { action: 'milestone.create', entityType: 'milestone', entityId: String(row.id), owner: serviceOwner(serviceId), after: toMilestone(row) });
      return toMilestone(row);
    });
  }

  /** Locks the milestone, checks who may move it and the move against the machine; the service comes along for scope. */
  async function move(tx: Tx, id: number, action: MilestoneAction, actor: Actor) {
    const m = await repo.lockMilestone(tx, id);
    if (!m) throw new AppError('MILESTONE_NOT_FOUND');
    const service = (await services.get(tx, m.serviceId))!;
    const allowed = action === 'mark_done' ? canManageMilestones(actor, service.clusterSlug) : canManageBudget(actor);
    if (!allowed) throw new AppError('FORBIDDEN');
    const check = milestoneFlow.check(m.state as MilestoneState, action);
    if (!check.ok) throw new AppError('TRANSITION_NOT_ALLOWED');
    return { m, service, to: check.to };
  }

  async function markDone(id: number, actor: Actor) {
    return db.transaction(async (tx) => {
      const { m, service, to } = await move(tx, id, 'mark_done', actor);
      // A revoked grant has nothing left to pay: its milestones stay as they are.
      if (!holdsGrant(service.state)) throw new AppError('TRANSITION_NOT_ALLOWED');
      const after = await repo.updateMilestone(tx, id, { state: to, doneAt: clock(), doneBy: actor.userId });
      await writeAudit(tx, actor, { action: 'milestone.done', entityType: 'milestone', entityId: String(id), owner: serviceOwner(service.id), before: toMilestone(m), after: toMilestone(after) });
      await notifications.notify(tx, {
        kind: 'milestone_done',
        role: 'ministry',
        link: `/services/${service.id}`,
        params: { service: service.nameHe, milestone: m.title, cluster: await deps.clusters.nameOf(tx, service.clusterSlug) },
      });
      return toMilestone(after);
    });
  }

  /** Approves the payment and records the disbursement: PROGRESS_REPORT_MISSING before its report is approved, PAYMENT_EXCEEDS_COMMITMENT beyond what the project holds unpaid. */
  async function approvePayment(id: number, actor: Actor) {
    return db.transaction(async (tx) => {
      const { m, service, to } = await move(tx, id, 'approve_payment', actor);
      await deps.requireApprovedReport(tx, id);
      await ledger.payMilestone(tx, m, service.clusterSlug, actor);
      const after = await repo.updateMilestone(tx, id, { state: to, paidAt: clock(), paidBy: actor.userId });
      await writeAudit(tx, actor, { action: 'milestone.pay', entityType: 'milestone', entityId: String(id), owner: serviceOwner(service.id), before: toMilestone(m), after: toMilestone(after) });
      return toMilestone(after);
    });
  }

  return { ofService, addMilestone, markDone, approvePayment };
}
export type MilestonesService = ReturnType<typeof createMilestonesService>;
