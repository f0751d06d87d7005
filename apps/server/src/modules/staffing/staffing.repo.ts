import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { staffingPeople, staffingPositions, staffingRequests, staffingRequestVersions } from './staffing.schema';

export type PositionRow = typeof staffingPositions.$inferSelect;
export type RequestRow = typeof staffingRequests.$inferSelect;
export type VersionRow = typeof staffingRequestVersions.$inferSelect;
export type PersonRow = typeof staffingPeople.$inferSelect;

export function createStaffingRepo() {
  const one = <T>(rows: T[]): T | null => rows[0] ?? null;
  return {
    positionsOf: (db: DbOrTx, clusterSlugs: readonly string[]) =>
      clusterSlugs.length === 0 ? Promise.resolve([]) : db.select().from(staffingPositions).where(inArray(staffingPositions.clusterSlug, [...clusterSlugs])).orderBy(asc(staffingPositions.id)),
    /** Holds a position while a request about it is made or decided. */
    lockPosition: async (db: DbOrTx, id: number) => one(await db.select().from(staffingPositions).where(eq(staffingPositions.id, id)).for('update')),
    insertPosition: async (db: DbOrTx, row: typeof staffingPositions.$inferInsert) => (await db.insert(staffingPositions).values(row).returning())[0]!,
    updatePosition: async (db: DbOrTx, id: number, patch: Partial<typeof staffingPositions.$inferInsert>) =>
      (await db.update(staffingPositions).set(patch).where(eq(staffingPositions.id, id)).returning())[0]!,

    requestsOf: (db: DbOrTx, clusterSlug: string) => db.select().from(staffingRequests).where(eq(staffingRequests.clusterSlug, clusterSlug)).orderBy(desc(staffingRequests.id)),
    requestsInState: (db: DbOrTx, state: string) => db.select().from(staffingRequests).where(eq(staffingRequests.state, state)),
    requestsOfPosition: (db: DbOrTx, positionId: number) => db.select().from(staffingRequests).where(eq(staffingRequests.positionId, positionId)),
    lockRequest: async (db: DbOrTx, id: number) => one(await db.select().from(staffingRequests).where(eq(staffingRequests.id, id)).for('update')),
    insertRequest: async (db: DbOrTx, row: typeof staffingRequests.$inferInsert) => (await db.insert(staffingRequests).values(row).returning())[0]!,
    setRequestState: (db: DbOrTx, id: number, state: string) => db.update(staffingRequests).set({ state }).where(eq(staffingRequests.id, id)),

    /** Every version of the requests, newest first. */
    versionsOf: (db: DbOrTx, requestIds: readonly number[]) =>
      requestIds.length === 0
        ? Promise.resolve([])
        : db.select().from(staffingRequestVersions).where(inArray(staffingRequestVersions.requestId, [...requestIds])).orderBy(desc(staffingRequestVersions.version)),
    insertVersion: async (db: DbOrTx, row: typeof staffingRequestVersions.$inferInsert) => (await db.insert(staffingRequestVersions).values(row).returning())[0]!,
    reviewVersion: async (db: DbOrTx, requestId: number, version: number, patch: Pick<VersionRow, 'outcome' | 'remarks' | 'reviewedBy' | 'reviewedAt'>) =>
      (await db.update(staffingRequestVersions).set(patch).where(and(eq(staffingRequestVersions.requestId, requestId), eq(staffingRequestVersions.version, version))).returning())[0]!,

    peopleOf: (db: DbOrTx, clusterSlugs: readonly string[]) =>
      clusterSlugs.length === 0 ? Promise.resolve([]) : db.select().from(staffingPeople).where(inArray(staffingPeople.clusterSlug, [...clusterSlugs])).orderBy(asc(staffingPeople.fromDay), asc(staffingPeople.id)),
    lockPerson: async (db: DbOrTx, id: number) => one(await db.select().from(staffingPeople).where(eq(staffingPeople.id, id)).for('update')),
    insertPerson: async (db: DbOrTx, row: typeof staffingPeople.$inferInsert) => (await db.insert(staffingPeople).values(row).returning())[0]!,
    endPerson: async (db: DbOrTx, id: number, untilDay: string) => (await db.update(staffingPeople).set({ untilDay }).where(eq(staffingPeople.id, id)).returning())[0]!,
    /** The clusters that have any position, for the port that reads every cluster. */
    clustersWithPositions: async (db: DbOrTx) => [...new Set((await db.selectDistinct({ slug: staffingPositions.clusterSlug }).from(staffingPositions)).map((r) => r.slug))],
  };
}
export type StaffingRepo = ReturnType<typeof createStaffingRepo>;
