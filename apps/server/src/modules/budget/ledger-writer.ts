import { balances, refusalOf, type LedgerEntry } from '@eshkol/engine/budget/ledger';
import type { Tx } from '../../db/client';
import type { Actor } from '../../platform/access';
import { serviceOwner, writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { activeProgramme } from './active-programme';
import type { BudgetRepo, LedgerKind, LedgerRow, ProgrammeRow } from './budget.repo';

export const toEngineEntry = (e: LedgerRow): LedgerEntry => ({
  kind: e.kind as LedgerKind,
  clusterSlug: e.clusterSlug,
  serviceId: e.serviceId,
  amountAgorot: e.amountAgorot,
});

type Entry = {
  kind: LedgerKind;
  clusterSlug: string;
  serviceId?: number | null;
  milestoneId?: number | null;
  decisionId?: number | null;
  amountAgorot: number;
  note?: string;
};

/**
 * The only writer of the incentive ledger. Each entry is written under the lock of its
 * programme × cluster account, after re-reading the ledger inside the same transaction, so that
 * two approvals (or payments) racing for the same money run one after the other and the second
 * sees the first: nothing is committed beyond the allocation, nothing paid beyond a commitment.
 * Lock order everywhere: service or milestone row, then programme, then account.
 */
export function createLedgerWriter(deps: { repo: BudgetRepo; today: () => string }) {
  const { repo, today } = deps;

  async function write(tx: Tx, programme: ProgrammeRow, entry: Entry, actor: Actor): Promise<LedgerRow> {
    if (entry.kind === 'allocate') {
      // Allocations compete for the programme's unallocated balance, across clusters.
      await repo.lockProgramme(tx, programme.id);
      await repo.ensureAccount(tx, programme.id, entry.clusterSlug);
    }
    await repo.lockAccount(tx, programme.id, entry.clusterSlug);
    const entries = await repo.ledger(tx, programme.id, entry.kind === 'allocate' ? undefined : entry.clusterSlug);
    const next: LedgerEntry = { kind: entry.kind, clusterSlug: entry.clusterSlug, serviceId: entry.serviceId ?? null, amountAgorot: entry.amountAgorot };
    const refusal = refusalOf(programme.totalAgorot, entries.map(toEngineEntry), next);
    if (refusal === 'RELEASE_EXCEEDS_COMMITMENT') throw new Error(`release of ${entry.amountAgorot} beyond the commitment of service ${entry.serviceId}`);
    if (refusal) throw new AppError(refusal);
    const row = await repo.insertEntry(tx, {
      programmeId: programme.id,
      kind: entry.kind,
      clusterSlug: entry.clusterSlug,
      serviceId: entry.serviceId ?? null,
      milestoneId: entry.milestoneId ?? null,
      decisionId: entry.decisionId ?? null,
      amountAgorot: entry.amountAgorot,
      note: entry.note ?? '',
      byUserId: actor.userId,
    });
    const { at: _at, byUserId: _by, ...after } = row;
    await writeAudit(tx, actor, { action: `ledger.${entry.kind}`, entityType: 'ledger', entityId: String(row.id), owner: serviceOwner(row.serviceId), after });
    return row;
  }

  /** The programme new grants draw from today, or NO_PROGRAMME. */
  async function currentProgramme(tx: Tx): Promise<ProgrammeRow> {
    const programme = activeProgramme(await repo.listProgrammes(tx), today());
    if (!programme) throw new AppError('NO_PROGRAMME');
    return programme;
  }

  /** The cluster's available allocation in today's programme; null when no programme runs today. */
  async function availableToday(tx: Tx, clusterSlug: string): Promise<number | null> {
    const programme = activeProgramme(await repo.listProgrammes(tx), today());
    if (!programme) return null;
    const b = balances(programme.totalAgorot, (await repo.ledger(tx, programme.id, clusterSlug)).map(toEngineEntry));
    return b.clusters.find((c) => c.clusterSlug === clusterSlug)?.available ?? 0;
  }

  /** Commits an approved grant from today's programme; BUDGET_EXCEEDS_ALLOCATION when it does not fit. */
  async function commitGrant(tx: Tx, grant: { clusterSlug: string; serviceId: number; decisionId: number; amountAgorot: number }, actor: Actor) {
    return write(tx, await currentProgramme(tx), { kind: 'commit', ...grant }, actor);
  }

  /** Releases whatever the service holds committed and unpaid, in each programme it drew from. */
  async function releaseUnpaid(tx: Tx, service: { id: number; clusterSlug: string }, decisionId: number, actor: Actor) {
    const programmeIds = new Set((await repo.ledgerOfService(tx, service.id)).map((e) => e.programmeId));
    const released: LedgerRow[] = [];
    for (const programmeId of programmeIds) {
      const programme = (await repo.getProgramme(tx, programmeId))!;
      await repo.lockAccount(tx, programmeId, service.clusterSlug);
      const held = balances(programme.totalAgorot, (await repo.ledger(tx, programmeId, service.clusterSlug)).map(toEngineEntry)).services.find(
        (s) => s.serviceId === service.id,
      );
      if (!held || held.unpaid <= 0) continue;
      released.push(await write(tx, programme, { kind: 'release', clusterSlug: service.clusterSlug, serviceId: service.id, decisionId, amountAgorot: held.unpaid }, actor));
    }
    return released;
  }

  /** Pays a milestone from the programme that holds the service's commitment. */
  async function payMilestone(tx: Tx, milestone: { id: number; serviceId: number; amountAgorot: number; title: string }, clusterSlug: string, actor: Actor) {
    const entries = await repo.ledgerOfService(tx, milestone.serviceId);
    const unpaidIn = (programmeId: number) => {
      const b = balances(0, entries.filter((e) => e.programmeId === programmeId).map(toEngineEntry));
      return b.services.find((s) => s.serviceId === milestone.serviceId)?.unpaid ?? 0;
    };
    const programmeIds = [...new Set(entries.map((e) => e.programmeId))].sort((a, b) => unpaidIn(b) - unpaidIn(a));
    if (programmeIds.length === 0) throw new AppError('PAYMENT_EXCEEDS_COMMITMENT');
    const programme = (await repo.getProgramme(tx, programmeIds[0]!))!;
    return write(tx, programme, { kind: 'pay', clusterSlug, serviceId: milestone.serviceId, milestoneId: milestone.id, amountAgorot: milestone.amountAgorot, note: milestone.title }, actor);
  }

  return { write, availableToday, currentProgramme, commitGrant, releaseUnpaid, payMilestone };
}
export type LedgerWriter = ReturnType<typeof createLedgerWriter>;
