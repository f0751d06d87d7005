import { grandValue, type Game } from './game';
import { seededRandom, type Random } from './random';

export interface ShapleySamplingOptions {
  /** Seed of the random orders (default 1). */
  readonly seed?: number;
  /** Use exactly this many random orders for everyone; otherwise sample until the target error. */
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
  /** Random orders used for everyone (each with all n rotations, forwards and reversed). */
  readonly orders: number;
  /** Coalition values computed, including the extra draws for the least precise participants. */
  readonly evaluations: number;
}

const minOrders = 32;

/**
 * Shapley value estimated from random orders of the participants (Castro, Gómez & Tejada 2009),
 * stratified by position, with antithetic orders and extra draws where the error is largest.
 *
 * One draw for participant i averages its marginal contribution v(S ∪ i) − v(S) over all n
 * positions, S being the k participants before it (k = 0 … n−1) in a random order of the others,
 * and again with that order reversed. So every position counts once (the large spread between
 * positions — the first to arrive pays the fixed cost — does not enter the error), and in a game
 * with economies of scale a large S in one walk meets a small one in the other, so the two err
 * in opposite directions. Draws are independent and unbiased; the standard error is the sample
 * standard deviation of the draws over √draws.
 *
 * A draw for everyone at once comes from one random order π and its n rotations: in the rotation
 * where i stands at position k, the players before it are the k players cyclically before it in
 * π. Those draws add up exactly to v(N). In the default adaptive mode, after `minOrders` such
 * orders, only the participants whose error is still above the target get further draws of their
 * own (in a game of Israel's authorities, the largest cities, whose contributions vary most).
 * The shares are then moved to add up to v(N), each in proportion to its variance.
 */
export function shapleySampled(game: Game, options: ShapleySamplingOptions = {}): SampledShapley {
  const n = game.players.length;
  const random = seededRandom(options.seed ?? 1);
  const stats = new DrawStatistics(n);
  const sampler = new Sampler(game, random);
  const rotationOrders = options.orders ?? minOrders;
  for (let k = 0; k < rotationOrders; k++) stats.addAll(sampler.drawForEveryone());

  if (options.orders === undefined) {
    const target = options.targetRelativeError ?? 0.005;
    const maxEvaluations = options.maxEvaluations ?? 1e8;
    for (;;) {
      const goal = target * meanShareSize(stats.mean);
      const behind = stats.playersAbove(goal);
      if (behind.length === 0 || sampler.evaluations >= maxEvaluations) break;
      for (const i of behind) {
        // Enough further draws to reach the goal if the variance holds, at most doubling them.
        const needed = Math.ceil(stats.count[i]! * ((stats.standardError(i) / goal) ** 2 - 1) * 1.1);
        const extra = Math.min(Math.max(needed, 4), stats.count[i]!);
        for (let k = 0; k < extra; k++) stats.add(i, sampler.drawFor(i));
      }
    }
  }
  const standardErrors = Float64Array.from({ length: n }, (_, i) => stats.standardError(i));
  return { shares: efficient(stats.mean, standardErrors, grandValue(game)), standardErrors, orders: rotationOrders, evaluations: sampler.evaluations };
}

/** Moves the estimates to add up to `total`, each by a share of the gap proportional to its variance. */
function efficient(mean: Float64Array, standardErrors: Float64Array, total: number): Float64Array {
  let gap = total;
  let variance = 0;
  for (let i = 0; i < mean.length; i++) {
    gap -= mean[i]!;
    variance += standardErrors[i]! ** 2;
  }
  if (!(variance > 0) || !Number.isFinite(variance)) return Float64Array.from(mean);
  return mean.map((m, i) => m + (gap * standardErrors[i]! ** 2) / variance);
}

/** The mean share v(N)/n when all shares have one sign; the mean absolute share in general. */
function meanShareSize(mean: Float64Array): number {
  let absolute = 0;
  for (const x of mean) absolute += Math.abs(x);
  return absolute / mean.length;
}

