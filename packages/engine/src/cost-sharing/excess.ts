import { fullMask, subsetSums } from './bits';

export interface MaxExcess {
  /** The coalition with the largest excess x(S) − c(S) over all S other than ∅ and N (0 if n = 1). */
  readonly mask: number;
  readonly excess: number;
}

/**
 * Largest excess of an allocation: the coalition that would gain most by leaving, by enumerating
 * all 2^n − 2 proper coalitions. The excess is x(S) − v(S) in a cost game (sign +1) and
 * v(S) − x(S) in a gain game (sign −1). Ties go to the smaller mask.
 */
export function maxExcess(values: Float64Array, x: ArrayLike<number>, n: number, sign: 1 | -1 = 1): MaxExcess {
  const full = fullMask(n);
  if (n < 2) return { mask: 0, excess: Number.NEGATIVE_INFINITY };
  const sums = subsetSums(x, n);
  let best = 1;
  let bestExcess = Number.NEGATIVE_INFINITY;
  for (let mask = 1; mask < full; mask++) {
    const e = sign * (sums[mask]! - values[mask]!);
    if (e > bestExcess) {
      bestExcess = e;
      best = mask;
    }
  }
  return { mask: best, excess: bestExcess };
}
