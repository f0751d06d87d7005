import type { AuditAction } from '@eshkol/contracts/audit';
import type { FinancialReport, ResubmitFinancialReport, ReviewFinancialReport, SubmitFinancialReport } from '@eshkol/contracts/financial-reports';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { dayInIsrael } from '../../platform/calendar';
import { AppError, issue } from '../../platform/errors';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { DocumentsModule } from '../documents/documents.module';
import type { NotificationsRepo } from '../notifications/notifications.repo';
import { expectedSurplus, isBalanced } from './figures';
import { auditOfVersion, reportTitle, toReport } from './financial-report-views';
import { canReadDrafts, canReview, canSubmit } from './financial-reports.policy';
import type { FinancialReportsRepo, ReportRow } from './financial-reports.repo';
import { onSheet, readTemplate } from './financial-reports.xlsx';

type Via = 'form' | 'import';

/**
 * The cluster's staff send a year's report (by the form or the regulator's Excel) and, once it is
 * returned with remarks, a new version of it; the regulator accepts the version waiting or returns
 * it. Each in one transaction that stores nothing when it refuses.
 */
export function createFinancialReportSubmissions(deps: {
  db: Db;
  repo: FinancialReportsRepo;
  clusters: Pick<ClustersRepo, 'get'>;
  documents: Pick<DocumentsModule, 'get' | 'names'>;
  notify: NotificationsRepo['notify'];
  dueRule: (db: DbOrTx) => Promise<(fiscalYear: number) => string>;
  clock: () => Date;
}) {
  const { db, repo, clock } = deps;

  async function view(tx: DbOrTx, reportId: number, actor: Actor): Promise<FinancialReport> {
    const report = (await repo.get(tx, reportId))!;
    const versions = await repo.versionsOf(tx, [reportId]);
    const fileNames = await deps.documents.names(tx, [...new Set(versions.map((v) => v.statementsDocumentId))]);
    return toReport(report, { versions, fileNames, dueOn: await deps.dueRule(tx), readsDrafts: canReadDrafts(actor, report.clusterSlug) }, actor);
  }

  /** A report is for a year that has ended: from the programme's first, never the current year or a later one. */
  function yearEnded(fiscalYear: number) {
    if (fiscalYear >= Number(dayInIsrael(clock()).slice(0, 4))) {
      throw new AppError('FINANCIAL_REPORT_YEAR_NOT_ENDED', [issue('fiscalYear', 'year_not_ended', 'the fiscal year has not ended', { year: fiscalYear })]);
    }
  }

  /** The figures add up, and the statements are a PDF of the cluster's (or the sender's own). Returns the statements' name. */
  async function checked(tx: DbOrTx, clusterSlug: string, input: ResubmitFinancialReport, actor: Actor): Promise<string> {
    if (!isBalanced(input.figures)) {
      throw new AppError('FINANCIAL_REPORT_UNBALANCED', [issue('figures.surplus', 'unbalanced', 'total revenue less total expenses is not the surplus', { expected: expectedSurplus(input.figures) / 100 })]);
    }
    const doc = await deps.documents.get(tx, input.statementsDocumentId);
    if (!doc || (doc.uploadedBy !== actor.userId && doc.clusterSlug !== clusterSlug)) {
      throw new AppError('DOCUMENT_NOT_FOUND', [issue('statementsDocumentId', 'invalid_value', 'no such document of the cluster')]);
    }
    if (doc.contentType !== 'application/pdf') throw new AppError('FINANCIAL_REPORT_STATEMENTS_NOT_PDF', [issue('statementsDocumentId', 'invalid_value', 'not a PDF')]);
    return doc.fileName;
  }

  /** Why a year that already has a report takes no new one. */
  function refuseExisting(existing: ReportRow) {
    if (existing.state === 'accepted') throw new AppError('FINANCIAL_REPORT_ACCEPTED');
    if (existing.state === 'submitted') throw new AppError('FINANCIAL_REPORT_PENDING');
    throw new AppError('FINANCIAL_REPORT_EXISTS');
  }

  /** The first version of a new report of the year. */
  async function newReport(tx: DbOrTx, clusterSlug: string, fiscalYear: number, input: ResubmitFinancialReport, actor: Actor, via: Via) {
    const fileName = await checked(tx, clusterSlug, input, actor);
    // Two first reports of a year at once: the unique index lets one in, the other is told it waits.
    const report = await repo.insertIfNone(tx, { clusterSlug, fiscalYear, state: 'submitted', createdAt: clock() });
    if (!report) throw new AppError('FINANCIAL_REPORT_PENDING');
    const version = await repo.insertVersion(tx, { reportId: report.id, version: 1, figures: input.figures, statementsDocumentId: input.statementsDocumentId, via, submittedBy: actor.userId, submittedAt: clock() });
    return { report, version, fileName, before: null };
  }

  /** A new version of a returned report. */
  async function newVersion(tx: DbOrTx, report: ReportRow, input: ResubmitFinancialReport, actor: Actor, via: Via) {
    const fileName = await checked(tx, report.clusterSlug, input, actor);
    const latest = (await repo.versionsOf(tx, [report.id]))[0]?.version ?? 0;
    const version = await repo.insertVersion(tx, { reportId: report.id, version: latest + 1, figures: input.figures, statementsDocumentId: input.statementsDocumentId, via, submittedBy: actor.userId, submittedAt: clock() });
    await repo.setState(tx, report.id, { state: 'submitted' });
    return { report, version, fileName, before: { state: report.state } };
  }

  type Sent = Awaited<ReturnType<typeof newReport>> | Awaited<ReturnType<typeof newVersion>>;
  async function recorded(tx: DbOrTx, action: AuditAction, sent: Sent, actor: Actor) {
    await writeAudit(tx, actor, {
      action,
      entityType: 'financial_report',
      entityId: String(sent.report.id),
      before: sent.before,
      after: { ...auditOfVersion(sent.report, sent.version, sent.fileName), state: 'submitted' },
    });
    return view(tx, sent.report.id, actor);
  }

  async function submit(clusterSlug: string, input: SubmitFinancialReport, actor: Actor) {
    return db.transaction(async (tx) => {
      if (!canSubmit(actor, clusterSlug)) throw new AppError('FORBIDDEN');
      if (!(await deps.clusters.get(tx, clusterSlug))) throw new AppError('CLUSTER_NOT_FOUND');
      yearEnded(input.fiscalYear);
      const existing = await repo.lockOfYear(tx, clusterSlug, input.fiscalYear);
      if (existing) refuseExisting(existing);
      return recorded(tx, 'financial_report.submit', await newReport(tx, clusterSlug, input.fiscalYear, input, actor, 'form'), actor);
    });
  }

  /** A returned report sent again: a new version, kept beside the earlier ones and their remarks. */
  async function resubmit(reportId: number, input: ResubmitFinancialReport, actor: Actor) {
    return db.transaction(async (tx) => {
      const report = await repo.lock(tx, reportId);
      if (!report) throw new AppError('FINANCIAL_REPORT_NOT_FOUND');
      if (!canSubmit(actor, report.clusterSlug)) throw new AppError('FORBIDDEN');
      if (report.state !== 'returned') throw new AppError('FINANCIAL_REPORT_NOT_RETURNED');
      return recorded(tx, 'financial_report.resubmit', await newVersion(tx, report, input, actor, 'form'), actor);
    });
  }

  /**
   * The regulator's Excel, with the statements it goes with: the whole sheet or nothing. It sends
   * what the form would — a new report of its year, or a new version of the year's returned one —
   * by the same checks, each refusal naming the sheet's row.
   */
  async function importSheet(clusterSlug: string, bytes: Buffer, statementsDocumentId: string, actor: Actor) {
    if (!canSubmit(actor, clusterSlug)) throw new AppError('FORBIDDEN');
    const sheet = await readTemplate(bytes);
    if (!sheet.ok) throw new AppError('IMPORT_INVALID_ROWS', sheet.issues);
    const input = { statementsDocumentId, figures: sheet.figures };
    try {
      return await db.transaction(async (tx) => {
        if (!(await deps.clusters.get(tx, clusterSlug))) throw new AppError('CLUSTER_NOT_FOUND');
        yearEnded(sheet.fiscalYear);
        const existing = await repo.lockOfYear(tx, clusterSlug, sheet.fiscalYear);
        if (existing && existing.state !== 'returned') refuseExisting(existing);
        const sent = existing ? await newVersion(tx, existing, input, actor, 'import') : await newReport(tx, clusterSlug, sheet.fiscalYear, input, actor, 'import');
        return recorded(tx, 'financial_report.import', sent, actor);
      });
    } catch (e) {
      if (e instanceof AppError && e.issues) throw new AppError(e.code, onSheet(e.issues, sheet.lineOf), e.detailOverride, e.params);
      throw e;
    }
  }

  /** The regulator's decision on the version waiting: accepted, or returned with remarks; the cluster's staff are told. */
  async function review(reportId: number, input: ReviewFinancialReport, actor: Actor) {
    return db.transaction(async (tx) => {
      if (!canReview(actor)) throw new AppError('FORBIDDEN');
      const report = await repo.lock(tx, reportId);
      if (!report) throw new AppError('FINANCIAL_REPORT_NOT_FOUND');
      if (report.state !== 'submitted') throw new AppError('FINANCIAL_REPORT_NOT_PENDING');
      const latest = (await repo.versionsOf(tx, [reportId]))[0]!;
      const outcome = input.decision === 'accept' ? 'accepted' : 'returned';
      await repo.reviewVersion(tx, reportId, latest.version, { outcome, remarks: input.remarks, reviewedBy: actor.userId, reviewedAt: clock() });
      await repo.setState(tx, reportId, { state: outcome, acceptedAt: outcome === 'accepted' ? clock() : null });
      await writeAudit(tx, actor, {
        action: 'financial_report.review',
        entityType: 'financial_report',
        entityId: String(reportId),
        before: { state: report.state },
        after: { state: outcome, remarks: input.remarks, version: latest.version, clusterSlug: report.clusterSlug, fiscalYear: report.fiscalYear },
      });
      await deps.notify(tx, {
        kind: 'financial_report_reviewed',
        role: 'cluster_staff',
        clusterSlug: report.clusterSlug,
        link: `/clusters/${report.clusterSlug}#financial-reports-title`,
        params: { report: reportTitle(report.fiscalYear), year: String(report.fiscalYear), outcome },
      });
      return view(tx, reportId, actor);
    });
  }

  return { submit, resubmit, importSheet, review };
}
export type FinancialReportSubmissions = ReturnType<typeof createFinancialReportSubmissions>;
