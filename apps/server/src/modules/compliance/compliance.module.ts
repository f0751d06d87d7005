import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { BudgetModule } from '../budget/budget.module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { GovernanceModule } from '../governance/governance.module';
import type { ServicesModule } from '../services/services.module';
import type { NotificationsModule } from '../notifications/notifications.module';
import type { StaffingModule } from '../staffing/staffing.module';
import type { FinancialReportsModule } from '../financial-reports/financial-reports.module';
import { complianceRules } from './compliance.policy';
import { createComplianceRepo } from './compliance.repo';
import { registerComplianceRoutes } from './compliance.routes';
import { createComplianceService } from './compliance.service';
import { createDesk } from './desk';

/** The compliance calendar: the programme's rules as data, and each cluster's obligations computed from the other modules' records. */
export function complianceModule(ctx: ModuleContext, deps: { clusters: ClustersModule; governance: GovernanceModule; services: ServicesModule; budget: BudgetModule; notifications: NotificationsModule; staffing: StaffingModule; financialReports: FinancialReportsModule }) {
  const compliance = createComplianceService({
    db: ctx.db,
    repo: createComplianceRepo(),
    clusters: deps.clusters.repo,
    bodies: deps.governance.repo,
    meetings: deps.governance.meetingsRepo,
    services: deps.services.repo,
    budget: deps.budget.repo,
    positions: deps.staffing.approvedBeforeFilled,
    financialReports: deps.financialReports.reportsOf,
    notify: deps.notifications.notify,
    clock: ctx.clock,
  });
  // Obligations due soon or overdue are told of when the server starts, and every hour after.
  let reminders: NodeJS.Timeout | undefined;
  const remind = (log: FastifyInstance['log']) => compliance.remindDue().catch((error: unknown) => log.warn({ err: error }, 'obligations due were not told of'));
  const desk = createDesk({
    clusterNames: async (db) => new Map((await deps.clusters.repo.list(db)).map((c) => [c.slug, { nameHe: c.nameHe, nameEn: c.nameEn }])),
    clock: ctx.clock,
  });
  // The ministry reviews the milestones' progress reports.
  desk.addSource({
    kind: 'progress_report',
    reviewers: ['ministry'],
    pending: async (db) => {
      const rows = await deps.budget.repo.pendingReports(db);
      const services = await deps.services.repo.byIds(db, [...new Set(rows.map((r) => r.milestone.serviceId))]);
      return rows.flatMap(({ report, milestone }) => {
        const service = services.get(milestone.serviceId);
        return service ? [{ id: report.id, clusterSlug: service.clusterSlug, title: `${milestone.title} · ${service.nameHe}`, submittedAt: report.submittedAt, link: `/services/${service.id}` }] : [];
      });
    },
  });
  // The regulator reviews the clusters' annual financial reports and their staffing requests.
  desk.addSource({ kind: 'financial_report', reviewers: ['regulator'], pending: deps.financialReports.pendingReview });
  desk.addSource({ kind: 'staffing_request', reviewers: ['regulator'], pending: deps.staffing.pendingReview });
  return {
    compliance,
    /** For the modules created after this one: what else waits on a reviewer's desk. */
    addDeskSource: desk.addSource,
    routes: (app: FastifyInstance) => {
      app.addHook('onReady', async () => {
        await remind(app.log);
        reminders = setInterval(() => void remind(app.log), 60 * 60_000);
        reminders.unref();
      });
      registerComplianceRoutes(app, { compliance, desk: (actor) => desk.itemsFor(ctx.db, actor) });
    },
    close: async () => clearInterval(reminders),
    capabilities: { 'compliance.readOverview': complianceRules.readOverview, 'compliance.readDesk': complianceRules.readDesk },
  };
}
export type ComplianceModule = ReturnType<typeof complianceModule>;
