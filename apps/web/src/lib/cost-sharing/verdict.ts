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
  /** Every method was checked and none is stable, but whether the core is empty could not be computed (the least core failed). */
  | { kind: 'undecided' }
  | { kind: 'unknown' };

export function overallVerdict(result: CostSharingResult): OverallVerdict {
  if (result.core.empty === true) return { kind: 'empty-core', epsilon: result.core.leastCoreEpsilon };
  const stable = result.allocations.filter((a) => a.core.inCore === true).map((a) => a.method);
  if (stable.length > 0) return { kind: 'stable', methods: stable };
  if (result.core.empty === false) return { kind: 'stable-elsewhere' };
  // Groups are checked for as many participants as the core is, so checked shares with no verdict on the core mean it failed.
  if (result.allocations.length > 0 && result.allocations.every((a) => a.core.inCore !== null)) return { kind: 'undecided' };
  return { kind: 'unknown' };
}

/**
 * The headline of a study: about the method it proposes, never a general "stable" when that one
 * is not. With the methods that would be stable instead, when some are.
 */
export type ProposedVerdict = { method: Allocation['method']; verdict: MethodVerdict; stableInstead: Allocation['method'][] };

export function proposedVerdict(result: CostSharingResult, method: Allocation['method']): ProposedVerdict | null {
  const proposed = result.allocations.find((a) => a.method === method);
  if (!proposed) return null;
  const verdict = methodVerdict(proposed);
  const stableInstead = verdict.kind === 'stable' ? [] : result.allocations.filter((a) => a.method !== method && a.core.inCore === true).map((a) => a.method);
  return { method, verdict, stableInstead };
}
