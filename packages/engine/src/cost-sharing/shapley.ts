import { costSharingErrors, type EngineError } from './errors';
import type { Game, ModelGame } from './game';
import type { CostSharingOptions } from './input';
import { limits } from './limits';
import type { ShapleyMethod } from './result';
import { shapleyOfFacility } from './shapley-airport';
import { quantityGrid, quantityShapleyCells, shapleyByQuantity, type QuantityGrid } from './shapley-by-quantity';
import { shapleyExact } from './shapley-exact';
import { shapleySampled } from './shapley-sampled';

/** What the Shapley method gives: the shares, how they were computed and, when sampled, their errors and effort. */
export interface ShapleyOutcome {
  readonly shares: Float64Array;
  readonly shapleyMethod: ShapleyMethod;
  readonly standardErrors?: Float64Array;
  readonly sampling?: { readonly orders: number; readonly evaluations: number };
}

type ExactWay = { readonly method: 'table' | 'airport' } | { readonly method: 'quantity-dp'; readonly grid: QuantityGrid };

/**
 * One group of the table costs about as much time as this many cells of the computation by total
 * quantity (a group's value is an exp and a log, and its sums by size; a cell is a multiply-add).
 */
const cellsPerGroup = 12;

/**
 * The cheapest exact way for this game: Littlechild and Owen's closed form for a facility; by total
 * quantity for a cost model whose quantities are whole multiples of a common step, within its
 * limits, when it beats the table (always past 25 participants); otherwise the table of every
 * group, up to 25; otherwise none.
 */
export function exactShapleyWay(game: Game): ExactWay | null {
  const n = game.players.length;
  if (game.type === 'model' && game.pooling === 'highest') return { method: 'airport' };
  const grid = game.type === 'model' ? quantityGrid(game.quantities) : null;
  const cells = grid === null ? Number.POSITIVE_INFINITY : quantityShapleyCells(grid);
  const byQuantity = grid !== null && cells <= limits.maxQuantityShapleyCells;
  if (byQuantity && (n > limits.maxExactShapleyPlayers || cells < cellsPerGroup * 2 ** n)) return { method: 'quantity-dp', grid };
  return n <= limits.maxExactShapleyPlayers ? { method: 'table' } : null;
}

/** Why the exact Shapley value of this game cannot be computed, or null when it can. */
export function exactShapleyRefusal(game: Game): EngineError<'TOO_MANY_PLAYERS'> | null {
  const n = game.players.length;
  return exactShapleyWay(game) === null ? costSharingErrors.tooManyPlayers('exact-shapley', n, limits.maxExactShapleyPlayers) : null;
}

/** The Shapley value as asked: exactly, the cheapest way the game allows, or estimated from random orders. */
export function shapleyValue(game: Game, { shapleySamples, shapleyPrecision, seed }: CostSharingOptions): ShapleyOutcome {
  if (shapleySamples !== null || shapleyPrecision !== null) {
    const sampled = shapleySampled(game, shapleySamples !== null ? { orders: shapleySamples, seed } : { targetRelativeError: shapleyPrecision!, seed });
    return { shares: sampled.shares, standardErrors: sampled.standardErrors, sampling: { orders: sampled.orders, evaluations: sampled.evaluations }, shapleyMethod: 'sampled' };
  }
  const way = exactShapleyWay(game);
  if (way === null) throw exactShapleyRefusal(game)!;
  if (game.type === 'model' && way.method === 'airport') {
    const modelAlone = game.quantities.map((level) => game.cost(level));
    return { shares: ofTheGame(game, shapleyOfFacility(game.quantities, game.cost), modelAlone), shapleyMethod: 'airport' };
  }
  if (game.type === 'model' && way.method === 'quantity-dp') return { shares: shapleyByTotalQuantity(game, way.grid), shapleyMethod: 'quantity-dp' };
  return { shares: shapleyExact(game), shapleyMethod: 'table' };
}

/** The exact Shapley value of a cost model's game on a grid of its quantities (`quantityGrid`). */
export function shapleyByTotalQuantity(game: ModelGame, grid: QuantityGrid): Float64Array {
  const modelAlone = Float64Array.from(grid.units, (a) => game.cost(grid.quantityOf(a)));
  return ofTheGame(game, shapleyByQuantity(grid, game.cost), modelAlone);
}

/**
 * The Shapley value of a model game from that of the model's own cost game, whose singletons cost
 * `modelAlone`. A measured stand-alone cost changes the value of one singleton {j} by δ_j, which
 * adds δ_j/n to j's share (its marginal cost when first) and takes δ_j/(n(n − 1)) from every
 * other's (their marginal cost right after j alone). A gain game's value is the stand-alone costs
 * less the costs, so its shares are the stand-alone costs less the cost shares.
 */
export function ofTheGame(game: ModelGame, modelShapley: Float64Array, modelAlone: ArrayLike<number>): Float64Array {
  const n = game.players.length;
  const delta = Float64Array.from(game.standAloneCost, (alone, i) => alone - modelAlone[i]!);
  const all = delta.reduce((sum, d) => sum + d, 0);
  const cost = modelShapley.map((phi, i) => (n === 1 ? phi + delta[i]! : phi + delta[i]! / n - (all - delta[i]!) / (n * (n - 1))));
  return game.kind === 'cost' ? cost : cost.map((phi, i) => game.standAloneCost[i]! - phi);
}
