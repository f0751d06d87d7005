import { fullMask } from './bits';
import { CoalitionSpan } from './coalition-span';
import { costSharingErrors } from './errors';
import { ExcessLp } from './excess-lp';
import type { Game } from './game';
import { assertWithinLimit } from './limits';
import { loadHighs } from './lp';
import { scaledCosts } from './scaled-costs';

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
  const { costs, scale, sign } = scaledCosts(game);
  const full = fullMask(n);
  if (n === 1) return { shares: Float64Array.of(sign * costs[full]! * scale), levels: [], linearPrograms: 0 };
  if (imputations && !imputationsExist(costs, n)) throw costSharingErrors.emptyImputationSet();

  const highs = await loadHighs();
  const state: LevelState = { costs, n, span: new CoalitionSpan(n), settled: new Uint8Array(full + 1), fixed: [] };
  state.span.add(full);
  state.settled[0] = state.settled[full] = 1;
  const levels: number[] = [];
  let rows: number[] = Array.from({ length: n }, (_, i) => [1 << i, full ^ (1 << i)]).flat();
  let linearPrograms = 0;
  let x: Float64Array = new Float64Array(n);

  while (state.span.rank < n) {
    const rankBefore = state.span.rank;
    const lp = new ExcessLp({ highs, costs, n, imputations, fixed: state.fixed, settled: state.settled, initialRows: rows });
    try {
      const optimum = lp.minimizeMaxExcess();
      if (optimum === null) throw costSharingErrors.emptyImputationSet();
      x = optimum.x;
      fixAlwaysTight(lp, state, x, optimum.t);
      levels.push(optimum.t);
      rows = [...lp.generated];
      linearPrograms += lp.solves;
    } finally {
      lp.dispose();
    }
    // In exact arithmetic every level fixes a new coalition; guard against round-off anyway.
    if (state.span.rank === rankBefore) throw costSharingErrors.solverFailed('no progress between levels');
    state.span.markSpanned(state.settled);
  }
  return { shares: x.map((xi) => sign * xi * scale), levels: levels.map((t) => t * scale), linearPrograms };
}

interface LevelState {
  readonly costs: Float64Array;
  readonly n: number;
  /** The fixed coalitions' span, with N in it from the start. */
  readonly span: CoalitionSpan;
  /** 1 for coalitions out of play: ∅, N, fixed ones and those in the span of fixed ones. */
  readonly settled: Uint8Array;
  /** A basis of the fixed coalitions with their excesses, for the next levels' equalities. */
  readonly fixed: { mask: number; excess: number }[];
}

/** Fixes at `level` every coalition whose excess is `level` in every optimal solution of `lp`. */
function fixAlwaysTight(lp: ExcessLp, state: LevelState, x: Float64Array, level: number): void {
  const { costs, span, settled, fixed } = state;
  const fix = (mask: number) => {
    settled[mask] = 1;
    if (span.add(mask)) {
      fixed.push({ mask, excess: level });
      lp.addEquality(mask, costs[mask]! + level);
    }
  };
  const duals = lp.duals();
  const open = tightCoalitions(lp.excesses(x), settled, level).filter((mask) => {
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
    const e = lp.excesses(lp.minimizeExcessOf(mask, level).x);
    if (e[mask]! >= level - tightTolerance) fix(mask);
    else for (const other of open) if (e[other]! < level - tightTolerance) released.add(other);
  }
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
