import type { Game } from './game';
import { seededRandom } from './random';

export interface ShapleySamplingOptions {
  /** Seed of the random orders (default 1). */
  readonly seed?: number;
  /** Use exactly this many random orders; otherwise sample until the target error is reached. */
  readonly orders?: number;
  /** Stop when every standard error is below this fraction of the mean share (default 0.5%). */
  readonly targetRelativeError?: number;
  /** Never evaluate more coalitions than this (default 10^8). */
  readonly maxEvaluations?: number;
}

export interface SampledShapley {
  readonly shares: Float64Array;
  /** Standard error of each share. */
  readonly standardErrors: Float64Array;
  /** Random orders drawn (each used with all n of its rotations, and reversed). */
  readonly orders: number;
  /** Coalition values computed. */
  readonly evaluations: number;
}

const minOrders = 32;

/**
 * Shapley value estimated from random orders of the participants (Castro, Gómez & Tejada 2009),
 * stratified by position and with antithetic orders:
 *
 * - each random order π is used with all n of its rotations, so every participant is evaluated
 *   exactly once in every position. In the rotation where i stands at position k, the players
 *   before it are the k players cyclically before it in π, a uniform random k-subset of the others;
 *   the average of i's n marginal contributions is an unbiased estimate of φ_i in which the large
 *   spread between positions (the first to arrive pays the fixed cost) no longer counts;
 * - the same is done with π reversed, where i's predecessors are the complement of what they were;
 *   in a game with economies of scale a large set of predecessors then meets a small one, and the
 *   two estimates err in opposite directions.
 *
 * One draw is the average of those 2n walks; draws are independent, so the standard error is the
 * sample standard deviation of the draws over √draws. Each draw's estimates add up exactly to
 * v(N), and so do the returned shares.
 */
export function shapleySampled(game: Game, options: ShapleySamplingOptions = {}): SampledShapley {
  const n = game.players.length;
  const random = seededRandom(options.seed ?? 1);
  const walk = walker(game);
  const target = options.targetRelativeError ?? 0.005;
  const maxEvaluations = options.maxEvaluations ?? 1e8;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const doubled = new Int32Array(2 * n);
  const draw = new Float64Array(n);
  const mean = new Float64Array(n);
  const m2 = new Float64Array(n);
  let orders = 0;
  let evaluations = 0;

  const walkRotations = () => {
    for (let start = 0; start < n; start++) {
      walk.reset();
      let previous = 0;
      for (let k = start; k < start + n; k++) {
        const p = doubled[k]!;
        const value = walk.add(p);
        draw[p] = draw[p]! + value - previous;
        previous = value;
      }
    }
    evaluations += n * n;
  };

  for (;;) {
    for (let i = n - 1; i > 0; i--) {
      const j = random.below(i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    draw.fill(0);
    for (let k = 0; k < n; k++) doubled[k] = doubled[k + n] = order[k]!;
    walkRotations();
    for (let k = 0; k < n; k++) doubled[k] = doubled[k + n] = order[n - 1 - k]!;
    walkRotations();
    orders++;
    for (let i = 0; i < n; i++) {
      const x = draw[i]! / (2 * n);
      const delta = x - mean[i]!;
      mean[i] = mean[i]! + delta / orders;
      m2[i] = m2[i]! + delta * (x - mean[i]!);
    }
    if (options.orders !== undefined) {
      if (orders >= options.orders) break;
    } else if (orders >= minOrders && (orders % 8 === 0 || evaluations >= maxEvaluations)) {
      if (evaluations >= maxEvaluations || maxStandardError(m2, orders) <= target * meanAbsShare(mean)) break;
    }
  }
  const standardErrors = m2.map((s) => (orders > 1 ? Math.sqrt(s / (orders - 1) / orders) : Number.POSITIVE_INFINITY));
  return { shares: mean, standardErrors, orders, evaluations };
}

function maxStandardError(m2: Float64Array, draws: number): number {
  let max = 0;
  for (const s of m2) max = Math.max(max, s);
  return Math.sqrt(max / (draws - 1) / draws);
}

function meanAbsShare(mean: Float64Array): number {
  let total = 0;
  let absolute = 0;
  for (const x of mean) {
    total += x;
    absolute += Math.abs(x);
  }
  // The mean share is v(N)/n; if the shares cancel out, their mean size is the yardstick.
  return Math.abs(total) > 0 ? Math.abs(total) / mean.length : absolute / mean.length;
}

/** Adds participants one at a time and returns the value of the coalition built so far. */
interface Walker {
  reset(): void;
  add(player: number): number;
}

function walker(game: Game): Walker {
  if (game.type === 'table') {
    const values = game.values;
    let mask = 0;
    return {
      reset: () => void (mask = 0),
      add: (p) => values[(mask |= 1 << p)]!,
    };
  }
  const { quantities: q, standAloneCost: alone, cost } = game;
  const gain = game.kind === 'gain';
  let quantity = 0;
  let aloneSum = 0;
  let count = 0;
  return {
    reset() {
      quantity = 0;
      aloneSum = 0;
      count = 0;
    },
    add(p) {
      quantity += q[p]!;
      aloneSum += alone[p]!;
      count++;
      const c = count === 1 ? alone[p]! : cost(quantity);
      return gain ? aloneSum - c : c;
    },
  };
}
