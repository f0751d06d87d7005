import type { CostFunction } from './cost-models';

/**
 * The Shapley value of the airport game (Littlechild & Owen 1973), where a group costs
 * `cost(highest level among its members)`: with the distinct levels in increasing order
 * l₁ < l₂ < …, the piece cost(l_k) − cost(l_{k−1}) (the first, cost(l₁), with the fixed cost in
 * it) is used by every participant whose level is l_k or more and shared equally among them, and
 * each participant pays its part of every piece up to its own level. Exact, in O(n log n).
 */
export function shapleyOfFacility(levels: Float64Array, cost: CostFunction): Float64Array {
  const n = levels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => levels[a]! - levels[b]!);
  const shares = new Float64Array(n);
  let share = 0;
  let below = 0;
  let previous = Number.NaN;
  order.forEach((i, k) => {
    const level = levels[i]!;
    // Participants of equal level use the same pieces: the next piece starts above them.
    if (level !== previous) {
      const upTo = cost(level);
      share += (upTo - below) / (n - k);
      below = upTo;
      previous = level;
    }
    shares[i] = share;
  });
  return shares;
}
