import type { Highs } from 'highs';
import { fullMask, membersOf, subsetSums } from './bits';
import { CoalitionSpan } from './coalition-span';
import { createLpModel, solve } from './lp';
import { add, compare, exactOfFigure, isZero, lcm, rational, sub, toDouble, type Rational, zero } from './rational';

/**
 * The (pre-)nucleolus found by floating-point LPs, made exact and proven.
 *
 * The LPs decide which coalitions are tight at each level to within their tolerance; when two
 * groups' costs differ by an agora or two that decision can go wrong, and the answer with it. So
 * the answer is not taken from the LPs' figures: the coalitions they fixed at each level give a
 * linear system, solved in exact rational arithmetic from the figures as given (whole agorot where
 * they are), and the exact point is then checked against Kohlberg's criterion (Kohlberg 1971;
 * Peleg & Sudhölter 2007, Thm 5.1.6): at every excess level α, the coalitions whose excess is at
 * least α, compared exactly, form a balanced collection — for the nucleolus, with the
 * participants that pay exactly their stand-alone cost allowed in with weight zero. A point that
 * passes is the (pre-)nucleolus, whatever the LPs' round-off was.
 */

/** Cost-view figures of the game as given, and their exact values on demand. */
export interface ExactCosts {
  readonly n: number;
  /** c(S) by mask, unscaled, cost view. */
  readonly costs: Float64Array;
  exact(mask: number): Rational;
}

export function exactCosts(costs: Float64Array, n: number): ExactCosts {
  const cache = new Map<number, Rational>();
  return {
    n,
    costs,
    exact(mask) {
      let c = cache.get(mask);
      if (!c) cache.set(mask, (c = exactOfFigure(costs[mask]!)));
      return c;
    },
  };
}

/**
 * The coalitions the LPs fixed at one level: those that added to the span of the fixed ones, and
 * (up to n) others, in the span already, that tell the level itself.
 */
export interface FixedAtLevel {
  readonly basis: number[];
  readonly more: number[];
}

/**
 * The point where every coalition fixed at level k has excess t_k exactly: x(S) − t_k = c(S),
 * Σx = c(N), and for the nucleolus x_i = c({i}) for the participants in `atBound`. The equations
 * are taken in order and one that contradicts those before it is left out (the LPs may have taken
 * a coalition an agora below its level for tight: the check that follows decides); null when the
 * rest leave some share undetermined.
 */
export function exactPoint(game: ExactCosts, levels: readonly FixedAtLevel[], atBound: readonly number[] = []): Rational[] | null {
  const { n } = game;
  const width = n + levels.length;
  const rows: { coef: Rational[]; rhs: Rational }[] = [];
  const row = (members: readonly number[], level: number | null, rhs: Rational) => {
    const coef = new Array<Rational>(width).fill(zero);
    for (const i of members) coef[i] = rational(1n);
    if (level !== null) coef[n + level] = rational(-1n);
    rows.push({ coef, rhs });
  };
  const full = fullMask(n);
  row(membersOf(full), null, game.exact(full));
  levels.forEach((fixed, k) => fixed.basis.forEach((mask) => row(membersOf(mask), k, game.exact(mask))));
  for (const i of atBound) row([i], null, game.exact(1 << i));
  levels.forEach((fixed, k) => fixed.more.forEach((mask) => row(membersOf(mask), k, game.exact(mask))));
  return solveExactly(rows, width, n);
}

/** Gauss–Jordan elimination in exact arithmetic: the first `wanted` unknowns, if the consistent equations fix them. */
function solveExactly(rows: { coef: Rational[]; rhs: Rational }[], width: number, wanted: number): Rational[] | null {
  const pivots: { col: number; coef: Rational[]; rhs: Rational }[] = [];
  for (const r of rows) {
    let coef = r.coef;
    let rhs = r.rhs;
    for (const p of pivots) {
      const f = coef[p.col]!;
      if (isZero(f)) continue;
      coef = coef.map((c, j) => sub(c, mulR(f, p.coef[j]!)));
      rhs = sub(rhs, mulR(f, p.rhs));
    }
    const col = coef.findIndex((c) => !isZero(c));
    // Implied by the equations before it, or contradicting them: nothing to learn from it.
    if (col < 0) continue;
    const lead = coef[col]!;
    coef = coef.map((c) => divR(c, lead));
    rhs = divR(rhs, lead);
    for (const p of pivots) {
      const f = p.coef[col]!;
      if (isZero(f)) continue;
      p.coef = p.coef.map((c, j) => sub(c, mulR(f, coef[j]!)));
      p.rhs = sub(p.rhs, mulR(f, rhs));
    }
    pivots.push({ col, coef, rhs });
  }
  const x = new Array<Rational | null>(wanted).fill(null);
  const pivotCols = new Set(pivots.map((p) => p.col));
  for (const p of pivots) {
    if (p.col >= wanted) continue;
    // Determined only if no free unknown is left in its row.
    for (let j = 0; j < width; j++) if (j !== p.col && !pivotCols.has(j) && !isZero(p.coef[j]!)) return null;
    x[p.col] = p.rhs;
  }
  return x.every((v) => v !== null) ? (x as Rational[]) : null;
}

const mulR = (a: Rational, b: Rational) => (isZero(a) || isZero(b) ? zero : rational(a.num * b.num, a.den * b.den));
const divR = (a: Rational, b: Rational) => rational(a.num * b.den, a.den * b.num);

/**
 * Whether `x` is exactly the pre-nucleolus (`imputations` false) or the nucleolus of the game, by
 * Kohlberg's criterion with every comparison of excesses exact. Levels are visited from the top
 * until the coalitions met so far span R^n: below that no allocation can differ, so no level can
 * tell it apart. `lowestLevel`, the LPs' last level, says how far down that is likely to be: only
 * the coalitions near or above it are looked at, unless they run out first.
 */
