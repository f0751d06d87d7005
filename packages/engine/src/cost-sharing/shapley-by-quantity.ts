import type { CostFunction } from './cost-models';
import { gaussLegendre } from './gauss-legendre';
import { limits } from './limits';

/**
 * Exact Shapley value of a game that prices every group from its total quantity, c(S) = f(q(S)),
 * when the quantities are whole multiples of one step: by the distribution of the total of the
 * group that comes before a participant, not by the 2^n groups.
 *
 * In a random order, the participants before i are those that arrive earlier when everyone
 * arrives at an independent uniform time; given i's time t, each other one is before it with
 * probability t, independently. So φ_i = ∫₀¹ E[f(X + q_i) − f(X)] dt, X the total of the others
 * each counted with probability t (the empty group costs 0, not f(0): that adds f(0)/n to every
 * share). For each t the distribution of X over the steps 0…Q is a product of n − 1 factors
 * (1 − t + t·x^{q_j}); the integrand is a polynomial of degree n − 1 in t, which Gauss–Legendre
 * quadrature with ⌈n/2⌉ nodes integrates exactly. The distribution of everyone's total is built
 * once a node, by convex combinations, and i is taken out of it by dividing by its factor, in the
 * direction where that is stable (each step shrinks an error by t/(1 − t) < 1); participants of
 * equal quantity share that work. The node 1 − t needs no work of its own: its distribution is
 * the one at t reversed. Probabilities below 10^-20 of the largest at the two ends are dropped.
 */

/** The quantities as whole numbers of one step. */
export interface QuantityGrid {
  /** Each participant's quantity in steps. */
  readonly units: Int32Array;
  /** Everyone's quantity together, in steps. */
  readonly total: number;
  /** The quantity of so many steps, as near as a double gets to it. */
  quantityOf(steps: number): number;
}

/** Decimal places a step may have (0.5, 0.25, 0.001 …). */
const maxDecimals = 6;

const isWhole = (x: number) => Math.abs(x - Math.round(x)) <= 8 * Number.EPSILON * Math.max(1, Math.abs(x));

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * The largest step the quantities are all whole multiples of, with a whole number of decimals;
 * null when there is none, or when the total is more steps than the exact computation takes.
 */
export function quantityGrid(quantities: ArrayLike<number>): QuantityGrid | null {
  const values = Array.from(quantities);
  for (let decimals = 0; decimals <= maxDecimals; decimals++) {
    const scale = 10 ** decimals;
    if (!values.every((q) => isWhole(q * scale))) continue;
    const scaled = values.map((q) => Math.round(q * scale));
    const divisor = scaled.reduce((g, x) => gcd(g, x), 0) || 1;
    const total = scaled.reduce((sum, x) => sum + x / divisor, 0);
    if (total > limits.maxQuantitySteps) return null;
    const units = Int32Array.from(scaled, (x) => x / divisor);
    // x·divisor/scale, rounded once where the product is exact: 3 steps of 0.1 are 0.3, not 0.30000000000000004.
    const quantityOf = (steps: number) => (steps * divisor <= Number.MAX_SAFE_INTEGER ? (steps * divisor) / scale : steps * (divisor / scale));
    return { units, total, quantityOf };
  }
  return null;
}

/** The largest probability a node keeps, relative to its largest: what is below it at either end counts for nothing. */
const negligible = 1e-20;

/** Nodes of the quadrature for n participants of non-zero quantity: exact for degree n − 1, and even. */
const nodeCount = (n: number) => 2 * Math.max(1, Math.ceil(n / 4));

/**
 * How many cells the computation updates, about: for each pair of nodes, every participant's
 * factor over the distribution so far, and every distinct quantity's division over the whole —
 * each no longer than where it is not negligible, some 19 standard deviations of the total —
 * besides the cost of every number of steps, some ten cells' time each (an exp and a log).
 */
export function quantityShapleyCells(grid: QuantityGrid): number {
  const present = Array.from(grid.units)
    .filter((a) => a > 0)
    .sort((a, b) => a - b);
  const distinct = new Set(present).size;
  const squares = present.reduce((sum, a) => sum + a * a, 0);
  const largest = present.length > 0 ? present[present.length - 1]! : 0;
  const { nodes } = gaussLegendre(nodeCount(present.length));
  let cells = 10 * (grid.total + 1);
  for (let p = 0; p < nodes.length / 2; p++) {
    const t = nodes[p]!;
    const window = Math.min(grid.total + 1, 19 * Math.sqrt(t * (1 - t) * squares) + 2 * largest);
    let support = 1;
    for (const a of present) cells += Math.min((support += a), window);
    cells += distinct * window;
  }
  return cells;
}

