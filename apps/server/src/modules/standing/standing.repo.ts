import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { standingDelegations, standingLegalForms, standingOrders, standingPowers } from './standing.schema';

export type LegalFormRow = typeof standingLegalForms.$inferSelect;
export type OrderRow = typeof standingOrders.$inferSelect;
export type PowerRow = typeof standingPowers.$inferSelect;
export type DelegationRow = typeof standingDelegations.$inferSelect;

const standingLockClass = 0x737464; // "std"

export function createStandingRepo() {
  const one = <T>(rows: T[]): T | null => rows[0] ?? null;
  const first = <T>(rows: T[]): T => rows[0]!;
  const lock = async (tx: DbOrTx, key: string) => void (await tx.execute(sql`select pg_advisory_xact_lock(${standingLockClass}, hashtext(${key}))`));
  return {
    /** Holds a cluster's legal forms and orders while one is recorded: two at once would both find the period free. */
    lockCluster: (tx: DbOrTx, slug: string) => lock(tx, `cluster:${slug}`),
    /** Holds the list of powers while a name is given: two at once would both find it free. */
    lockPowerList: (tx: DbOrTx) => lock(tx, 'powers'),

    /** Every cluster's legal forms, for the clusters' list. */
    allLegalForms: (db: DbOrTx) => db.select().from(standingLegalForms).orderBy(asc(standingLegalForms.id)),
    legalFormsOf: (db: DbOrTx, slug: string) => db.select().from(standingLegalForms).where(eq(standingLegalForms.clusterSlug, slug)).orderBy(asc(standingLegalForms.id)),
    insertLegalForm: async (db: DbOrTx, row: typeof standingLegalForms.$inferInsert) => first(await db.insert(standingLegalForms).values(row).returning()),
    endLegalForm: async (db: DbOrTx, id: number, untilOn: string) => first(await db.update(standingLegalForms).set({ untilOn }).where(eq(standingLegalForms.id, id)).returning()),

    ordersOf: (db: DbOrTx, slug: string) => db.select().from(standingOrders).where(eq(standingOrders.clusterSlug, slug)).orderBy(asc(standingOrders.id)),
    insertOrder: async (db: DbOrTx, row: typeof standingOrders.$inferInsert) => first(await db.insert(standingOrders).values(row).returning()),

    powers: (db: DbOrTx) => db.select().from(standingPowers).orderBy(asc(standingPowers.id)),
    getPower: async (db: DbOrTx, id: number) => one(await db.select().from(standingPowers).where(eq(standingPowers.id, id))),
    /** Holds a power while a delegation of it is recorded, so that two overlapping ones are not both found free. */
    lockPower: async (db: DbOrTx, id: number) => one(await db.select().from(standingPowers).where(eq(standingPowers.id, id)).for('update')),
    insertPower: async (db: DbOrTx, row: typeof standingPowers.$inferInsert) => first(await db.insert(standingPowers).values(row).returning()),
    updatePower: async (db: DbOrTx, id: number, patch: Partial<typeof standingPowers.$inferInsert>) => first(await db.update(standingPowers).set(patch).where(eq(standingPowers.id, id)).returning()),

    delegationsOfCluster: (db: DbOrTx, slug: string) => db.select().from(standingDelegations).where(eq(standingDelegations.clusterSlug, slug)).orderBy(asc(standingDelegations.id)),
    delegationsOfAuthority: (db: DbOrTx, authorityId: string) =>
      db.select().from(standingDelegations).where(eq(standingDelegations.authorityId, authorityId)).orderBy(asc(standingDelegations.id)),
    delegationsOfPower: (db: DbOrTx, authorityId: string, powerId: number) =>
      db.select().from(standingDelegations).where(and(eq(standingDelegations.authorityId, authorityId), eq(standingDelegations.powerId, powerId))),
    lockDelegation: async (db: DbOrTx, id: number) => one(await db.select().from(standingDelegations).where(eq(standingDelegations.id, id)).for('update')),
    insertDelegation: async (db: DbOrTx, row: typeof standingDelegations.$inferInsert) => first(await db.insert(standingDelegations).values(row).returning()),
    endDelegation: async (db: DbOrTx, id: number, untilDay: string) => first(await db.update(standingDelegations).set({ untilDay }).where(eq(standingDelegations.id, id)).returning()),

    /** Whether an order or a delegation's decision cites the document. */
    async citesDocument(db: DbOrTx, documentId: string) {
      const orders = await db.select({ id: standingOrders.id }).from(standingOrders).where(eq(standingOrders.documentId, documentId)).limit(1);
      if (orders.length > 0) return true;
      return (await db.select({ id: standingDelegations.id }).from(standingDelegations).where(eq(standingDelegations.decisionDocumentId, documentId)).limit(1)).length > 0;
    },
    /** Powers of these ids, or offered (not retired). */
    powersOfferedOr: (db: DbOrTx, ids: readonly number[]) =>
      db
        .select()
        .from(standingPowers)
        .where(ids.length === 0 ? sql`${standingPowers.retiredOn} is null` : or(sql`${standingPowers.retiredOn} is null`, inArray(standingPowers.id, [...ids])))
        .orderBy(asc(standingPowers.id)),
    /** Whether nothing of the standing was ever recorded: the shipped list and records load then. */
    isEmpty: async (db: DbOrTx) =>
      (await db.select({ id: standingPowers.id }).from(standingPowers).limit(1)).length === 0 && (await db.select({ id: standingLegalForms.id }).from(standingLegalForms).limit(1)).length === 0,
  };
}
export type StandingRepo = ReturnType<typeof createStandingRepo>;
