import { costSharingErrors } from './errors';
import { coalitionValue, costSign, type Game } from './game';
import { toleranceFor } from './limits';
import { closeToTotal } from './proportional';

/**
 * Separable costs, remaining benefits (SCRB), the method of the US federal water agencies (1950s):
 * each participant pays its separable cost m_i = c(N) − c(N∖i), the cost of adding it last, and
 * the non-separable remainder c(N) − Σ m_j is split in proportion to the remaining benefits
 * r_i = c(i) − m_i (what it saves by joining rather than going alone, beyond its separable cost).
 *
 * A gain game is shared through its cost view c = −v; SCRB is covariant with adding a fixed
 * amount per participant, so this is the same as sharing the corresponding cost game.
 */
export function scrb(game: Game): Float64Array {
  const n = game.players.length;
  const sign = costSign(game);
  const everyone = game.players.map((_, i) => i);
  const total = sign * coalitionValue(game, everyone);
  const separable = new Float64Array(n);
  const remaining = new Float64Array(n);
  let separableSum = 0;
  let remainingSum = 0;
  let scale = Math.abs(total);
  for (let i = 0; i < n; i++) {
    const alone = sign * coalitionValue(game, [i]);
    separable[i] = total - sign * coalitionValue(game, everyone.filter((j) => j !== i));
    remaining[i] = alone - separable[i]!;
    separableSum += separable[i]!;
    remainingSum += remaining[i]!;
    scale = Math.max(scale, Math.abs(alone));
  }
  const nonSeparable = total - separableSum;
  const tolerance = toleranceFor(scale);
  if (Math.abs(remainingSum) <= tolerance && Math.abs(nonSeparable) > tolerance) throw costSharingErrors.scrbUndefined();
  const shares = separable.map((m, i) => sign * (Math.abs(remainingSum) <= tolerance ? m : m + (remaining[i]! / remainingSum) * nonSeparable));
  return closeToTotal(shares, sign * total);
}
