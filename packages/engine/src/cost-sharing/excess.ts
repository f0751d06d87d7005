import { fullMask, subsetSums } from './bits';

export interface MaxExcess {
  /** The coalition with the largest excess x(S) − c(S) over all S other than ∅ and N (0 if n = 1). */
  readonly mask: number;
  readonly excess: number;
}

/**
 * Largest excess of an allocation in a cost table c (cost view): the coalition that would gain
 * most by leaving, by enumerating all 2^n − 2 proper coalitions. Ties go to the smaller mask.
 */
export function maxExcess(costs: Float64Array, x: ArrayLike<number>, n: number): MaxExcess {
  const full = fullMask(n);
  if (n < 2) return { mask: 0, excess: Number.NEGATIVE_INFINITY };
  const sums = subsetSums(x, n);
  let best = 1;
  let bestExcess = Number.NEGATIVE_INFINITY;
  for (let mask = 1; mask < full; mask++) {
    const e = sums[mask]! - costs[mask]!;
    if (e > bestExcess) {
      bestExcess = e;
      best = mask;
    }
  }
  return { mask: best, excess: bestExcess };
}
