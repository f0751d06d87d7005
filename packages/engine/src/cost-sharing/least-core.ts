import { fullMask } from './bits';
import { costSharingErrors } from './errors';
import { ExcessLp } from './excess-lp';
import type { Game } from './game';
import { assertWithinLimit } from './limits';
import { loadHighs } from './lp';
import { scaledCosts } from './scaled-costs';

export interface LeastCoreResult {
  /**
   * The least-core ε (cost view): the smallest ε such that some allocation of the total has
   * x(S) ≤ c(S) + ε for every group S other than ∅ and N. The core is empty exactly when ε > 0,
   * and ε is then the least amount each group must be conceded for cooperation to be stable.
   * Null for a single participant (there is no group to satisfy).
   */
  readonly epsilon: number | null;
  /** An allocation in the least core (an optimal vertex of the LP). */
  readonly shares: Float64Array;
  readonly linearPrograms: number;
}

/** The least core (Maschler, Peleg & Shapley 1979): the first LP of the pre-nucleolus. */
export async function leastCore(game: Game): Promise<LeastCoreResult> {
  const n = game.players.length;
  assertWithinLimit('least-core', n);
  const { costs, scale, sign } = scaledCosts(game);
  const full = fullMask(n);
  if (n === 1) return { epsilon: null, shares: Float64Array.of(sign * costs[full]! * scale), linearPrograms: 0 };
  const settled = new Uint8Array(full + 1);
  settled[0] = settled[full] = 1;
  const initialRows = Array.from({ length: n }, (_, i) => [1 << i, full ^ (1 << i)]).flat();
  const lp = new ExcessLp({ highs: await loadHighs(), costs, n, imputations: false, fixed: [], settled, initialRows });
  try {
    const optimum = lp.minimizeMaxExcess();
    if (optimum === null) throw costSharingErrors.solverFailed('infeasible');
    return { epsilon: optimum.t * scale, shares: optimum.x.map((xi) => sign * xi * scale), linearPrograms: lp.solves };
  } finally {
    lp.dispose();
  }
}
