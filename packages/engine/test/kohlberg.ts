import { fullMask, subsetSums } from '../src/cost-sharing/bits';
import { loadHighs } from '../src/cost-sharing/lp';

/**
 * Kohlberg's criterion (Kohlberg 1971; Peleg & Sudhölter 2007, §5.1), an independent check of a
 * (pre-)nucleolus that needs no sequence of LPs: x is the pre-nucleolus iff, for every excess level
 * α, the coalitions with excess ≥ α form a balanced collection (positive weights λ_S with
 * Σ λ_S·1_S = 1_N). For the nucleolus the singletons at their individual-rationality bound may be
 * added with weight ≥ 0. Costs are in cost view; excesses within `tolerance` count as equal.
 */
export async function satisfiesKohlberg(
  costs: Float64Array,
  x: ArrayLike<number>,
  n: number,
  imputations: boolean,
  tolerance = 1e-6,
): Promise<boolean> {
  const full = fullMask(n);
  const sums = subsetSums(x, n);
  const excess = (mask: number) => sums[mask]! - costs[mask]!;
  const proper = Array.from({ length: full - 1 }, (_, k) => k + 1);
  const atBound = imputations ? Array.from({ length: n }, (_, i) => i).filter((i) => Math.abs(x[i]! - costs[1 << i]!) <= tolerance) : [];
  const levels = [...proper.map(excess)].sort((a, b) => b - a);
  for (let k = 0; k < levels.length; k++) {
    if (k > 0 && levels[k - 1]! - levels[k]! <= tolerance) continue;
    const collection = proper.filter((mask) => excess(mask) >= levels[k]! - tolerance);
    if (!(await balanced(collection, atBound, n))) return false;
  }
  return true;
}

/** λ_S ≥ 1 on the collection, λ_i ≥ 0 on the extra singletons, Σ λ_S·1_S = μ·1_N for some μ. */
export async function balanced(collection: readonly number[], extraSingletons: readonly number[], n: number): Promise<boolean> {
  const highs = await loadHighs();
  const columns = [...collection, ...extraSingletons.map((i) => 1 << i)];
  const lines = ['Minimize', ' obj: mu', 'Subject To'];
  for (let i = 0; i < n; i++) {
    const terms = columns.map((mask, c) => ((mask >>> i) & 1 ? ` + l${c}` : '')).join('');
    lines.push(` r${i}:${terms} - mu = 0`);
  }
  lines.push('Bounds', ' mu >= 0');
  columns.forEach((_, c) => lines.push(c < collection.length ? ` l${c} >= 1` : ` l${c} >= 0`));
  lines.push('End');
  const result = highs.solve(lines.join('\n'), { output_flag: false });
  return result.Status === 'Optimal';
}
