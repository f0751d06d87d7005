import { costSharingErrors, type LimitedComputation } from './errors';
import type { CostSharingMethod } from './input';

/**
 * How far each method goes. Exact methods are exponential in the number of participants; past
 * these limits the engine refuses with TOO_MANY_PLAYERS and says what to use instead. The
 * contracts use them too, so that a request too large fails validation early.
 */
export const costSharingLimits = {
  /** Participants in one request (games given by a cost model). */
  maxPlayers: 2000,
  /** Participants in a game given group by group (2^20 - 1 groups). */
  maxExplicitPlayers: 20,
  /** Exact Shapley value (2^25 groups); above it use sampling. */
  maxExactShapleyPlayers: 25,
  /** Nucleolus and pre-nucleolus (a sequence of linear programs over 2^20 groups): every cluster, the largest has 19 members. */
  maxNucleolusPlayers: 20,
  /** Least core and the core-emptiness test. */
  maxLeastCorePlayers: 20,
  /** Core membership of an allocation, checked over every group. */
  maxCoreCheckPlayers: 20,
  /** Random orders for the sampled Shapley value. */
  maxShapleySamples: 1_000_000,
  /**
   * The largest sum of money a value may be, in shekels (a group's cost or savings, a fixed cost, a
   * price): ten billion, far above anything a cluster's service or the whole programme spends, and
   * small enough that shares stay exact to the agora — 10^12 agorot, where a double still tells
   * apart ten-thousandths of an agora, and sums of 2,000 shares stay far below 2^53 agorot.
   */
  maxMoney: 10_000_000_000,
  /** The largest quantity (tons, pupils, households …) or capacity. */
  maxQuantity: 1_000_000_000,
} as const;

export const limits = {
  ...costSharingLimits,
  /** Games are kept as a table of 2^n values up to this size (2^25 doubles = 256 MiB). */
  maxTablePlayers: 25,
} as const;

/**
 * Throws TOO_MANY_PLAYERS if `method` cannot be computed for n participants. Exact Shapley is
 * meant here; the sampled one has no limit.
 */
export function assertWithinLimit(method: CostSharingMethod | 'exact-shapley', n: number): void {
  const refuse = (computation: LimitedComputation, limit: number) => {
    if (n > limit) throw costSharingErrors.tooManyPlayers(computation, n, limit);
  };
  switch (method) {
    case 'exact-shapley':
      return refuse(method, limits.maxExactShapleyPlayers);
    case 'nucleolus':
    case 'prenucleolus':
      return refuse(method, limits.maxNucleolusPlayers);
    case 'least-core':
      return refuse(method, limits.maxLeastCorePlayers);
    default:
      return;
  }
}

/**
 * Relative tolerance on coalition values: differences below this fraction of the game's largest
 * value are solver round-off, not economics (for a game of one million shekels, one agora).
 */
export const relativeTolerance = 1e-8;

/** Absolute tolerance for a game: relativeTolerance × its largest |value| (at least 1). */
export function toleranceFor(scale: number): number {
  return relativeTolerance * Math.max(1, scale);
}
