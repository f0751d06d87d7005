import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../db/client';
import type { Cite } from '../../platform/citations';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { DocumentsModule } from '../documents/documents.module';
import type { NotificationsModule } from '../notifications/notifications.module';
import { createFinancialReportSubmissions } from './financial-report-submissions.service';
import { financialReportRules } from './financial-reports.policy';
import { createFinancialReportsRepo } from './financial-reports.repo';
import { registerFinancialReportRoutes } from './financial-reports.routes';
import { createFinancialReportsService } from './financial-reports.service';

/**
 * Each cluster's annual financial report to the regulator: its versions, the regulator's review,
 * the Excel template and its import, a cluster's finances over the years and the clusters per
 * resident. `dueRule` reads the programme's rule in force of when a year's report is due (the
 * compliance module's, created after this one and asked when a report is read).
 *
 * Its ports, for the modules created after it:
 * - `pendingReview(db)`: every report waiting for the regulator, as `{ id, clusterSlug, title,
 *   submittedAt, link }` — the shape of the reviewers' desk's `DeskSource.pending`;
 * - `reportsOf(db, clusterSlugs, fiscalYears)`: per cluster and year, `{ state ('none' without a
 *   report), firstSubmittedOn, acceptedOn, dueOn }`, for the obligation of a report by its due day.
 */
export function financialReportsModule(
  ctx: ModuleContext,
  deps: { clusters: ClustersModule; documents: DocumentsModule; notifications: NotificationsModule; cite: Cite; dueRule: (db: DbOrTx) => Promise<(fiscalYear: number) => string> },
) {
  const repo = createFinancialReportsRepo();
  const reports = createFinancialReportsService({ db: ctx.db, repo, clusters: deps.clusters.repo, registry: deps.clusters.registry, documents: deps.documents, cite: deps.cite, dueRule: deps.dueRule, clock: ctx.clock });
  const submissions = createFinancialReportSubmissions({ db: ctx.db, repo, clusters: deps.clusters.repo, documents: deps.documents, notify: deps.notifications.notify, dueRule: deps.dueRule, clock: ctx.clock });
  // The statements are read by whoever reads the version that cites them.
  deps.documents.addReader(reports.mayReadStatements);
  return {
    pendingReview: reports.pendingReview,
    reportsOf: reports.reportsOf,
    routes: (app: FastifyInstance) => registerFinancialReportRoutes(app, { reports, submissions }),
    capabilities: { 'financialReports.readAll': financialReportRules.readAll },
  };
}
export type FinancialReportsModule = ReturnType<typeof financialReportsModule>;
