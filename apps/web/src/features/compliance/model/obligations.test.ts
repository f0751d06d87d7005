import type { ClusterCompliance } from '@eshkol/contracts/compliance';
import { describe, expect, it } from 'vitest';
import { sortClusters } from './obligations';

const row = (slug: string, status: ClusterCompliance['status'], overdue: number): ClusterCompliance => ({
  clusterSlug: slug,
  nameHe: slug,
  nameEn: null,
  status,
  counts: { overdue, due_soon: 0, pending: 0, unknown: 0, met: 0 },
  obligations: [],
});

describe('the overview’s order', () => {
  const rows = [row('ב', 'met', 0), row('א', 'overdue', 1), row('ג', 'overdue', 3), row('ד', 'due_soon', 0)];
  const name = (c: ClusterCompliance) => c.nameHe ?? '';
  it('puts the worst first, the most overdue among them first', () => {
    expect(sortClusters(rows, 'status', name, 'he').map((r) => r.clusterSlug)).toEqual(['ג', 'א', 'ד', 'ב']);
  });
  it('sorts by name or by how many are overdue', () => {
    expect(sortClusters(rows, 'name', name, 'he').map((r) => r.clusterSlug)).toEqual(['א', 'ב', 'ג', 'ד']);
    expect(sortClusters(rows, 'overdue', name, 'he').map((r) => r.clusterSlug)).toEqual(['ג', 'א', 'ב', 'ד']);
  });
});
