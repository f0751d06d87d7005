import { fullMask, maskOf } from './bits';
import type { CostFunction, CostModel, FacilityModel } from './cost-models';
import { costSharingErrors } from './errors';
import type { GameKind } from './input';
import { limits } from './limits';

/**
 * A cooperative game: participants and the value v(S) of every group S. In a `cost` game v(S) is
 * what S pays to provide the service on its own; in a `gain` game v(S) is what S saves (or earns).
 * v(∅) = 0 always.
 *
 * A table game stores v for every coalition in a Float64Array indexed by bitmask (participant i is
 * bit i). A model game computes v from each participant's quantity, so it also serves hundreds of
 * participants, for which no table could exist: a cost model prices a group's total quantity, a
 * facility the highest level any of its members needs.
 */
export interface TableGame {
  readonly type: 'table';
  readonly kind: GameKind;
  readonly players: readonly string[];
  readonly values: Float64Array;
}

export interface ModelGame {
  readonly type: 'model';
  readonly kind: GameKind;
  readonly players: readonly string[];
  readonly model: CostModel | FacilityModel;
  /** Each participant's quantity (a cost model) or level (a facility). */
  readonly quantities: Float64Array;
  /** A group's quantity: its members' total (a cost model), or the highest of their levels (a facility). */
  readonly pooling: 'total' | 'highest';
  /** Cost of a non-empty group of at least two from its pooled quantity. */
  readonly cost: CostFunction;
  /** Each participant's cost alone: the measured figure where given, else the model's. */
  readonly standAloneCost: Float64Array;
}

export type Game = TableGame | ModelGame;

/**
 * Cost view: +1 for cost games, −1 for gain games. Multiplying a gain game by −1 turns it into a
 * cost game with the same excesses (v(S) − y(S) = x(S) − c(S) with c = −v, x = −y), so the
 * stability tests and the LP methods are written once, for costs.
 */
export function costSign(game: Game): 1 | -1 {
  return game.kind === 'cost' ? 1 : -1;
}

/** v(S) for a coalition given by its members' indices. */
export function coalitionValue(game: Game, members: readonly number[]): number {
  if (game.type === 'table') return game.values[maskOf(members)]!;
  if (members.length === 0) return 0;
  const highest = game.pooling === 'highest';
  let quantity = 0;
  let alone = 0;
  for (const i of members) {
    quantity = highest ? Math.max(quantity, game.quantities[i]!) : quantity + game.quantities[i]!;
    alone += game.standAloneCost[i]!;
  }
  const cost = members.length === 1 ? game.standAloneCost[members[0]!]! : game.cost(quantity);
  return game.kind === 'cost' ? cost : alone - cost;
}

export function grandValue(game: Game): number {
  return coalitionValue(game, game.players.map((_, i) => i));
}

export function standAloneValues(game: Game): Float64Array {
  return Float64Array.from(game.players, (_, i) => coalitionValue(game, [i]));
}

/** Largest |v(S)| worth tolerating round-off against: the grand coalition and the stand-alones. */
export function valueScale(game: Game): number {
  let scale = Math.abs(grandValue(game));
  for (const v of standAloneValues(game)) scale = Math.max(scale, Math.abs(v));
  return scale;
}

/**
 * Values of the coalitions hi·2^L + lo for lo in [0, 2^L): exhaustive loops walk the game one
 * block at a time, so a model game never needs its whole table in memory.
 */
export interface ValueBlocks {
  readonly lowBits: number;
  readonly blockCount: number;
  block(hi: number): Float64Array;
}

export function valueBlocks(game: Game, lowBits: number): ValueBlocks {
  const n = game.players.length;
  const L = Math.min(lowBits, n);
  const blockCount = 1 << (n - L);
  const size = 1 << L;
  if (game.type === 'table') {
    return { lowBits: L, blockCount, block: (hi) => game.values.subarray(hi * size, (hi + 1) * size) };
  }
  const { quantities: q, standAloneCost: alone, cost } = game;
  const gain = game.kind === 'gain';
  const highest = game.pooling === 'highest';
  // Sums, or for a facility the highest levels (all are ≥ 0, so 0 stands for none).
  const loSum = new Float64Array(size);
  const loAlone = new Float64Array(size);
  const loCount = new Uint8Array(size);
  for (let lo = 1; lo < size; lo++) {
    const i = 31 - Math.clz32(lo & -lo);
    const rest = lo & (lo - 1);
    loSum[lo] = highest ? Math.max(loSum[rest]!, q[i]!) : loSum[rest]! + q[i]!;
    loAlone[lo] = loAlone[rest]! + alone[i]!;
    loCount[lo] = loCount[rest]! + 1;
  }
  const out = new Float64Array(size);
  return {
    lowBits: L,
    blockCount,
    block(hi) {
      let hiSum = 0;
      let hiAlone = 0;
      let hiCount = 0;
      let hiSingle = -1;
      for (let m = hi; m !== 0; m &= m - 1) {
        const i = L + 31 - Math.clz32(m & -m);
        hiSum = highest ? Math.max(hiSum, q[i]!) : hiSum + q[i]!;
        hiAlone += alone[i]!;
        hiCount++;
        hiSingle = i;
      }
      for (let lo = 0; lo < size; lo++) {
        const count = hiCount + loCount[lo]!;
        let c: number;
        if (count >= 2) c = cost(highest ? Math.max(hiSum, loSum[lo]!) : hiSum + loSum[lo]!);
        else if (count === 0) c = 0;
        else c = hiCount === 1 ? alone[hiSingle]! : alone[31 - Math.clz32(lo)]!;
        out[lo] = gain ? hiAlone + loAlone[lo]! - c : c;
      }
      return out;
    },
  };
}

/** The whole table v[mask]; a table game's own array, or a model game computed block by block. */
export function tabulate(game: Game): Float64Array {
  if (game.type === 'table') return game.values;
  const n = game.players.length;
  if (n > limits.maxTablePlayers) throw costSharingErrors.tooManyPlayers('game-table', n, limits.maxTablePlayers);
  const values = new Float64Array(fullMask(n) + 1);
  const blocks = valueBlocks(game, 12);
  const size = 1 << blocks.lowBits;
  for (let hi = 0; hi < blocks.blockCount; hi++) values.set(blocks.block(hi), hi * size);
  return values;
}

/** The game as a table game (same kind and participants). */
export function asTableGame(game: Game): TableGame {
  return game.type === 'table' ? game : { type: 'table', kind: game.kind, players: game.players, values: tabulate(game) };
}
