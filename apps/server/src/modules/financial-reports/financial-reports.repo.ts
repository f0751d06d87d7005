import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { financialReports, financialReportVersions } from './financial-reports.schema';

export type ReportRow = typeof financialReports.$inferSelect;
export type VersionRow = typeof financialReportVersions.$inferSelect;

export function createFinancialReportsRepo() {
  const one = <T>(rows: T[]): T | null => rows[0] ?? null;
  return {
    reportsOf: (db: DbOrTx, clusterSlugs: readonly string[]) =>
      clusterSlugs.length === 0
        ? Promise.resolve([])
        : db.select().from(financialReports).where(inArray(financialReports.clusterSlug, [...clusterSlugs])).orderBy(desc(financialReports.fiscalYear)),
    reportsOfYear: (db: DbOrTx, fiscalYear: number) => db.select().from(financialReports).where(eq(financialReports.fiscalYear, fiscalYear)),
    reportsInState: (db: DbOrTx, state: string) => db.select().from(financialReports).where(eq(financialReports.state, state)).orderBy(asc(financialReports.id)),
    get: async (db: DbOrTx, id: number) => one(await db.select().from(financialReports).where(eq(financialReports.id, id))),
    /** Holds a report while a version is sent or decided. */
    lock: async (db: DbOrTx, id: number) => one(await db.select().from(financialReports).where(eq(financialReports.id, id)).for('update')),
    /** Holds the cluster's report of a year, if it has one, while a new one is decided on. */
    lockOfYear: async (db: DbOrTx, clusterSlug: string, fiscalYear: number) =>
      one(await db.select().from(financialReports).where(and(eq(financialReports.clusterSlug, clusterSlug), eq(financialReports.fiscalYear, fiscalYear))).for('update')),
    /** A new report of its cluster and year; none when the year has one already (another was inserted meanwhile). */
    insertIfNone: async (db: DbOrTx, row: typeof financialReports.$inferInsert) => one(await db.insert(financialReports).values(row).onConflictDoNothing().returning()),
    setState: async (db: DbOrTx, id: number, patch: Pick<ReportRow, 'state'> & Partial<Pick<ReportRow, 'acceptedAt'>>) =>
      (await db.update(financialReports).set(patch).where(eq(financialReports.id, id)).returning())[0]!,

    /** Every version of the reports, newest first. */
    versionsOf: (db: DbOrTx, reportIds: readonly number[]) =>
      reportIds.length === 0
        ? Promise.resolve([])
        : db.select().from(financialReportVersions).where(inArray(financialReportVersions.reportId, [...reportIds])).orderBy(desc(financialReportVersions.version)),
    insertVersion: async (db: DbOrTx, row: typeof financialReportVersions.$inferInsert) => (await db.insert(financialReportVersions).values(row).returning())[0]!,
    reviewVersion: async (db: DbOrTx, reportId: number, version: number, patch: Pick<VersionRow, 'outcome' | 'remarks' | 'reviewedBy' | 'reviewedAt'>) =>
      (await db.update(financialReportVersions).set(patch).where(and(eq(financialReportVersions.reportId, reportId), eq(financialReportVersions.version, version))).returning())[0]!,
    /** The versions whose statements are this document, with their reports: who reads the document. */
    citing: (db: DbOrTx, documentId: string) =>
      db
        .select({ version: financialReportVersions, report: financialReports })
        .from(financialReportVersions)
        .innerJoin(financialReports, eq(financialReports.id, financialReportVersions.reportId))
        .where(eq(financialReportVersions.statementsDocumentId, documentId)),
  };
}
export type FinancialReportsRepo = ReturnType<typeof createFinancialReportsRepo>;
