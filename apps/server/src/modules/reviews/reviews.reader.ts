import type { DbOrTx } from '../../db/client';
import type { ServicesRepo } from '../services/services.repo';
import type { UsersRepo } from '../users/users.repo';
import type { ConditionRecord, DecisionRecord, ReviewsRepo, SubmissionRecord } from './reviews.repo';

/** A submission as views show it: with its service's cluster, name, kind and state, and who submitted it. */
export type SubmissionRow = SubmissionRecord & { clusterSlug: string; serviceNameHe: string; serviceKind: string; serviceState: string; submittedByName: string };
export type DecisionRow = DecisionRecord & { decidedByName: string };
export type ConditionRow = ConditionRecord & { metByName: string | null };
export type SubmissionQuery = { pending?: boolean; clusterSlug?: string; serviceId?: number; ids?: readonly number[] };

/** Reads submissions and decisions with what they refer to: the service (its module's port) and users' names. */
export function createReviewReader(deps: { repo: ReviewsRepo; services: Pick<ServicesRepo, 'byIds' | 'ofCluster'>; users: Pick<UsersRepo, 'displayNames'> }) {
  const { repo, services, users } = deps;

  async function list(db: DbOrTx, q: SubmissionQuery): Promise<SubmissionRow[]> {
    const serviceIds = q.clusterSlug ? (await services.ofCluster(db, q.clusterSlug)).map((s) => s.id) : q.serviceId !== undefined ? [q.serviceId] : undefined;
    const rows = await repo.list(db, { pending: q.pending, serviceIds, ids: q.ids });
    const [byId, names] = await Promise.all([services.byIds(db, rows.map((r) => r.serviceId)), users.displayNames(db, rows.map((r) => r.submittedBy))]);
    return rows.map((r) => {
      const s = byId.get(r.serviceId)!;
      return { ...r, clusterSlug: s.clusterSlug, serviceNameHe: s.nameHe, serviceKind: s.kind, serviceState: s.state, submittedByName: names.get(r.submittedBy) ?? '' };
    });
  }

  async function decisions(db: DbOrTx, submissionIds: readonly number[]): Promise<DecisionRow[]> {
    const rows = await repo.decisionsOf(db, submissionIds);
    const names = await users.displayNames(db, rows.map((d) => d.decidedBy));
    return rows.map((d) => ({ ...d, decidedByName: names.get(d.decidedBy) ?? '' }));
  }

  async function conditions(db: DbOrTx, decisionIds: readonly number[]): Promise<ConditionRow[]> {
    const rows = await repo.conditionsOf(db, decisionIds);
    const names = await users.displayNames(db, rows.map((c) => c.metBy));
    return rows.map((c) => ({ ...c, metByName: c.metBy ? (names.get(c.metBy) ?? null) : null }));
  }

  return { list, get: async (db: DbOrTx, id: number) => (await list(db, { ids: [id] }))[0] ?? null, decisions, conditions };
}
export type ReviewReader = ReturnType<typeof createReviewReader>;
