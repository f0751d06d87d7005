import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { measurementIndicators, measurementNotices, measurementValues, measurementValueVersions } from './measurement.schema';

export type IndicatorRow = typeof measurementIndicators.$inferSelect;
export type ValueRow = typeof measurementValues.$inferSelect;
export type VersionRow = typeof measurementValueVersions.$inferSelect;
export type NewValue = typeof measurementValues.$inferInsert;
export type NewVersion = typeof measurementValueVersions.$inferInsert;

/** Which values of an indicator: of some kinds, some authorities, a span of periods (its keys sort in time order within one frequency). */
export type ValueFilter = { indicatorIds?: readonly number[]; kinds?: readonly string[]; authorityIds?: readonly string[]; from?: string; to?: string };

function matching(f: ValueFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [
    f.indicatorIds ? inArray(measurementValues.indicatorId, f.indicatorIds.length > 0 ? [...f.indicatorIds] : [0]) : undefined,
    f.kinds ? inArray(measurementValues.kind, [...f.kinds]) : undefined,
    f.authorityIds ? inArray(measurementValues.authorityId, f.authorityIds.length > 0 ? [...f.authorityIds] : ['']) : undefined,
    f.from ? gte(measurementValues.period, f.from) : undefined,
    f.to ? lte(measurementValues.period, f.to) : undefined,
  ];
  return and(...where);
}

/** Rows at a time in one insert: far below PostgreSQL's 65,535 parameters. */
const chunk = 500;

