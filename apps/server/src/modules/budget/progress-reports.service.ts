import type { ReviewProgressReport, SubmitProgressReport } from '@eshkol/contracts/budget';
import { shekelsToAgorot } from '@eshkol/engine/budget/ledger';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError, issue } from '../../platform/errors';
import type { DocumentsModule } from '../documents/documents.module';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import type { ServicesRepo } from '../services/services.repo';
import { latestReports, toProgressReport } from './budget-views';
import { canManageBudget, canManageMilestones, canReadClusterBudget, holdsGrant } from './budget.policy';
import type { BudgetRepo, ProgressReportRow } from './budget.repo';

/**
 * A milestone's progress reports: its cluster's staff report what was done, what it cost and the
 * evidence; the ministry approves the report or returns it with remarks, and a milestone is paid
 * only once its latest report is approved.
 */
export function createProgressReportsService(deps: {
  db: Db;
  repo: BudgetRepo;
  services: Pick<ServicesRepo, 'get'>;
  documents: Pick<DocumentsModule, 'get' | 'names' | 'addReader'>;
  notifications: Pick<NotificationsRepo, 'notify'>;
  clock: () => Date;
}) {
  const { db, repo, services, clock } = deps;

  async function milestoneAndService(tx: DbOrTx, milestoneId: number) {
    const m = await repo.lockMilestone(tx, milestoneId);
    if (!m) throw new AppError('MILESTONE_NOT_FOUND');
    return { m, service: (await services.get(tx, m.serviceId))! };
  }

  const record = (r: ProgressReportRow) => ({ ...r, submittedAt: r.submittedAt.toISOString(), reviewedAt: r.reviewedAt?.toISOString() ?? null });

  /** Every version of a milestone's reports, newest first, for those who read the cluster's budget. */
  async function list(milestoneId: number, actor: Actor | null) {
    const m = (await repo.milestonesOfIds(db, [milestoneId]))[0];
    if (!m) throw new AppError('MILESTONE_NOT_FOUND');
    const service = (await services.get(db, m.serviceId))!;
    if (!canReadClusterBudget(actor, service.clusterSlug)) throw new AppError('FORBIDDEN');
    const rows = await repo.reportsOf(db, [milestoneId]);
    const names = await deps.documents.names(db, [...new Set(rows.flatMap((r) => r.documentIds))]);
    return { items: rows.map((r) => toProgressReport(r, names)) };
  }

  /** A new version of the milestone's report: not while one waits for review, nor once one is approved, nor once paid. */
  async function submit(milestoneId: number, input: SubmitProgressReport, actor: Actor) {
    return db.transaction(async (tx) => {
      const { m, service } = await milestoneAndService(tx, milestoneId);
      if (!canManageMilestones(actor, service.clusterSlug)) throw new AppError('FORBIDDEN');
      if (m.state === 'paid' || !holdsGrant(service.state)) throw new AppError('TRANSITION_NOT_ALLOWED');
      const latest = latestReports(await repo.reportsOf(tx, [milestoneId])).get(milestoneId);
      if (latest?.state === 'submitted') throw new AppError('PROGRESS_REPORT_PENDING');
      if (latest?.state === 'approved') throw new AppError('PROGRESS_REPORT_APPROVED');
      const spentAgorot = input.spent === 0 ? 0 : shekelsToAgorot(input.spent);
      if (spentAgorot === null) throw new AppError('VALIDATION_FAILED', [issue('spent', 'invalid_value', 'not an amount in agorot')]);
      for (const [i, id] of input.documentIds.entries()) {
        const doc = await deps.documents.get(tx, id);
        if (!doc || (doc.uploadedBy !== actor.userId && doc.clusterSlug !== service.clusterSlug)) {
          throw new AppError('DOCUMENT_NOT_FOUND', [issue(`documentIds.${i}`, 'invalid_value', 'no such document of the cluster')]);
        }
      }
      const row = await repo.insertReport(tx, {
        milestoneId,
        version: (latest?.version ?? 0) + 1,
        narrative: input.narrative,
        spentAgorot,
        documentIds: input.documentIds,
        state: 'submitted',
        submittedBy: actor.userId,
        submittedAt: clock(),
      });
      await writeAudit(tx, actor, {
        action: 'progress_report.submit',
        entityType: 'progress_report',
        entityId: String(row.id),
        owner: serviceOwner(service.id),
        after: { ...record(row), milestoneTitle: m.title, serviceId: service.id },
      });
      await deps.notifications.notify(tx, { kind: 'progress_report', role: 'ministry', link: `/services/${service.id}`, params: { service: service.nameHe, milestone: m.title } });
      return toProgressReport(row, await deps.documents.names(tx, row.documentIds));
    });
  }

  /** The ministry's review of the report waiting for it: approved, or returned with remarks. */
  async function review(reportId: number, input: ReviewProgressReport, actor: Actor) {
    return db.transaction(async (tx) => {
      if (!canManageBudget(actor)) throw new AppError('FORBIDDEN');
      const report = await repo.lockReport(tx, reportId);
      if (!report) throw new AppError('PROGRESS_REPORT_NOT_FOUND');
      const { m, service } = await milestoneAndService(tx, report.milestoneId);
      if (report.state !== 'submitted') throw new AppError('PROGRESS_REPORT_NOT_PENDING');
      const after = await repo.updateReport(tx, reportId, { state: input.decision === 'approve' ? 'approved' : 'returned', remarks: input.remarks, reviewedBy: actor.userId, reviewedAt: clock() });
      await writeAudit(tx, actor, {
        action: 'progress_report.review',
        entityType: 'progress_report',
        entityId: String(reportId),
        owner: serviceOwner(service.id),
        before: { state: report.state },
        after: { state: after.state, remarks: after.remarks, version: after.version, milestoneTitle: m.title, serviceId: service.id },
      });
      await deps.notifications.notify(tx, {
        kind: 'progress_report_reviewed',
        role: 'cluster_staff',
        clusterSlug: service.clusterSlug,
        link: `/services/${service.id}`,
        params: { service: service.nameHe, milestone: m.title, outcome: after.state },
      });
      return toProgressReport(after, await deps.documents.names(tx, after.documentIds));
    });
  }

  /** A milestone is paid only once its latest report is approved. */
  async function requireApproved(tx: DbOrTx, milestoneId: number) {
    const latest = latestReports(await repo.reportsOf(tx, [milestoneId])).get(milestoneId);
    if (latest?.state !== 'approved') throw new AppError('PROGRESS_REPORT_MISSING');
  }

  // The evidence is read by whoever reads the cluster's budget.
  deps.documents.addReader(async (tx, actor, documentId) => {
    for (const r of await repo.reportsCitingDocument(tx, documentId)) {
      const m = (await repo.milestonesOfIds(tx, [r.milestoneId]))[0];
      const service = m ? await services.get(tx, m.serviceId) : null;
      if (service && canReadClusterBudget(actor, service.clusterSlug)) return true;
    }
    return false;
  });

  return { list, submit, review, requireApproved };
}
export type ProgressReportsService = ReturnType<typeof createProgressReportsService>;
