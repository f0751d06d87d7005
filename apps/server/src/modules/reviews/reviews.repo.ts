import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { clusters } from '../clusters/clusters.schema';
import { feasibilityStudies } from '../feasibility/feasibility.schema';
import { decisionConditions, decisions, submissions } from './reviews.schema';
import { serviceParticipants, services } from '../services/services.schema';
import { users } from '../users/users.schema';

export type SubmissionRow = typeof submissions.$inferSelect & {
  clusterSlug: string;
  serviceNameHe: string;
  serviceKind: string;
  serviceState: string;
  submittedByName: string;
};
export type DecisionRow = typeof decisions.$inferSelect & { decidedByName: string };
export type ConditionRow = typeof decisionConditions.$inferSelect & { metByName: string | null };
export type SubmissionFilter = { pending?: boolean; clusterSlug?: string; serviceId?: number; ids?: number[] };

export function createReviewsRepo() {
  const submissionColumns = {
    s: submissions,
    clusterSlug: services.clusterSlug,
    serviceNameHe: services.nameHe,
    serviceKind: services.kind,
    serviceState: services.state,
    submittedByName: users.displayName,
  };
  const flat = (r: { s: typeof submissions.$inferSelect; clusterSlug: string; serviceNameHe: string; serviceKind: string; serviceState: string; submittedByName: string }): SubmissionRow => ({
    ...r.s,
    clusterSlug: r.clusterSlug,
    serviceNameHe: r.serviceNameHe,
    serviceKind: r.serviceKind,
    serviceState: r.serviceState,
    submittedByName: r.submittedByName,
  });

  async function list(db: DbOrTx, f: SubmissionFilter): Promise<SubmissionRow[]> {
    const where: SQL[] = [];
    if (f.pending !== undefined) where.push(eq(submissions.pending, f.pending));
    if (f.clusterSlug) where.push(eq(services.clusterSlug, f.clusterSlug));
    if (f.serviceId !== undefined) where.push(eq(submissions.serviceId, f.serviceId));
    if (f.ids) where.push(inArray(submissions.id, f.ids.length > 0 ? f.ids : [0]));
    const rows = await db
      .select(submissionColumns)
      .from(submissions)
      .innerJoin(services, eq(services.id, submissions.serviceId))
      .innerJoin(users, eq(users.id, submissions.submittedBy))
      .where(and(...where))
      .orderBy(desc(submissions.submittedAt), desc(submissions.id));
    return rows.map(flat);
  }

  return {
    list,
    get: async (db: DbOrTx, id: number) => (await list(db, { ids: [id] }))[0] ?? null,
    /** The service's latest submission: the only one a decision may address. */
    latestOf: async (db: DbOrTx, serviceId: number) =>
      (await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.serviceId, serviceId)).orderBy(desc(submissions.id)).limit(1))[0]?.id ?? null,
    insert: async (db: DbOrTx, row: typeof submissions.$inferInsert) => (await db.insert(submissions).values(row).returning())[0]!,
    close: (db: DbOrTx, id: number) => db.update(submissions).set({ pending: false }).where(eq(submissions.id, id)),

    /**
     * Reads the service and holds it until the transaction ends, against an authority's answer
     * (which takes SHARE), an edit, another submission or decision. NO KEY UPDATE rather than
     * UPDATE: the ledger's inserts take KEY SHARE on the service through their foreign key.
     */
    lockService: async (db: DbOrTx, id: number) => (await db.select().from(services).where(eq(services.id, id)).for('no key update'))[0] ?? null,
    setServiceState: (db: DbOrTx, id: number, state: string) => db.update(services).set({ state }).where(eq(services.id, id)),
    markStudySubmitted: (db: DbOrTx, studyId: number) => db.update(feasibilityStudies).set({ submitted: true }).where(eq(feasibilityStudies.id, studyId)),
    clusterName: async (db: DbOrTx, slug: string) => (await db.select({ nameHe: clusters.nameHe }).from(clusters).where(eq(clusters.slug, slug)))[0]?.nameHe ?? slug,
    clusterNames: async (db: DbOrTx) => new Map((await db.select({ slug: clusters.slug, nameHe: clusters.nameHe }).from(clusters)).map((c) => [c.slug, c.nameHe ?? c.slug])),
    /** Authorities that joined the service (now or before they left). */
    async joinedAuthorities(db: DbOrTx, serviceId: number): Promise<string[]> {
      const rows = await db
        .select({ id: serviceParticipants.authorityId })
        .from(serviceParticipants)
        .where(and(eq(serviceParticipants.serviceId, serviceId), inArray(serviceParticipants.status, ['joined', 'left'])));
      return rows.map((r) => r.id);
    },

    async decisionsOf(db: DbOrTx, submissionIds: number[]): Promise<DecisionRow[]> {
      if (submissionIds.length === 0) return [];
      const rows = await db
        .select({ d: decisions, decidedByName: users.displayName })
        .from(decisions)
        .innerJoin(users, eq(users.id, decisions.decidedBy))
        .where(inArray(decisions.submissionId, submissionIds))
        .orderBy(asc(decisions.id));
      return rows.map((r) => ({ ...r.d, decidedByName: r.decidedByName }));
    },
    async conditionsOf(db: DbOrTx, decisionIds: number[]): Promise<ConditionRow[]> {
      if (decisionIds.length === 0) return [];
      const rows = await db
        .select({ c: decisionConditions, metByName: users.displayName })
        .from(decisionConditions)
        .leftJoin(users, eq(users.id, decisionConditions.metBy))
        .where(inArray(decisionConditions.decisionId, decisionIds))
        .orderBy(asc(decisionConditions.id));
      return rows.map((r) => ({ ...r.c, metByName: r.metByName }));
    },
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
