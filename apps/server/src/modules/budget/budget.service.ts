import type { Allocate, CreateProgramme, Programme, Withdraw } from '@eshkol/contracts/budget';
import { shekelsToAgorot } from '@eshkol/engine/budget/ledger';
import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { latestReports, toLedgerEntry, toProgramme } from './budget-views';
import { budgetReadScope, milestoneActions } from './budget.policy';
import type { BudgetRepo } from './budget.repo';
import type { LedgerWriter } from './ledger-writer';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { ServicesRepo } from '../services/services.repo';
import type { UsersRepo } from '../users/users.repo';

/** Request amounts are validated to whole agorot by their schema. */
const agorot = (shekels: number) => {
  const a = shekelsToAgorot(shekels);
  if (a === null || a <= 0) throw new AppError('VALIDATION_FAILED');
  return a;
};

export function createBudgetService(deps: {
  db: Db;
  repo: BudgetRepo;
  ledger: LedgerWriter;
  clusters: Pick<ClustersRepo, 'get' | 'names'>;
  services: Pick<ServicesRepo, 'byIds'>;
  users: Pick<UsersRepo, 'emails'>;
}) {
  const { db, repo, ledger } = deps;

  function scopeOf(actor: Actor | null) {
    const scope = budgetReadScope(actor);
    if (!scope) throw new AppError('FORBIDDEN');
    return scope.all ? null : scope.clusterSlug;
  }

  async function requireProgramme(tx: DbOrTx, id: number) {
    const p = await repo.getProgramme(tx, id);
    if (!p) throw new AppError('PROGRAMME_NOT_FOUND');
    return p;
  }

  /** The programme as the reader may see it, with their actions on each project's milestones. */
  async function programmeView(tx: DbOrTx, id: number, actor: Actor | null): Promise<Programme> {
    const clusterSlug = scopeOf(actor);
    const p = await requireProgramme(tx, id);
    const entries = await repo.ledger(tx, id);
    const serviceIds = [...new Set(entries.flatMap((e) => (e.serviceId === null ? [] : [e.serviceId])))];
    const [rows, milestones] = await Promise.all([deps.services.byIds(tx, serviceIds), repo.milestonesOf(tx, serviceIds)]);
    const reports = latestReports(await repo.reportsOf(tx, milestones.map((m) => m.id)));
    const names = new Map([...rows].map(([sid, s]) => [sid, s.nameHe]));
    const actionsOn = (serviceId: number) => {
      const s = rows.get(serviceId);
      return s ? milestoneActions(actor, s) : [];
    };
    return toProgramme(p, entries, names, milestones, reports, clusterSlug, actionsOn);
  }

  async function listProgrammes(actor: Actor | null) {
    scopeOf(actor);
    const rows = await repo.listProgrammes(db);
    return { items: rows.map((p) => ({ id: p.id, nameHe: p.nameHe, startsOn: p.startsOn, endsOn: p.endsOn, total: p.totalAgorot })) };
  }

  const getProgramme = (id: number, actor: Actor | null) => programmeView(db, id, actor);

  async function createProgramme(input: CreateProgramme, actor: Actor) {
    const id = await db.transaction(async (tx) => {
      const row = await repo.insertProgramme(tx, {
        nameHe: input.nameHe,
        totalAgorot: agorot(input.total),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdBy: actor.userId,
      });
      const { createdAt: _c, createdBy: _b, ...after } = row;
      await writeAudit(tx, actor, { action: 'programme.create', entityType: 'programme', entityId: String(row.id), after });
      return row.id;
    });
    return programmeView(db, id, actor);
  }

  async function allocation(kind: 'allocate' | 'withdraw', id: number, input: Allocate | Withdraw, actor: Actor) {
    await db.transaction(async (tx) => {
      const programme = await requireProgramme(tx, id);
      if (!(await deps.clusters.get(tx, input.clusterSlug))) throw new AppError('CLUSTER_NOT_FOUND');
      await ledger.write(tx, programme, { kind, clusterSlug: input.clusterSlug, amountAgorot: agorot(input.amount), note: input.note }, actor);
    });
    return programmeView(db, id, actor);
  }

  /** Gives part of the programme to a cluster; BUDGET_EXCEEDS_PROGRAMME beyond the unallocated balance. */
  const allocate = (id: number, input: Allocate, actor: Actor) => allocation('allocate', id, input, actor);

  /** Takes back part of a cluster's allocation; WITHDRAWAL_EXCEEDS_AVAILABLE beyond what it has not committed. */
  const withdraw = (id: number, input: Withdraw, actor: Actor) => allocation('withdraw', id, input, actor);

  async function ledgerOf(id: number, actor: Actor | null) {
    const clusterSlug = scopeOf(actor);
    await requireProgramme(db, id);
    const rows = await repo.ledger(db, id, clusterSlug ?? undefined);
    const emails = await deps.users.emails(db, rows.map((e) => e.byUserId));
    return { items: rows.map((e) => toLedgerEntry(e, e.byUserId ? (emails.get(e.byUserId) ?? null) : null)) };
  }

  /** The programme and its ledger as the actor may see them, with the clusters' names, for the Excel export. */
  async function exportData(id: number, actor: Actor | null) {
    const [programme, ledger] = [await getProgramme(id, actor), await ledgerOf(id, actor)];
    const names = await deps.clusters.names(db);
    return { programme, ledger: ledger.items, clusterName: (slug: string) => names.get(slug) ?? slug };
  }

  return { listProgrammes, getProgramme, createProgramme, allocate, withdraw, ledgerOf, exportData };
}
export type BudgetService = ReturnType<typeof createBudgetService>;
