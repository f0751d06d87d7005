import type { Highs } from 'highs';
import { fullMask } from './bits';
import { CoalitionSpan } from './coalition-span';
import { costSharingErrors, EngineError } from './errors';
import { ExcessLp } from './excess-lp';
import type { Game } from './game';
import { assertWithinLimit } from './limits';
import { loadHighs } from './lp';
import { certifiedLevels, exactCosts, exactPoint, type ExactCosts, type FixedAtLevel } from './nucleolus-certificate';
import { add, compare, toDouble, zero } from './rational';
import { scaledCosts } from './scaled-costs';

export interface NucleolusResult {
  readonly shares: Float64Array;
  /** The successive maximal excesses (cost view: what the worst-off groups pay above their own cost). */
  readonly levels: readonly number[];
  /**
   * The groups at each of those levels, exactly: the worst off first. At most `maxTightShown` of
   * each level are listed (in a game where every group of a size ties there are thousands), with
   * how many there are.
   */
  readonly tight: readonly { readonly excess: number; readonly count: number; readonly coalitions: readonly number[] }[];
  readonly linearPrograms: number;
}

/**
 * How close to a level an excess must come to count as tight, and how large a row's dual must be
 * to prove it tight at every optimum (scaled game). The first pair serves almost every game; when
 * its answer fails the exact check (figures an agora or two from a tie), the LPs run again with
 * finer ones, down to what the solver's own accuracy (1e-9) allows.
 */
const tolerances = [
  { tight: 1e-7, dual: 1e-7 },
  { tight: 1e-8, dual: 1e-8 },
  { tight: 5e-9, dual: 1e-9 },
] as const;
type Tolerance = (typeof tolerances)[number];

/** How many groups of one level a result lists. */
export const maxTightShown = 20;

/** The nucleolus: the imputation that lexicographically minimises the excesses (Schmeidler 1969). */
export function nucleolus(game: Game): Promise<NucleolusResult> {
  return lexicographicCentre(game, true);
}

/** The pre-nucleolus: the same over all allocations of the total, individually rational or not. */
export function prenucleolus(game: Game): Promise<NucleolusResult> {
  return lexicographicCentre(game, false);
}

/**
 * The answer of the sequential LPs (below), made exact and certified (`nucleolus-certificate.ts`):
 * the coalitions they fixed at each level give a linear system solved exactly from the figures as
 * given, and the exact point must meet Kohlberg's criterion with exact comparisons. The shares are
 * that point's; when no run of the LPs gives a point that passes, the engine says so rather than
 * answer.
 */
async function lexicographicCentre(game: Game, imputations: boolean): Promise<NucleolusResult> {
  const n = game.players.length;
  const method = imputations ? 'nucleolus' : 'prenucleolus';
  assertWithinLimit(method, n);
  const { costs, scale, sign } = scaledCosts(game);
  const full = fullMask(n);
  if (n === 1) return { shares: Float64Array.of(sign * costs[full]! * scale), levels: [], tight: [], linearPrograms: 0 };
  const unscaled = new Float64Array(costs.length);
  for (let mask = 0; mask < costs.length; mask++) unscaled[mask] = costs[mask]! * scale;
  const exact = exactCosts(unscaled, n);
  if (imputations && !imputationsExist(exact)) throw costSharingErrors.emptyImputationSet();

  const highs = await loadHighs();
  let linearPrograms = 0;
  for (const tolerance of tolerances) {
    let run: LpRun;
    try {
      run = sequentialLps(highs, costs, n, imputations, tolerance);
    } catch (e) {
      // Round-off can make a level's LP infeasible or stall it; finer tolerances may not.
      if (e instanceof EngineError && e.code === 'SOLVER_FAILED') continue;
      throw e;
    }
    linearPrograms += run.linearPrograms;
    const point = exactPoint(exact, run.fixedAt) ?? (imputations ? exactPoint(exact, run.fixedAt, atBound(run.x, costs, n, tolerance)) : null);
    const certified = point && (await certifiedLevels(highs, exact, point, imputations, Math.min(...run.levels) * scale));
    if (point && certified) {
      const tight = certified.map((l) => ({ excess: toDouble(l.excess), count: l.coalitions.length, coalitions: [...l.coalitions].sort((a, b) => a - b).slice(0, maxTightShown) }));
      return { shares: Float64Array.from(point, (xi) => sign * toDouble(xi)), levels: tight.map((l) => l.excess), tight, linearPrograms };
    }
  }
  throw costSharingErrors.notCertified(method);
}

