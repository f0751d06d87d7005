import { membersOf, subsetSums } from './bits';
import { costSign, type Game, valueScale } from './game';
import { toleranceFor } from './limits';

export interface BlockingGroup {
  /** The members, by index. */
  readonly members: readonly number[];
  /** What the group would save by providing the service on its own instead (cost view: x(S) − c(S)); always positive. */
  readonly excess: number;
}

export interface BlockingGroups {
  /** How many groups (other than everyone) would do better on their own. */
  readonly count: number;
  /** The `limit` that would save most, most first. */
  readonly groups: readonly BlockingGroup[];
}

/**
 * Every group that an allocation leaves worse off than on its own — not only the worst — with
 * what it would save by leaving, for the sentences that explain a share ("if Safed and Rosh Pinna
 * provided it alone, they would save …"). Over the table of every group's value; differences
 * within the game's tolerance of zero are round-off, not a saving.
 */
export function blockingGroups(game: Game, shares: ArrayLike<number>, table: Float64Array, limit = 20): BlockingGroups {
  const n = game.players.length;
  const sign = costSign(game);
  const tolerance = toleranceFor(valueScale(game));
  const sums = subsetSums(shares, n);
  const full = sums.length - 1;
  const found: { mask: number; excess: number }[] = [];
  let count = 0;
  let weakest = -Infinity;
  for (let mask = 1; mask < full; mask++) {
    const excess = sign * (sums[mask]! - table[mask]!);
    if (excess <= tolerance) continue;
    count++;
    // Keep the `limit` largest: a sorted cut once the list grows to twice that.
    if (excess > weakest) {
      found.push({ mask, excess });
      if (found.length >= 2 * limit) {
        found.sort((a, b) => b.excess - a.excess || a.mask - b.mask);
        found.length = limit;
        weakest = found[limit - 1]!.excess;
      }
    }
  }
  found.sort((a, b) => b.excess - a.excess || a.mask - b.mask);
  return { count, groups: found.slice(0, limit).map((f) => ({ members: membersOf(f.mask), excess: f.excess })) };
}
