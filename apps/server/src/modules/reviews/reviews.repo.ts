import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { decisionConditions, decisions, submissions } from './reviews.schema';

export type SubmissionRecord = typeof submissions.$inferSelect;
export type DecisionRecord = typeof decisions.$inferSelect;
export type ConditionRecord = typeof decisionConditions.$inferSelect;
export type SubmissionFilter = { pending?: boolean; serviceIds?: readonly number[]; ids?: readonly number[] };

const within = (ids: readonly number[]) => (ids.length > 0 ? [...ids] : [0]);

export function createReviewsRepo() {
  /** Submissions, newest first. */
  function list(db: DbOrTx, f: SubmissionFilter): Promise<SubmissionRecord[]> {
    const where: SQL[] = [];
    if (f.pending !== undefined) where.push(eq(submissions.pending, f.pending));
    if (f.serviceIds) where.push(inArray(submissions.serviceId, within(f.serviceIds)));
    if (f.ids) where.push(inArray(submissions.id, within(f.ids)));
    return db
      .select()
      .from(submissions)
      .where(and(...where))
      .orderBy(desc(submissions.submittedAt), desc(submissions.id));
  }

  return {
    list,
    get: async (db: DbOrTx, id: number) => (await list(db, { ids: [id] }))[0] ?? null,
    /** The service's latest submission: the only one a decision may address. */
    latestOf: async (db: DbOrTx, serviceId: number) =>
      (await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.serviceId, serviceId)).orderBy(desc(submissions.id)).limit(1))[0]?.id ?? null,
    insert: async (db: DbOrTx, row: typeof submissions.$inferInsert) => (await db.insert(submissions).values(row).returning())[0]!,
    close: (db: DbOrTx, id: number) => db.update(submissions).set({ pending: false }).where(eq(submissions.id, id)),

    decisionsOf: (db: DbOrTx, submissionIds: readonly number[]): Promise<DecisionRecord[]> =>
      submissionIds.length === 0 ? Promise.resolve([]) : db.select().from(decisions).where(inArray(decisions.submissionId, [...submissionIds])).orderBy(asc(decisions.id)),
    conditionsOf: (db: DbOrTx, decisionIds: readonly number[]): Promise<ConditionRecord[]> =>
      decisionIds.length === 0
        ? Promise.resolve([])
        : db.select().from(decisionConditions).where(inArray(decisionConditions.decisionId, [...decisionIds])).orderBy(asc(decisionConditions.id)),
    insertDecision: async (db: DbOrTx, row: typeof decisions.$inferInsert) => (await db.insert(decisions).values(row).returning())[0]!,
    insertConditions: (db: DbOrTx, decisionId: number, texts: string[]) =>
      texts.length === 0 ? Promise.resolve([]) : db.insert(decisionConditions).values(texts.map((text) => ({ decisionId, text }))).returning(),
    /** A condition with the submission it belongs to, held while it is marked met. */
    lockCondition: async (db: DbOrTx, id: number) =>
      (
        await db
          .select({ c: decisionConditions, submissionId: decisions.submissionId })
          .from(decisionConditions)
          .innerJoin(decisions, eq(decisions.id, decisionConditions.decisionId))
          .where(eq(decisionConditions.id, id))
          .for('update', { of: decisionConditions })
      )[0] ?? null,
    markConditionMet: (db: DbOrTx, id: number, at: Date, userId: string) => db.update(decisionConditions).set({ metAt: at, metBy: userId }).where(eq(decisionConditions.id, id)),
  };
}
export type ReviewsRepo = ReturnType<typeof createReviewsRepo>;
