import type { Programme } from '@eshkol/contracts/budget';

type ClusterBalance = Programme['clusters'][number];

/** The parts a cluster's allocation falls into, which add up to it: paid, committed but not yet paid, still available. */
export type BalanceParts = { clusterSlug: string; paid: number; unpaid: number; available: number };

/** Per cluster, in agorot. `committed` includes what has been paid, so the unpaid part is the difference. */
export function balanceParts(clusters: readonly ClusterBalance[]): BalanceParts[] {
  return clusters.map((c) => ({ clusterSlug: c.clusterSlug, paid: c.paid, unpaid: c.committed - c.paid, available: c.available }));
}

export type BalanceTotals = { allocated: number; committed: number; paid: number; available: number };

export function balanceTotals(clusters: readonly ClusterBalance[]): BalanceTotals {
  return clusters.reduce(
    (sum, c) => ({ allocated: sum.allocated + c.allocated, committed: sum.committed + c.committed, paid: sum.paid + c.paid, available: sum.available + c.available }),
    { allocated: 0, committed: 0, paid: 0, available: 0 },
  );
}

/** The cluster with the most still available, for the chart's text summary; null when none has any. */
export function mostAvailable(clusters: readonly ClusterBalance[]): ClusterBalance | null {
  const best = [...clusters].sort((a, b) => b.available - a.available || a.clusterSlug.localeCompare(b.clusterSlug))[0];
  return best && best.available > 0 ? best : null;
}

type ProgrammePeriod = { id: number; startsOn: string; endsOn: string };

/** The programme to show first: the one running today (the newest if several), else the newest. */
export function currentProgramme<P extends ProgrammePeriod>(programmes: readonly P[], today: string): P | null {
  const newestFirst = [...programmes].sort((a, b) => b.id - a.id);
  return newestFirst.find((p) => p.startsOn <= today && today <= p.endsOn) ?? newestFirst[0] ?? null;
}
