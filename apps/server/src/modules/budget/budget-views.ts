import type { Milestone, MilestoneAction, Programme, ProgressReport, ProgressReportState } from '@eshkol/contracts/budget';
import { balances } from '@eshkol/engine/budget/ledger';
import type { LedgerKind, LedgerRow, MilestoneRow, ProgrammeRow, ProgressReportRow } from './budget.repo';
import { toEngineEntry } from './ledger-writer';

export const toMilestone = (m: MilestoneRow, latest?: ProgressReportRow): Milestone => ({
  id: m.id,
  serviceId: m.serviceId,
  title: m.title,
  plannedOn: m.plannedOn,
  amountAgorot: m.amountAgorot,
  deliverable: m.deliverable,
  state: m.state as Milestone['state'],
  doneAt: m.doneAt?.toISOString() ?? null,
  paidAt: m.paidAt?.toISOString() ?? null,
  report: latest ? { id: latest.id, version: latest.version, state: latest.state as ProgressReportState, spentAgorot: latest.spentAgorot } : null,
});

/** Each milestone's latest progress report, from its reports newest first. */
export function latestReports(rows: readonly ProgressReportRow[]): Map<number, ProgressReportRow> {
  const latest = new Map<number, ProgressReportRow>();
  for (const r of rows) if (!latest.has(r.milestoneId) || latest.get(r.milestoneId)!.version < r.version) latest.set(r.milestoneId, r);
  return latest;
}

export const toProgressReport = (r: ProgressReportRow, documentNames: ReadonlyMap<string, string>): ProgressReport => ({
  id: r.id,
  milestoneId: r.milestoneId,
  version: r.version,
  narrative: r.narrative,
  spentAgorot: r.spentAgorot,
  documents: r.documentIds.map((id) => ({ id, fileName: documentNames.get(id) ?? '' })),
  state: r.state as ProgressReportState,
  remarks: r.remarks,
  submittedAt: r.submittedAt.toISOString(),
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
});

export const toLedgerEntry = (e: LedgerRow, by: string | null) => ({
  id: e.id,
  kind: e.kind as LedgerKind,
  clusterSlug: e.clusterSlug,
  serviceId: e.serviceId,
  milestoneId: e.milestoneId,
  decisionId: e.decisionId,
  amountAgorot: e.amountAgorot,
  note: e.note,
  at: e.at.toISOString(),
  by,
});

/**
 * A programme's balances from its ledger (the engine's `balances`), with each project's grant and
 * milestones; `clusterSlug` narrows the clusters and projects to one cluster's part.
 */
export function toProgramme(
  p: ProgrammeRow,
  entries: readonly LedgerRow[],
  names: ReadonlyMap<number, string>,
  milestones: readonly MilestoneRow[],
  reports: ReadonlyMap<number, ProgressReportRow>,
  clusterSlug: string | null,
  actionsOn: (serviceId: number) => MilestoneAction[],
): Programme {
  const b = balances(p.totalAgorot, entries.map(toEngineEntry));
  const mine = <T extends { clusterSlug: string }>(rows: T[]) => (clusterSlug ? rows.filter((r) => r.clusterSlug === clusterSlug) : rows);
  return {
    id: p.id,
    nameHe: p.nameHe,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    total: b.total,
    allocated: b.allocated,
    unallocated: b.unallocated,
    committed: b.committed,
    paid: b.paid,
    clusters: mine(b.clusters),
    projects: mine(b.services).map((s) => ({
      serviceId: s.serviceId,
      clusterSlug: s.clusterSlug,
      nameHe: names.get(s.serviceId) ?? '',
      committed: s.committed,
      paid: s.paid,
      unpaid: s.unpaid,
      milestones: milestones.filter((m) => m.serviceId === s.serviceId).map((m) => toMilestone(m, reports.get(m.id))),
      actions: actionsOn(s.serviceId),
    })),
  };
}
