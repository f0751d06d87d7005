import { costSign, type Game, tabulate } from './game';

export interface ScaledCosts {
  /** The cost view c = ±v of every coalition, divided by `scale`. */
  readonly costs: Float64Array;
  /** The largest |v(S)|: the LP methods work on values of order one and scale back. */
  readonly scale: number;
  readonly sign: 1 | -1;
}

export function scaledCosts(game: Game): ScaledCosts {
  const sign = costSign(game);
  const table = tabulate(game);
  let scale = 0;
  for (let mask = 0; mask < table.length; mask++) scale = Math.max(scale, Math.abs(table[mask]!));
  scale = scale || 1;
  const costs = new Float64Array(table.length);
  const factor = sign / scale;
  for (let mask = 0; mask < table.length; mask++) costs[mask] = table[mask]! * factor;
  return { costs, scale, sign };
}
