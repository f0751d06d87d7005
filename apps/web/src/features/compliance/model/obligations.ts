import { obligationStatuses, type ClusterCompliance, type ObligationStatus } from '@eshkol/contracts/compliance';

/** The traffic light's colour of each status (AA contrast on white with white words). */
export const statusColor: Record<ObligationStatus, string> = { overdue: 'red.9', due_soon: '#8f3f00', pending: 'gray.8', unknown: 'gray.7', met: 'teal.9' };

export type SortKey = 'status' | 'name' | 'overdue';

/** The overview's rows in the order asked: the worst first (then most overdue), by name, or by how many are overdue. */
export function sortClusters(rows: readonly ClusterCompliance[], key: SortKey, nameOf: (c: ClusterCompliance) => string, locale: string): ClusterCompliance[] {
  const rank = (s: ObligationStatus) => obligationStatuses.indexOf(s);
  const byName = (a: ClusterCompliance, b: ClusterCompliance) => nameOf(a).localeCompare(nameOf(b), locale);
  const overdue = (c: ClusterCompliance) => c.counts.overdue ?? 0;
  return [...rows].sort((a, b) => {
    if (key === 'name') return byName(a, b);
    if (key === 'overdue') return overdue(b) - overdue(a) || byName(a, b);
    return rank(a.status) - rank(b.status) || overdue(b) - overdue(a) || byName(a, b);
  });
}
