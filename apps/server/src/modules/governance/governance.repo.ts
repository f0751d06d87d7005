import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { bodies, bodyRules, seats } from './governance.schema';

export type BodyRow = typeof bodies.$inferSelect;
export type RulesRow = typeof bodyRules.$inferSelect;
export type SeatRow = typeof seats.$inferSelect;

export function createGovernanceRepo() {
  return {
    /** A cluster's bodies, or (null) the programme's. */
    listBodies: (db: DbOrTx, clusterSlug: string | null) =>
      db
        .select()
        .from(bodies)
        .where(clusterSlug === null ? isNull(bodies.clusterSlug) : eq(bodies.clusterSlug, clusterSlug))
        .orderBy(asc(bodies.id)),
    /** Every body of one kind, of the programme and of every cluster. */
    bodiesOfKind: (db: DbOrTx, kind: string) => db.select().from(bodies).where(eq(bodies.kind, kind)).orderBy(asc(bodies.id)),
    getBody: async (db: DbOrTx, id: number) => (await db.select().from(bodies).where(eq(bodies.id, id)))[0] ?? null,
    /** Holds the body while its seats or rules change, so that two changes run one after the other. */
    lockBody: async (db: DbOrTx, id: number) => (await db.select().from(bodies).where(eq(bodies.id, id)).for('update'))[0] ?? null,
    insertBody: async (db: DbOrTx, row: typeof bodies.$inferInsert) => (await db.insert(bodies).values(row).returning())[0]!,
    updateBody: async (db: DbOrTx, id: number, patch: Partial<typeof bodies.$inferInsert>) => (await db.update(bodies).set(patch).where(eq(bodies.id, id)).returning())[0]!,
    /** Whether any body exists (the demo bodies are added once). */
    anyBody: async (db: DbOrTx, clusterSlug: string | null) =>
      (await db.select({ id: bodies.id }).from(bodies).where(clusterSlug === null ? isNull(bodies.clusterSlug) : eq(bodies.clusterSlug, clusterSlug)).limit(1)).length > 0,

    /** A body's rules, oldest first (by day, then by when they were set). */
    rulesOf: (db: DbOrTx, bodyId: number) => db.select().from(bodyRules).where(eq(bodyRules.bodyId, bodyId)).orderBy(asc(bodyRules.validFrom), asc(bodyRules.id)),
    insertRules: async (db: DbOrTx, row: typeof bodyRules.$inferInsert) => (await db.insert(bodyRules).values(row).returning())[0]!,

    seatsOf: (db: DbOrTx, bodyId: number) => db.select().from(seats).where(eq(seats.bodyId, bodyId)).orderBy(asc(seats.fromOn), asc(seats.id)),
    countOpenSeats: async (db: DbOrTx, bodyId: number) =>
      Number((await db.select({ n: sql<number>`count(*)` }).from(seats).where(and(eq(seats.bodyId, bodyId), isNull(seats.toOn))))[0]?.n ?? 0),
    lockSeat: async (db: DbOrTx, id: number) => (await db.select().from(seats).where(eq(seats.id, id)).for('update'))[0] ?? null,
    insertSeat: async (db: DbOrTx, row: typeof seats.$inferInsert) => (await db.insert(seats).values(row).returning())[0]!,
    updateSeat: async (db: DbOrTx, id: number, patch: Partial<typeof seats.$inferInsert>) => (await db.update(seats).set(patch).where(eq(seats.id, id)).returning())[0]!,
  };
}
export type GovernanceRepo = ReturnType<typeof createGovernanceRepo>;
