import { costSharingLimits, type CostSharingMethod } from '@eshkol/contracts/cost-sharing';
import { costSharingErrors, type LocalizedMessage } from './errors';

/**
 * How far each method goes. Exact methods are exponential in the number of participants; past
 * these limits the engine refuses with TOO_MANY_PLAYERS and says what to use instead.
 */
export const limits = {
  ...costSharingLimits,
  /** Games are kept as a table of 2^n values up to this size (2^25 doubles = 256 MiB). */
  maxTablePlayers: 25,
} as const;

const useShapley = {
  en: 'use the Shapley value (exact up to 25 participants, sampled beyond)',
  he: 'השתמשו בערך שפלי (מדויק עד 25 משתתפים, בדגימה מעבר לכך)',
};

/**
 * Throws TOO_MANY_PLAYERS if `method` cannot be computed for n participants. Exact Shapley is
 * meant here; the sampled one has no limit.
 */
export function assertWithinLimit(method: CostSharingMethod | 'exact-shapley', n: number): void {
  const refuse = (what: LocalizedMessage, limit: number, instead: LocalizedMessage) => {
    if (n > limit) throw costSharingErrors.tooManyPlayers(what, n, limit, instead);
  };
  switch (method) {
    case 'exact-shapley':
      return refuse({ en: 'The exact Shapley value', he: 'חישוב מדויק של ערך שפלי' }, limits.maxExactShapleyPlayers, {
        en: 'estimate it by sampling (set options.shapleySamples)',
        he: 'העריכו אותו בדגימה (options.shapleySamples)',
      });
    case 'nucleolus':
      return refuse({ en: 'The nucleolus', he: 'חישוב הגרעינון' }, limits.maxNucleolusPlayers, useShapley);
    case 'prenucleolus':
      return refuse({ en: 'The pre-nucleolus', he: 'חישוב קדם-הגרעינון' }, limits.maxNucleolusPlayers, useShapley);
    case 'least-core':
      return refuse({ en: 'The least core', he: 'חישוב הליבה המזערית' }, limits.maxLeastCorePlayers, useShapley);
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