/** The participants the LPs left paying (about) their stand-alone cost: for the nucleolus, candidates for x_i = c({i}). */
function atBound(x: Float64Array, costs: Float64Array, n: number, tolerance: Tolerance): number[] {
  return Array.from({ length: n }, (_, i) => i).filter((i) => x[i]! >= costs[1 << i]! - tolerance.tight);
}

interface LpRun {
  readonly x: Float64Array;
  /** Scaled levels t_k. */
  readonly levels: number[];
  /** The coalitions fixed at each level. */
  readonly fixedAt: FixedAtLevel[];
  readonly linearPrograms: number;
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
function sequentialLps(highs: Highs, costs: Float64Array, n: number, imputations: boolean, tolerance: Tolerance): LpRun {
  const full = fullMask(n);
  const state: LevelState = { costs, n, span: new CoalitionSpan(n), settled: new Uint8Array(full + 1), fixed: [], tolerance };
  state.span.add(full);
  state.settled[0] = state.settled[full] = 1;
  const levels: number[] = [];
  const fixedAt: FixedAtLevel[] = [];
  let rows: number[] = Array.from({ length: n }, (_, i) => [1 << i, full ^ (1 << i)]).flat();
  let linearPrograms = 0;
  let x: Float64Array = new Float64Array(n);

  while (state.span.rank < n) {
    const rankBefore = state.span.rank;
    const lp = new ExcessLp({ highs, costs, n, imputations, fixed: state.fixed, settled: state.settled, initialRows: rows });
    try {
      const optimum = lp.minimizeMaxExcess();
      // Imputations exist (checked exactly): an infeasible level is the solver's round-off.
      if (optimum === null) throw costSharingErrors.solverFailed('infeasible level');
      x = optimum.x;
      fixedAt.push(fixAlwaysTight(lp, state, x, optimum.t));
      levels.push(optimum.t);
      rows = [...lp.generated];
      linearPrograms += lp.solves;
    } finally {
      lp.dispose();
    }
    // In exact arithmetic every level fixes a new coalition; guard against round-off anyway.
    if (state.span.rank === rankBefore) throw costSharingErrors.solverFailed('no progress between levels');
    if (state.span.rank < n) state.span.markSpanned(state.settled);
  }
  return { x, levels, fixedAt, linearPrograms };
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
  readonly tolerance: Tolerance;
}

/**
 * Fixes at `level` every coalition whose excess is `level` in every optimal solution of `lp`, and
 * returns those it fixed: the independent ones, and up to n more, which the exact solution needs
 * to determine the level itself.
 */
function fixAlwaysTight(lp: ExcessLp, state: LevelState, x: Float64Array, level: number): FixedAtLevel {
  const { costs, span, settled, fixed, n } = state;
  const { tight: tightTolerance, dual: dualTolerance } = state.tolerance;
  const fixedHere: FixedAtLevel = { basis: [], more: [] };
  const fix = (mask: number) => {
    settled[mask] = 1;
    if (span.add(mask)) {
      fixed.push({ mask, excess: level });
      lp.addEquality(mask, costs[mask]! + level);
      fixedHere.basis.push(mask);
    } else if (fixedHere.more.length < n) {
      fixedHere.more.push(mask);
    }
  };
  const duals = lp.duals();
  const open = tightCoalitions(lp.excesses(x), settled, level, tightTolerance).filter((mask) => {
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
  return fixedHere;
}

function tightCoalitions(excess: Float64Array, settled: Uint8Array, level: number, tightTolerance: number): number[] {
  const tight: number[] = [];
  for (let mask = 1; mask < excess.length - 1; mask++) {
    if (!settled[mask] && excess[mask]! >= level - tightTolerance) tight.push(mask);
  }
  return tight;
}

/** Imputations exist when Σ c({i}) ≥ c(N) (cost view), compared exactly. */
function imputationsExist(game: ExactCosts): boolean {
  let alone = zero;
  for (let i = 0; i < game.n; i++) alone = add(alone, game.exact(1 << i));
  return compare(alone, game.exact(fullMask(game.n))) >= 0;
}
