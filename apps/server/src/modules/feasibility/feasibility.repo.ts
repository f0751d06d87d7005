import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { feasibilityStudies } from './feasibility.schema';
import { users } from '../users/users.schema';

export type StudyRow = typeof feasibilityStudies.$inferSelect & { createdByName: string | null };

/** Study versions are written once and never updated here; a submission marks one `submitted`. */
export function createFeasibilityRepo() {
  const columns = { s: feasibilityStudies, createdByName: users.displayName };
  const base = (db: DbOrTx) => db.select(columns).from(feasibilityStudies).leftJoin(users, eq(users.id, feasibilityStudies.createdBy));
  const flat = (r: { s: typeof feasibilityStudies.$inferSelect; createdByName: string | null }): StudyRow => ({ ...r.s, createdByName: r.createdByName });

  return {
    async list(db: DbOrTx, serviceId: number): Promise<StudyRow[]> {
      return (await base(db).where(eq(feasibilityStudies.serviceId, serviceId)).orderBy(desc(feasibilityStudies.version))).map(flat);
    },
    async get(db: DbOrTx, serviceId: number, version: number): Promise<StudyRow | null> {
      const [row] = await base(db).where(and(eq(feasibilityStudies.serviceId, serviceId), eq(feasibilityStudies.version, version)));
      return row ? flat(row) : null;
    },
    async latest(db: DbOrTx, serviceId: number): Promise<StudyRow | null> {
      const [row] = await base(db).where(eq(feasibilityStudies.serviceId, serviceId)).orderBy(desc(feasibilityStudies.version)).limit(1);
      return row ? flat(row) : null;
    },
    async latestVersion(db: DbOrTx, serviceId: number): Promise<number | null> {
      const [row] = await db
        .select({ v: sql<number | null>`max(${feasibilityStudies.version})` })
        .from(feasibilityStudies)
        .where(eq(feasibilityStudies.serviceId, serviceId));
      return row?.v === null || row?.v === undefined ? null : Number(row.v);
    },
    async insert(db: DbOrTx, row: typeof feasibilityStudies.$inferInsert) {
      const [created] = await db.insert(feasibilityStudies).values(row).returning();
      return created!;
    },
  };
}
export type FeasibilityRepo = ReturnType<typeof createFeasibilityRepo>;