/** Running mean and variance of each participant's draws (Welford). */
class DrawStatistics {
  readonly count: Float64Array;
  readonly mean: Float64Array;
  private readonly m2: Float64Array;

  constructor(n: number) {
    this.count = new Float64Array(n);
    this.mean = new Float64Array(n);
    this.m2 = new Float64Array(n);
  }

  add(i: number, x: number): void {
    const count = (this.count[i] = this.count[i]! + 1);
    const delta = x - this.mean[i]!;
    this.mean[i] = this.mean[i]! + delta / count;
    this.m2[i] = this.m2[i]! + delta * (x - this.mean[i]!);
  }

  addAll(draw: Float64Array): void {
    for (let i = 0; i < draw.length; i++) this.add(i, draw[i]!);
  }

  standardError(i: number): number {
    const count = this.count[i]!;
    return count > 1 ? Math.sqrt(this.m2[i]! / (count - 1) / count) : Number.POSITIVE_INFINITY;
  }

  playersAbove(goal: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.count.length; i++) if (this.standardError(i) > goal) out.push(i);
    return out;
  }
}

/** Draws: for everyone from one random order and its rotations, or for one participant alone. */
class Sampler {
  evaluations = 0;
  private readonly n: number;
  private readonly order: Int32Array;
  private readonly doubled: Int32Array;
  private readonly sums: Float64Array;
  private readonly walk: Walker;
  private readonly withPlayer: Walker;

  constructor(
    game: Game,
    private readonly random: Random,
  ) {
    this.n = game.players.length;
    this.order = Int32Array.from({ length: this.n }, (_, i) => i);
    this.doubled = new Int32Array(2 * this.n);
    this.sums = new Float64Array(this.n);
    this.walk = walker(game);
    this.withPlayer = walker(game);
  }

  drawForEveryone(): Float64Array {
    const { n, order, doubled, sums } = this;
    this.shuffle(order, n);
    sums.fill(0);
    for (const reversed of [false, true]) {
      for (let k = 0; k < n; k++) doubled[k] = doubled[k + n] = order[reversed ? n - 1 - k : k]!;
      for (let start = 0; start < n; start++) {
        this.walk.reset();
        let previous = 0;
        for (let k = start; k < start + n; k++) {
          const p = doubled[k]!;
          const value = this.walk.add(p);
          sums[p] = sums[p]! + value - previous;
          previous = value;
        }
      }
    }
    this.evaluations += 2 * n * n;
    return sums.map((s) => s / (2 * n));
  }

  drawFor(player: number): number {
    const { n, order } = this;
    // The others in random order: swap the player to the end and shuffle the rest.
    const at = order.indexOf(player);
    order[at] = order[n - 1]!;
    order[n - 1] = player;
    this.shuffle(order, n - 1);
    let sum = 0;
    for (const reversed of [false, true]) {
      this.walk.reset();
      this.withPlayer.reset();
      sum += this.withPlayer.add(player);
      for (let k = 0; k < n - 1; k++) {
        const p = order[reversed ? n - 2 - k : k]!;
        const without = this.walk.add(p);
        const withIt = this.withPlayer.add(p);
        sum += withIt - without;
      }
    }
    this.evaluations += 2 * (2 * n - 1);
    return sum / (2 * n);
  }

  /** Fisher–Yates on the first `length` entries. */
  private shuffle(order: Int32Array, length: number): void {
    for (let i = length - 1; i > 0; i--) {
      const j = this.random.below(i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
  }
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
  const highest = game.pooling === 'highest';
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
      quantity = highest ? Math.max(quantity, q[p]!) : quantity + q[p]!;
      aloneSum += alone[p]!;
      count++;
      const c = count === 1 ? alone[p]! : cost(quantity);
      return gain ? aloneSum - c : c;
    },
  };
}
