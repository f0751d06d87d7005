import { type Game, grandValue } from './game';

/** Everyone gets the same share of the joint value. */
export function equalSplit(game: Game): Float64Array {
  const n = game.players.length;
  return new Float64Array(n).fill(grandValue(game) / n);
}
