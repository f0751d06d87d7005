import { costSharingErrors, type EngineError, type LimitedComputation } from './errors';
import type { CostSharingMethod } from './input';

/** Games are kept as a table of 2^n values up to this size (2^25 doubles = 256 MiB). */
const maxTablePlayers = 25;

/**
 * How far each method goes. Exact methods are exponential in the number of participants; past
 * these limits a method fails with TOO_MANY_PLAYERS, saying what to use instead, while the other
 * methods asked are computed (a game too large to be given at all is refused whole). The
 * contracts use them too, so that a request too large fails validation early.
 */
export const costSharingLimits = {
  /** Participants in one request (games given by a cost model). */
  maxPlayers: 2000,
  /** Participants in a game given group by group (2^20 - 1 groups). */
  maxExplicitPlayers: 20,
  /** Exact Shapley value (2^25 groups); above it use sampling. */
  maxExactShapleyPlayers: 25,
  /** Owen and Banzhaf values, computed over a table of every group's value. */
  maxOwenBanzhafPlayers: maxTablePlayers,
  /** Nucleolus and pre-nucleolus (a sequence of linear programs over 2^20 groups): every cluster, the largest has 19 members. */
  maxNucleolusPlayers: 20,
  /** Least core and the core-emptiness test. */
  maxLeastCorePlayers: 20,
  /** Core membership of an allocation, checked over every group. */
  maxCoreCheckPlayers: 20,
  /** The sensitivity analysis computes its method some tens of times: up to this many participants… */
  maxSensitivityPlayers: 25,
  /** …and this many for the methods solved by linear programs (the nucleolus, the pre-nucleolus, the least core). */
  maxSensitivityLpPlayers: 12,
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

/**
 * How far the sensitivity analysis looks for each participant's break-even: up to the joint cost
 * doubled (+100%; in a savings game, down to no savings), in steps of 5% where the method's shares
 * are not linear in it.
 */
export const breakEvenSearch = { upTo: 1, step: 0.05 } as const;

export const limits = {
  ...costSharingLimits,
  /** Games are kept as a table of 2^n values up to this size (2^25 doubles = 256 MiB). */
  maxTablePlayers,
  /**
   * Exact Shapley by total quantity (`shapley-by-quantity.ts`), past 25 participants or where it is
   * cheaper than every group: at most this many steps of the common step in everyone's quantity
   * together, so that its three arrays of them take at most 72 MB …
   */
  maxQuantitySteps: 3_000_000,
  /**
   * … and at most this many cells updated by the estimate (`quantityShapleyCells`), some 1.5 ns
   * each (up to 3 on a busy machine): 6–12 s at the most, within the API's time limit of 20 s. 257
   * authorities of 50–5,000 pupils each take some 3.3 billion, 5 s; beyond the bound the Shapley
   * value is estimated by sampling, which is fast at any size.
   */
  maxQuantityShapleyCells: 4_000_000_000,
} as const;

/** The participant limit of a method that has one (exact Shapley is meant here; the sampled one has none). */
function limitOf(method: CostSharingMethod | 'exact-shapley'): { computation: LimitedComputation; limit: number } | null {
  switch (method) {
    case 'exact-shapley':
      return { computation: method, limit: limits.maxExactShapleyPlayers };
    case 'owen':
    case 'banzhaf':
      return { computation: method, limit: limits.maxOwenBanzhafPlayers };
    case 'nucleolus':
    case 'prenucleolus':
      return { computation: method, limit: limits.maxNucleolusPlayers };
    case 'least-core':
      return { computation: method, limit: limits.maxLeastCorePlayers };
    default:
      return null;
  }
}

/** The TOO_MANY_PLAYERS error of `method` for n participants, or null when it is within its limit. */
export function beyondLimit(method: CostSharingMethod | 'exact-shapley', n: number): EngineError<'TOO_MANY_PLAYERS'> | null {
  const bound = limitOf(method);
  return bound !== null && n > bound.limit ? costSharingErrors.tooManyPlayers(bound.computation, n, bound.limit) : null;
}

/** Throws TOO_MANY_PLAYERS if `method` cannot be computed for n participants. */
export function assertWithinLimit(method: CostSharingMethod | 'exact-shapley', n: number): void {
  const refusal = beyondLimit(method, n);
  if (refusal !== null) throw refusal;
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
