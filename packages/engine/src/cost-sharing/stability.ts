import { membersOf } from './bits';
import { maxExcess } from './excess';
import { costSign, type Game, standAloneValues, valueScale } from './game';
import { toleranceFor } from './limits';

export interface Stability {
  /** Per participant: pays no more than alone (cost) / gets no less than alone (gain). */
  readonly individuallyRational: readonly boolean[];
  /** Null when the core was not checked (no table of all groups). */
  readonly inCore: boolean | null;
  /** Members (indices) of the group that gains most by leaving, when it gains anything. */
  readonly blockingCoalition: readonly number[] | null;
  /** The largest excess over all groups other than ∅ and N; positive means a group blocks. */
  readonly maxExcess: number | null;
}

/**
 * The voluntarism test of an allocation: individual rationality for every participant and, when
 * the values of all groups are at hand (`table`), core membership by enumerating every group.
 * Excesses within the game's tolerance of zero count as zero (they are solver round-off).
 */
export function checkStability(game: Game, shares: ArrayLike<number>, table: Float64Array | null): Stability {
  const n = game.players.length;
  const sign = costSign(game);
  const tolerance = toleranceFor(valueScale(game));
  const alone = standAloneValues(game);
  const individuallyRational = Array.from(alone, (v, i) => sign * (shares[i]! - v) <= tolerance);
  if (table === null) return { individuallyRational, inCore: null, blockingCoalition: null, maxExcess: null };
  if (n === 1) return { individuallyRational, inCore: true, blockingCoalition: null, maxExcess: null };
  const worst = maxExcess(table, shares, n, sign);
  const blocks = worst.excess > tolerance;
  return {
    individuallyRational,
    inCore: !blocks,
    blockingCoalition: blocks ? membersOf(worst.mask) : null,
    maxExcess: Math.abs(worst.excess) <= tolerance ? 0 : worst.excess,
  };
}

export interface Savings {
  readonly standAlone: number;
  /** Better off than alone by this much (cost: standAlone − share; gain: share − standAlone). */
  readonly saving: number;
  readonly savingPercent: number | null;
}

export function savingsOf(game: Game, shares: ArrayLike<number>): Savings[] {
  const sign = costSign(game);
  return Array.from(standAloneValues(game), (standAlone, i) => {
    const saving = sign * (standAlone - shares[i]!) + 0;
    return { standAlone, saving, savingPercent: standAlone === 0 ? null : (saving / Math.abs(standAlone)) * 100 };
  });
}