export function createMeasurementRepo() {
  const one = <T>(rows: T[]): T | null => rows[0] ?? null;
  return {
    indicators: (db: DbOrTx, f: { domain?: string; kind?: string; serviceId?: number; ids?: readonly number[]; publicOnly?: boolean } = {}) =>
      db
        .select()
        .from(measurementIndicators)
        .where(
          and(
            f.domain ? eq(measurementIndicators.domain, f.domain) : undefined,
            f.kind ? eq(measurementIndicators.kind, f.kind) : undefined,
            f.serviceId !== undefined ? eq(measurementIndicators.serviceId, f.serviceId) : undefined,
            f.ids ? inArray(measurementIndicators.id, f.ids.length > 0 ? [...f.ids] : [0]) : undefined,
            f.publicOnly ? eq(measurementIndicators.public, true) : undefined,
          ),
        )
        .orderBy(asc(measurementIndicators.id)),
    indicator: async (db: DbOrTx, id: number) => one(await db.select().from(measurementIndicators).where(eq(measurementIndicators.id, id))),
    /** Holds an indicator while it changes, or while values are entered for it (in share mode: entries side by side). */
    lockIndicator: async (db: DbOrTx, id: number, mode: 'update' | 'share') => one(await db.select().from(measurementIndicators).where(eq(measurementIndicators.id, id)).for(mode === 'update' ? 'no key update' : 'share')),
    insertIndicator: async (db: DbOrTx, row: typeof measurementIndicators.$inferInsert) => (await db.insert(measurementIndicators).values(row).returning())[0]!,
    updateIndicator: async (db: DbOrTx, id: number, patch: Partial<typeof measurementIndicators.$inferInsert>) =>
      (await db.update(measurementIndicators).set(patch).where(eq(measurementIndicators.id, id)).returning())[0]!,
    hasValues: async (db: DbOrTx, indicatorId: number) => (await db.select({ id: measurementValues.id }).from(measurementValues).where(eq(measurementValues.indicatorId, indicatorId)).limit(1)).length > 0,

    value: async (db: DbOrTx, id: number) => one(await db.select().from(measurementValues).where(eq(measurementValues.id, id))),
    lockValue: async (db: DbOrTx, id: number) => one(await db.select().from(measurementValues).where(eq(measurementValues.id, id)).for('update')),
    /** The value of one kind of one authority for one period, held until the transaction ends. */
    lockValueByKey: async (db: DbOrTx, k: { indicatorId: number; authorityId: string; kind: string; period: string }) =>
      one(
        await db
          .select()
          .from(measurementValues)
          .where(and(eq(measurementValues.indicatorId, k.indicatorId), eq(measurementValues.authorityId, k.authorityId), eq(measurementValues.kind, k.kind), eq(measurementValues.period, k.period)))
          .for('update'),
      ),
    values: (db: DbOrTx, f: ValueFilter) => db.select().from(measurementValues).where(matching(f)).orderBy(asc(measurementValues.period), asc(measurementValues.id)),
    /** Values, held until the transaction ends (an import's, a batch's). */
    lockValues: (db: DbOrTx, f: ValueFilter & { ids?: readonly number[] }) =>
      db
        .select()
        .from(measurementValues)
        .where(and(matching(f), f.ids ? inArray(measurementValues.id, f.ids.length > 0 ? [...f.ids] : [0]) : undefined))
        .orderBy(asc(measurementValues.id))
        .for('update'),
    /** The values waiting for the partner, with their latest version. */
    waiting: (db: DbOrTx) =>
      db
        .select({ value: measurementValues, version: measurementValueVersions })
        .from(measurementValues)
        .innerJoin(measurementValueVersions, and(eq(measurementValueVersions.valueId, measurementValues.id), eq(measurementValueVersions.version, measurementValues.latestVersion)))
        .where(eq(measurementValues.latestState, 'submitted'))
        .orderBy(asc(measurementValueVersions.submittedAt), asc(measurementValues.id)),
    /** New values; one another transaction made meanwhile (the same authority, kind and period) is left out of what comes back. */
    async insertValues(db: DbOrTx, rows: NewValue[]): Promise<ValueRow[]> {
      const out: ValueRow[] = [];
      for (let i = 0; i < rows.length; i += chunk) out.push(...(await db.insert(measurementValues).values(rows.slice(i, i + chunk)).onConflictDoNothing().returning()));
      return out;
    },
    updateValue: async (db: DbOrTx, id: number, patch: Partial<NewValue>) => (await db.update(measurementValues).set(patch).where(eq(measurementValues.id, id)).returning())[0]!,

    /** Every version of the values, newest first. */
    versionsOf: (db: DbOrTx, valueIds: readonly number[]) =>
      valueIds.length === 0
        ? Promise.resolve([])
        : db.select().from(measurementValueVersions).where(inArray(measurementValueVersions.valueId, [...valueIds])).orderBy(desc(measurementValueVersions.version)),
    async insertVersions(db: DbOrTx, rows: NewVersion[]): Promise<VersionRow[]> {
      const out: VersionRow[] = [];
      for (let i = 0; i < rows.length; i += chunk) out.push(...(await db.insert(measurementValueVersions).values(rows.slice(i, i + chunk)).returning()));
      return out;
    },
    reviewVersion: async (db: DbOrTx, valueId: number, version: number, patch: Pick<VersionRow, 'state' | 'remark' | 'reviewedBy' | 'reviewedAt'>) =>
      (await db.update(measurementValueVersions).set(patch).where(and(eq(measurementValueVersions.valueId, valueId), eq(measurementValueVersions.version, version))).returning())[0]!,
    /** The values whose versions cite a document, with their authority. */
    citingDocument: (db: DbOrTx, documentId: string) =>
      db
        .selectDistinct({ authorityId: measurementValues.authorityId })
        .from(measurementValueVersions)
        .innerJoin(measurementValues, eq(measurementValues.id, measurementValueVersions.valueId))
        .where(sql`${measurementValueVersions.documentIds} @> ${JSON.stringify([documentId])}::jsonb`),

    /** Records that the scope was told of the period's value overdue; false when it was told before. */
    noticeOnce: async (db: DbOrTx, row: typeof measurementNotices.$inferInsert) => (await db.insert(measurementNotices).values(row).onConflictDoNothing().returning()).length > 0,
  };
}
export type MeasurementRepo = ReturnType<typeof createMeasurementRepo>;
