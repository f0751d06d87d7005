import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { feasibilityStudies } from './feasibility.schema';

export type StudyRow = typeof feasibilityStudies.$inferSelect;

/** Study versions are written once and never changed, but for the mark a submission sets. */
export function createFeasibilityRepo() {
  const base = (db: DbOrTx) => db.select().from(feasibilityStudies);
  const flat = (r: StudyRow): StudyRow => r;

  return {
    async list(db: DbOrTx, serviceId: number): Promise<StudyRow[]> {
      return (await base(db).where(eq(feasibilityStudies.serviceId, serviceId)).orderBy(desc(feasibilityStudies.version))).map(flat);
    },
    async get(db: DbOrTx, serviceId: number, version: number): Promise<StudyRow | null> {
      const [row] = await base(db).where(and(eq(feasibilityStudies.serviceId, serviceId), eq(feasibilityStudies.version, version)));
      return row ? flat(row) : null;
    },
    /** A version by its row's id (what other records cite it by). */
    async byId(db: DbOrTx, id: number): Promise<StudyRow | null> {
      const [row] = await base(db).where(eq(feasibilityStudies.id, id));
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
    /** The version went to the committee with a submission. */
    markSubmitted: (db: DbOrTx, studyId: number) => db.update(feasibilityStudies).set({ submitted: true }).where(eq(feasibilityStudies.id, studyId)),
    async insert(db: DbOrTx, row: typeof feasibilityStudies.$inferInsert) {
      const [created] = await db.insert(feasibilityStudies).values(row).returning();
      return created!;
    },
  };
}
export type FeasibilityRepo = ReturnType<typeof createFeasibilityRepo>;
