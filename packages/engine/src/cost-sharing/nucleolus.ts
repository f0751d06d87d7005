import { fullMask } from './bits';
import { CoalitionSpan } from './coalition-span';
import { costSharingErrors } from './errors';
import { ExcessLp } from './excess-lp';
import { costSign, type Game, tabulate } from './game';
import { assertWithinLimit } from './limits';
import { loadHighs } from './lp';

export interface NucleolusResult {
  readonly shares: Float64Array;
  /** The successive maximal excesses (cost view: what the worst-off groups pay above their own cost). */
  readonly levels: readonly number[];
  readonly linearPrograms: number;
}

/** A coalition is tight when its excess is within this of the level (scaled game). */
const tightTolerance = 1e-7;
/** A row dual above this proves the row tight at every optimum (complementary slackness). */
const dualTolerance = 1e-7;

/** The nucleolus: the imputation that lexicographically minimises the excesses (Schmeidler 1969). */
export function nucleolus(game: Game): Promise<NucleolusResult> {
  return lexicographicCentre(game, true);
}

/** The pre-nucleolus: the same over all allocations of the total, individually rational or not. */
export function prenucleolus(game: Game): Promise<NucleolusResult> {
  return lexicographicCentre(game, false);
}

/**
 * The sequential LP scheme of Kopelowitz (1967) and Maschler, Peleg & Shapley (1979). Level k
 * minimises the largest excess t over the coalitions still in play. Then every coalition whose
 * excess equals t_k in EVERY optimal solution is fixed at t_k, and the next level starts.
 *
 * Which coalitions those are is decided one by one among the coalitions tight in the solution
 * found: a positive dual proves it (complementary slackness); a coalition in the span of fixed
 * ones is settled anyway; for any other, a further LP minimises its excess over the optimal face
 * (t ≤ t_k) — if it can drop below t_k it stays in play, and so does every coalition that drops
 * in that solution. Fixing only the coalitions tight in one optimal solution, or stopping after
 * the first LP, gives wrong answers whenever there are ties (Guajardo & Jörnsten 2015).
 *
 * It ends when the fixed coalitions span R^n: the allocation is then unique.
 */
async function lexicographicCentre(game: Game, imputations: boolean): Promise<NucleolusResult> {
  const n = game.players.length;
  assertWithinLimit(imputations ? 'nucleolus' : 'prenucleolus', n);
  const sign = costSign(game);
  const table = tabulate(game);
  const full = fullMask(n);
  if (n === 1) return { shares: Float64Array.of(table[full]!), levels: [], linearPrograms: 0 };
  let scale = 0;
  for (const v of table) scale = Math.max(scale, Math.abs(v));
  scale = scale || 1;
  const costs = table.map((v) => (sign * v) / scale);
  if (imputations && !imputationsExist(costs, n)) throw costSharingErrors.emptyImputationSet();

  const highs = await loadHighs();
  const span = new CoalitionSpan(n);
  span.add(full);
  const settled = new Uint8Array(full + 1);
  settled[0] = settled[full] = 1;
  const fixed: { mask: number; excess: number }[] = [];
  const levels: number[] = [];
  let rows: number[] = Array.from({ length: n }, (_, i) => [1 << i, full ^ (1 << i)]).flat();
  let linearPrograms = 0;
  let x: Float64Array = new Float64Array(n);

  while (span.rank < n) {
    const rankBefore = span.rank;
    const lp = new ExcessLp({ highs, costs, n, imputations, fixed, settled, initialRows: rows });
    try {
      const optimum = lp.minimizeMaxExcess();
      if (optimum === null) throw costSharingErrors.emptyImputationSet();
      x = optimum.x;
      const level = optimum.t;
      const fix = (mask: number) => {
        settled[mask] = 1;
        if (span.add(mask)) {
          fixed.push({ mask, excess: level });
          lp.addEquality(mask, costs[mask]! + level);
        }
      };
      const candidates = tightCoalitions(lp.excesses(x), settled, level);
      const duals = lp.duals();
      const open = candidates.filter((mask) => {
        if (Math.abs(duals.get(mask) ?? 0) > dualTolerance) fix(mask);
        return !settled[mask];
      });
      const released = new Set<number>();
      for (const mask of open) {
        if (released.has(mask) || settled[mask]) continue;
        if (span.contains(mask)) {
          fix(mask);
          continue;
        }
        const check = lp.minimizeExcessOf(mask, level);
        const e = lp.excesses(check.x);
        if (e[mask]! < level - tightTolerance) {
          for (const other of open) if (e[other]! < level - tightTolerance) released.add(other);
        } else {
          fix(mask);
        }
      }
      levels.push(level);
      rows = [...lp.generated];
      linearPrograms += lp.solves;
    } finally {
      lp.dispose();
    }
    // In exact arithmetic every level fixes a new coalition; guard against round-off anyway.
    if (span.rank === rankBefore) throw costSharingErrors.solverFailed('no progress between levels');
    span.markSpanned(settled);
  }
  const shares = x.map((xi) => sign * xi * scale);
  return { shares, levels: levels.map((t) => t * scale), linearPrograms };
}

function tightCoalitions(excess: Float64Array, settled: Uint8Array, level: number): number[] {
  const tight: number[] = [];
  for (let mask = 1; mask < excess.length - 1; mask++) {
    if (!settled[mask] && excess[mask]! >= level - tightTolerance) tight.push(mask);
  }
  return tight;
}

/** Imputations exist when Σ c({i}) ≥ c(N) (cost view). */
function imputationsExist(costs: Float64Array, n: number): boolean {
  let alone = 0;
  for (let i = 0; i < n; i++) alone += costs[1 << i]!;
  return alone >= costs[fullMask(n)]! - tightTolerance;
}
