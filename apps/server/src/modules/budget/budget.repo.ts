import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { budgetAccounts, incentiveProgrammes, ledgerEntries, milestones, progressReports } from './budget.schema';

export type ProgrammeRow = typeof incentiveProgrammes.$inferSelect;
export type LedgerRow = typeof ledgerEntries.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type ProgressReportRow = typeof progressReports.$inferSelect;
export type LedgerKind = 'allocate' | 'withdraw' | 'commit' | 'release' | 'pay';

export function createBudgetRepo() {
  return {
    insertProgramme: async (db: DbOrTx, row: typeof incentiveProgrammes.$inferInsert) => (await db.insert(incentiveProgrammes).values(row).returning())[0]!,
    listProgrammes: (db: DbOrTx) => db.select().from(incentiveProgrammes).orderBy(desc(incentiveProgrammes.startsOn), desc(incentiveProgrammes.id)),
    getProgramme: async (db: DbOrTx, id: number) => (await db.select().from(incentiveProgrammes).where(eq(incentiveProgrammes.id, id)))[0] ?? null,
    /**
     * Holds the programme while an allocation reads its unallocated balance. NO KEY UPDATE, not
     * UPDATE: ledger inserts elsewhere take KEY SHARE on this row through their foreign key.
     */
    lockProgramme: async (db: DbOrTx, id: number) =>
      (await db.select().from(incentiveProgrammes).where(eq(incentiveProgrammes.id, id)).for('no key update'))[0] ?? null,

    /** The lock row of a cluster's part of a programme, created with its first allocation. */
    ensureAccount: (db: DbOrTx, programmeId: number, clusterSlug: string) =>
      db.insert(budgetAccounts).values({ programmeId, clusterSlug }).onConflictDoNothing(),
    /** Every writer of a cluster's money takes this lock first; null when nothing was ever allocated. */
    lockAccount: async (db: DbOrTx, programmeId: number, clusterSlug: string) =>
      (
        await db
          .select()
          .from(budgetAccounts)
          .where(and(eq(budgetAccounts.programmeId, programmeId), eq(budgetAccounts.clusterSlug, clusterSlug)))
          .for('update')
      )[0] ?? null,

    /** The programme's ledger (one cluster's part when given), oldest first. */
    ledger: (db: DbOrTx, programmeId: number, clusterSlug?: string) =>
      db
        .select()
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.programmeId, programmeId), clusterSlug ? eq(ledgerEntries.clusterSlug, clusterSlug) : undefined))
        .orderBy(asc(ledgerEntries.id)),
    /** Every entry of one service, in any programme. */
    ledgerOfService: (db: DbOrTx, serviceId: number) => db.select().from(ledgerEntries).where(eq(ledgerEntries.serviceId, serviceId)).orderBy(asc(ledgerEntries.id)),
    insertEntry: async (db: DbOrTx, row: typeof ledgerEntries.$inferInsert & { kind: LedgerKind }) => (await db.insert(ledgerEntries).values(row).returning())[0]!,

    milestonesOf: (db: DbOrTx, serviceIds: number[]) =>
      serviceIds.length === 0
        ? Promise.resolve([])
        : db.select().from(milestones).where(inArray(milestones.serviceId, serviceIds)).orderBy(asc(milestones.plannedOn), asc(milestones.id)),
    milestonesOfIds: (db: DbOrTx, ids: readonly number[]) => (ids.length === 0 ? Promise.resolve([]) : db.select().from(milestones).where(inArray(milestones.id, [...ids]))),
    milestoneTotal: async (db: DbOrTx, serviceId: number) =>
      Number((await db.select({ n: sql<number>`coalesce(sum(${milestones.amountAgorot}), 0)` }).from(milestones).where(eq(milestones.serviceId, serviceId)))[0]?.n ?? 0),
    insertMilestone: async (db: DbOrTx, row: typeof milestones.$inferInsert) => (await db.insert(milestones).values(row).returning())[0]!,
    /** Holds a milestone while it moves, so that it is marked or paid once. */
    lockMilestone: async (db: DbOrTx, id: number) => (await db.select().from(milestones).where(eq(milestones.id, id)).for('no key update'))[0] ?? null,
    updateMilestone: async (db: DbOrTx, id: number, patch: Partial<typeof milestones.$inferInsert>) =>
      (await db.update(milestones).set(patch).where(eq(milestones.id, id)).returning())[0]!,

    /** Every version of the milestones' progress reports, newest first. */
    reportsOf: (db: DbOrTx, milestoneIds: readonly number[]) =>
      milestoneIds.length === 0
        ? Promise.resolve([])
        : db.select().from(progressReports).where(inArray(progressReports.milestoneId, [...milestoneIds])).orderBy(desc(progressReports.version)),
    /** Reports waiting for the ministry's review, with their milestone: the oldest first. */
    pendingReports: (db: DbOrTx) =>
      db
        .select({ report: progressReports, milestone: milestones })
        .from(progressReports)
        .innerJoin(milestones, eq(milestones.id, progressReports.milestoneId))
        .where(eq(progressReports.state, 'submitted'))
        .orderBy(asc(progressReports.submittedAt)),
    insertReport: async (db: DbOrTx, row: typeof progressReports.$inferInsert) => (await db.insert(progressReports).values(row).returning())[0]!,
    lockReport: async (db: DbOrTx, id: number) => (await db.select().from(progressReports).where(eq(progressReports.id, id)).for('update'))[0] ?? null,
    updateReport: async (db: DbOrTx, id: number, patch: Partial<typeof progressReports.$inferInsert>) =>
      (await db.update(progressReports).set(patch).where(eq(progressReports.id, id)).returning())[0]!,
    reportsCitingDocument: (db: DbOrTx, documentId: string) =>
      db.select().from(progressReports).where(sql`${progressReports.documentIds} @> ${JSON.stringify([documentId])}::jsonb`),
  };
}
export type BudgetRepo = ReturnType<typeof createBudgetRepo>;
