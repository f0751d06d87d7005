import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';

/**
 * How the result's Shapley value was computed, for a note under the shares: nothing when it was
 * computed from every group's value (the usual way), when none was asked, or in results kept
 * before the way was recorded; an estimate's largest standard error as a fraction of the average
 * share (null when the shares average zero).
 */
export type ShapleyWay = { way: 'quantity-dp' | 'airport' } | { way: 'sampled'; precision: number | null };

export function shapleyWayOf(result: CostSharingResult): ShapleyWay | null {
  const shapley = result.allocations.find((a) => a.method === 'shapley');
  const way = shapley?.shapleyMethod;
  if (!shapley || way === undefined || way === 'table') return null;
  if (way !== 'sampled') return { way };
  const average = Math.abs(result.total) / Math.max(1, shapley.shares.length);
  const largest = Math.max(0, ...shapley.shares.map((s) => s.standardError ?? 0));
  return { way, precision: average > 0 ? largest / average : null };
}
