import type { Allocation, CostSharingResult } from '@eshkol/contracts/cost-sharing';

/** What a method's allocation means for the voluntarism test, in terms the page can phrase. */
export type MethodVerdict =
  | { kind: 'stable' }
  | { kind: 'blocked'; coalition: string[]; saving: number }
  | { kind: 'unchecked'; irrational: string[] };

export function methodVerdict(allocation: Allocation): MethodVerdict {
  const { inCore, blockingCoalition, maxExcess } = allocation.core;
  if (inCore === true) return { kind: 'stable' };
  if (inCore === false && blockingCoalition && maxExcess !== null) return { kind: 'blocked', coalition: blockingCoalition, saving: maxExcess };
  return { kind: 'unchecked', irrational: allocation.shares.filter((s) => !s.individuallyRational).map((s) => s.player) };
}

/** The headline: is there a share that keeps everyone in, and what would it take if not. */
export type OverallVerdict =
  | { kind: 'stable'; methods: Allocation['method'][] }
  | { kind: 'stable-elsewhere' }
  | { kind: 'empty-core'; epsilon: number | null }
  | { kind: 'unknown' };

export function overallVerdict(result: CostSharingResult): OverallVerdict {
  if (result.core.empty === true) return { kind: 'empty-core', epsilon: result.core.leastCoreEpsilon };
  const stable = result.allocations.filter((a) => a.core.inCore === true).map((a) => a.method);
  if (stable.length > 0) return { kind: 'stable', methods: stable };
  if (result.core.empty === false) return { kind: 'stable-elsewhere' };
  return { kind: 'unknown' };
}
