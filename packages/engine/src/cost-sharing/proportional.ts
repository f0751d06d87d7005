import { costSharingErrors } from './errors';
import { type Game, grandValue } from './game';

/**
 * Shares proportional to given weights (population, quantity, or any other non-negative weight).
 * The last share is the total minus the others, so the shares add up to the total exactly.
 */
export function proportionalSplit(game: Game, weights: ArrayLike<number>): Float64Array {
  const n = game.players.length;
  if (weights.length !== n) {
    throw costSharingErrors.invalidWeights('weights-missing');
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) {
      const player = game.players[i]!;
      throw costSharingErrors.invalidWeights('weight-negative', player);
    }
    sum += w;
  }
  if (!(sum > 0)) throw costSharingErrors.invalidWeights('weights-sum-zero');
  const total = grandValue(game);
  const shares = Float64Array.from({ length: n }, (_, i) => (total * weights[i]!) / sum);
  return closeToTotal(shares, total);
}

/** Puts the round-off of a split on its largest share, so that the shares add up to `total`. */
export function closeToTotal(shares: Float64Array, total: number): Float64Array {
  let sum = 0;
  let largest = 0;
  for (let i = 0; i < shares.length; i++) {
    sum += shares[i]!;
    if (Math.abs(shares[i]!) > Math.abs(shares[largest]!)) largest = i;
  }
  shares[largest] = shares[largest]! + (total - sum);
  return shares;
}
