import type { FinancialReport, FinancialReportVersion, FinancialYearFigures } from '@eshkol/contracts/financial-reports';
import type { Actor } from '../../platform/access';
import { dayInIsrael } from '../../platform/calendar';
import { totalsOf } from './figures';
import { reportActions } from './financial-reports.policy';
import type { ReportRow, VersionRow } from './financial-reports.repo';

/** Rows as the API gives them; drafts and remarks only where the reader reads them (the caller decides). */

export const reportTitle = (fiscalYear: number) => `דוח כספי ${fiscalYear}`;

/** A report's versions, newest first, from the versions of many reports (given newest first). */
export const ownVersions = (reportId: number, versions: readonly VersionRow[]) => versions.filter((v) => v.reportId === reportId);

/** The version whose figures stand for the year: the accepted one, or (for readers of drafts) the latest. */
export function standingVersion(report: ReportRow, versions: readonly VersionRow[], readsDrafts: boolean): VersionRow | null {
  const own = ownVersions(report.id, versions);
  if (report.state === 'accepted') return own.find((v) => v.outcome === 'accepted') ?? null;
  return readsDrafts ? (own[0] ?? null) : null;
}

function toVersion(v: VersionRow, fileNames: ReadonlyMap<string, string>, withRemarks: boolean): FinancialReportVersion {
  return {
    version: v.version,
    figures: v.figures,
    totals: totalsOf(v.figures),
    statements: { id: v.statementsDocumentId, fileName: fileNames.get(v.statementsDocumentId) ?? '' },
    via: v.via === 'import' ? 'import' : 'form',
    submittedAt: v.submittedAt.toISOString(),
    outcome: v.outcome === 'accepted' || v.outcome === 'returned' ? v.outcome : null,
    remarks: withRemarks ? v.remarks : '',
    reviewedAt: v.reviewedAt?.toISOString() ?? null,
  };
}

export type ReportWording = { versions: readonly VersionRow[]; fileNames: ReadonlyMap<string, string>; dueOn: (fiscalYear: number) => string; readsDrafts: boolean };

/** A report with its versions (all of them for readers of drafts; else the accepted one alone) and the reader's actions. */
export function toReport(r: ReportRow, w: ReportWording, actor: Actor | null): FinancialReport {
  const own = ownVersions(r.id, w.versions);
  const shown = w.readsDrafts ? own : own.filter((v) => r.state === 'accepted' && v.outcome === 'accepted');
  const first = own.at(-1);
  return {
    id: r.id,
    clusterSlug: r.clusterSlug,
    fiscalYear: r.fiscalYear,
    state: r.state as FinancialReport['state'],
    dueOn: w.dueOn(r.fiscalYear),
    firstSubmittedOn: dayInIsrael(first?.submittedAt ?? r.createdAt),
    acceptedOn: r.acceptedAt ? dayInIsrael(r.acceptedAt) : null,
    waitingSince: (own[0]?.submittedAt ?? r.createdAt).toISOString(),
    versions: shown.map((v) => toVersion(v, w.fileNames, w.readsDrafts)),
    actions: reportActions(actor, r),
  };
}

/** The years with figures the reader may read, the earliest first. */
export function seriesOf(reports: readonly ReportRow[], versions: readonly VersionRow[], readsDrafts: boolean): FinancialYearFigures[] {
  return reports
    .flatMap((r) => {
      const v = standingVersion(r, versions, readsDrafts);
      return v ? [{ fiscalYear: r.fiscalYear, figures: v.figures, totals: totalsOf(v.figures), accepted: r.state === 'accepted' }] : [];
    })
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/** What an audit event keeps of a version: what it is of, its figures and statements. */
export const auditOfVersion = (r: Pick<ReportRow, 'clusterSlug' | 'fiscalYear'>, v: Pick<VersionRow, 'version' | 'figures' | 'statementsDocumentId' | 'via'>, fileName: string) => ({
  clusterSlug: r.clusterSlug,
  fiscalYear: r.fiscalYear,
  version: v.version,
  via: v.via,
  figures: v.figures,
  totals: totalsOf(v.figures),
  statementsDocumentId: v.statementsDocumentId,
  statementsFileName: fileName,
});