/** The Shapley value of the cost game c(S) = cost(q(S)) for every non-empty S, singletons included. */
export function shapleyByQuantity(grid: QuantityGrid, cost: CostFunction): Float64Array {
  const n = grid.units.length;
  const Q = grid.total;
  const costs = Float64Array.from({ length: Q + 1 }, (_, x) => cost(grid.quantityOf(x)));
  const reversal = costs.map((c, x) => costs[Q - x]! - c);
  const order = Array.from(grid.units)
    .filter((a) => a > 0)
    .sort((a, b) => a - b);
  const distinct = [...new Set(order)];
  const integral = new Map(distinct.map((a) => [a, 0]));
  if (order.length > 0) {
    const { nodes, weights } = gaussLegendre(nodeCount(order.length));
    const D = new Float64Array(Q + 1);
    const ring = new Float64Array(distinct[distinct.length - 1]!);
    for (let p = 0; p < nodes.length / 2; p++) {
      const t = nodes[p]!;
      const window = distributionOfTotal(D, order, t);
      for (const a of distinct) integral.set(a, integral.get(a)! + weights[p]! * pairOfNodes(D, ring, reversal, a, t, window));
    }
  }
  return Float64Array.from(grid.units, (a) => (a > 0 ? integral.get(a)! : 0) + costs[0]! / n);
}

/**
 * D ← the distribution of everyone's total, each participant counted with probability t; smaller
 * quantities first, so that the distribution stays short for longer. Returns where it is not negligible.
 */
function distributionOfTotal(D: Float64Array, order: readonly number[], t: number): { lo: number; hi: number } {
  const s = 1 - t;
  D.fill(0);
  D[0] = 1;
  let lo = 0;
  let hi = 0;
  for (const a of order) {
    const top = hi + a;
    const both = Math.max(lo + a, hi + 1);
    for (let x = top; x >= both; x--) D[x] = t * D[x - a]!;
    for (let x = both - 1; x >= lo + a; x--) D[x] = s * D[x]! + t * D[x - a]!;
    for (let x = Math.min(lo + a, both) - 1; x >= lo; x--) D[x] = s * D[x]!;
    hi = top;
    // A largest value from every 64th cell is at most the largest: it can only keep more.
    let largest = 0;
    for (let x = lo; x <= hi; x += 64) largest = Math.max(largest, D[x]!);
    const cut = negligible * largest;
    while (D[lo]! < cut) D[lo++] = 0;
    while (D[hi]! < cut) D[hi--] = 0;
  }
  return { lo, hi };
}

/**
 * The integrand at t and at 1 − t for a participant of quantity a. y = D without one factor
 * (1 − t + t·x^a), divided out upwards, where t < ½ keeps it stable; at 1 − t the distribution of
 * the others is y reversed, so the two give Σ_z y(z)·[g(z) + g(Q − a − z)], g(z) = c(z + a) − c(z),
 * which is Σ_z d(z)·[y(z) − y(z − a)] with d(z) = c(Q − z) − c(z) (summing by parts). So a cell
 * needs y(z − a) only: y lives in a ring of a cells, and D, d and the ring are read once each.
 */
function pairOfNodes(D: Float64Array, ring: Float64Array, d: Float64Array, a: number, t: number, { lo, hi }: { lo: number; hi: number }): number {
  const inverse = 1 / (1 - t);
  const end = Math.min(hi, d.length - 1 - a);
  ring.fill(0, 0, a);
  let even = 0;
  let odd = 0;
  // Round after round of the ring, y(z − a) in ring[j] for z = base + j; two sums, so that an
  // addition need not wait for the one before (some twice as fast in V8).
  for (let base = lo; base <= end + a; base += a) {
    const inside = Math.min(a, end + 1 - base);
    let j = 0;
    for (; j + 1 < inside; j += 2) {
      const p = ring[j]!;
      const u = (D[base + j]! - t * p) * inverse;
      ring[j] = u;
      even += d[base + j]! * (u - p);
      const q = ring[j + 1]!;
      const v = (D[base + j + 1]! - t * q) * inverse;
      ring[j + 1] = v;
      odd += d[base + j + 1]! * (v - q);
    }
    if (j < inside) {
      const p = ring[j]!;
      const u = (D[base + j]! - t * p) * inverse;
      ring[j] = u;
      even += d[base + j]! * (u - p);
      j++;
    }
    // Past the end y is 0: only −y(z − a) is left, once for each value in the ring.
    for (; j < a && base + j <= end + a; j++) {
      odd -= d[base + j]! * ring[j]!;
      ring[j] = 0;
    }
  }
  return even + odd;
}