/** An excess level of the certified point, and the coalitions exactly at it. */
export interface ExactLevel {
  readonly excess: Rational;
  readonly coalitions: readonly number[];
}

export async function isCertifiedNucleolus(highs: Highs, game: ExactCosts, x: readonly Rational[], imputations: boolean, lowestLevel?: number): Promise<boolean> {
  return (await certifiedLevels(highs, game, x, imputations, lowestLevel)) !== null;
}

/**
 * The levels Kohlberg's criterion met, each with its coalitions, when `x` passes it; null when not.
 * They say why each participant pays what it pays: the groups that are as badly off as any.
 */
export async function certifiedLevels(highs: Highs, game: ExactCosts, x: readonly Rational[], imputations: boolean, lowestLevel?: number): Promise<ExactLevel[] | null> {
  const { n, costs } = game;
  const full = fullMask(n);
  let total = zero;
  for (const xi of x) total = add(total, xi);
  if (compare(total, game.exact(full)) !== 0) return null;
  const atBound: number[] = [];
  if (imputations) {
    for (let i = 0; i < n; i++) {
      const c = compare(x[i]!, game.exact(1 << i));
      if (c > 0) return null;
      if (c === 0) atBound.push(i);
    }
  }

  // Screen in floating point, decide exactly: an excess computed in doubles is within a hair of
  // the exact one (a few units in the last place of the largest figure), so only coalitions that
  // close to the top can be at the top.
  const xf = x.map(toDouble);
  // One buffer: the subset sums of x, then the excesses.
  const floatExcess = subsetSums(xf, n);
  let scale = 0;
  for (let mask = 0; mask <= full; mask++) {
    scale = Math.max(scale, Math.abs(costs[mask]!), Math.abs(floatExcess[mask]!));
    floatExcess[mask] = floatExcess[mask]! - costs[mask]!;
  }
  const margin = 1e-9 * (scale || 1);
  const den = x.reduce((d, xi) => lcm(d, xi.den), 1n);
  const scaled = x.map((xi) => xi.num * (den / xi.den));
  const exactExcess = (mask: number) => {
    let s = 0n;
    for (const i of membersOf(mask)) s += scaled[i]!;
    return sub(rational(s, den), game.exact(mask));
  };

  const span = new CoalitionSpan(n);
  span.add(full);
  const collection: number[] = [];
  const levels: ExactLevel[] = [];
  // The coalitions still to meet: those near or above the LPs' last level first, all of them if those run out.
  const proper = (floor: number) => {
    const masks: number[] = [];
    for (let mask = 1; mask < full; mask++) if (floatExcess[mask]! >= floor) masks.push(mask);
    return masks;
  };
  let floor = lowestLevel === undefined ? -Infinity : lowestLevel - 1e-6 * (scale || 1);
  let pool = proper(floor);
  while (span.rank < n) {
    let top = -Infinity;
    for (const mask of pool) if (floatExcess[mask]! > top) top = floatExcess[mask]!;
    // A level is only known once every coalition left out is surely below it.
    if (floor > -Infinity && (pool.length === 0 || top - margin < floor)) {
      const met = new Set(collection);
      floor = -Infinity;
      pool = proper(floor).filter((mask) => !met.has(mask));
      continue;
    }
    if (pool.length === 0) return null;
    const near: { mask: number; e: Rational }[] = [];
    for (const mask of pool) if (floatExcess[mask]! >= top - margin) near.push({ mask, e: exactExcess(mask) });
    let level = near[0]!.e;
    for (const c of near) if (compare(c.e, level) > 0) level = c.e;
    const atLevel = new Set<number>();
    for (const c of near) {
      if (compare(c.e, level) !== 0) continue;
      atLevel.add(c.mask);
      collection.push(c.mask);
      span.add(c.mask);
    }
    levels.push({ excess: level, coalitions: [...atLevel] });
    pool = pool.filter((mask) => !atLevel.has(mask));
    if (!balanced(highs, collection, atBound, n)) return null;
  }
  return levels;
}

/**
 * Whether the coalitions form a balanced collection (with the `free` singletons allowed weight
 * zero): there are weights λ_S > 0 with Σ λ_S·1_S = 1_N. Decided by its dual, an LP whose answer
 * is 0 when balanced and at most −1 when not — a gap no round-off closes: minimise Σ_S y(S) over
 * −1 ≤ y(S) ≤ 0 for S in the collection, y(N) = 0 and y_i ≤ 0 for the free singletons.
 */
function balanced(highs: Highs, collection: readonly number[], free: readonly number[], n: number): boolean {
  const model = createLpModel(highs);
  try {
    const inf = highs.infinity;
    const upper = Array.from({ length: n }, (_, i) => (free.includes(i) ? 0 : inf));
    model.addVars(new Array<number>(n).fill(-inf), upper);
    const weight = new Array<number>(n).fill(0);
    for (const mask of collection) for (const i of membersOf(mask)) weight[i]! += 1;
    model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, weight);
    const masks = [fullMask(n), ...collection];
    const starts = [0];
    const indices: number[] = [];
    for (const mask of masks) {
      indices.push(...membersOf(mask));
      starts.push(indices.length);
    }
    model.addRows({
      lower: Float64Array.from(masks, (_, r) => (r === 0 ? 0 : -1)),
      upper: new Float64Array(masks.length),
      matrix: { format: 'csr', numRows: masks.length, numCols: n, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) },
    });
    solve(highs, model);
    const y = model.getSolution().colValue;
    let objective = 0;
    for (let i = 0; i < n; i++) objective += weight[i]! * y[i]!;
    return objective > -0.5;
  } finally {
    model.dispose();
  }
}
