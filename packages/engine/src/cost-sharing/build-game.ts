import { fullMask, membersOf } from './bits';
import { costFunction, facilityCost, priceBound, type CostFunction, type CostModel, type FacilityModel } from './cost-models';
import { costSharingErrors, type ValueSubject } from './errors';
import type { ModelGame, TableGame } from './game';
import type { CostModelInput, FacilityInput, GameKind } from './input';
import { limits } from './limits';

export interface CoalitionEntry {
  readonly members: readonly string[];
  readonly value: number;
}

function indexPlayers(players: readonly string[]): Map<string, number> {
  if (players.length === 0) throw costSharingErrors.noPlayers();
  const index = new Map<string, number>();
  players.forEach((p, i) => {
    if (index.has(p)) throw costSharingErrors.duplicatePlayer(p);
    index.set(p, i);
  });
  return index;
}

/** A finite number within `limit` either way; a cost (not savings) is not negative. */
export function checkValue(kind: GameKind, subject: ValueSubject, value: number, limit: number = limits.maxMoney): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw costSharingErrors.invalidValue(subject, value, 'finite');
  // Savings may be negative (a group worse off together); a cost may not.
  if (kind === 'cost' && value < 0) throw costSharingErrors.invalidValue(subject, value, 'non-negative');
  if (Math.abs(value) > limit) throw costSharingErrors.valueTooLarge(subject, value, limit);
}

/**
 * A game given in compact form: the value of every non-empty group in bitmask order (entry k is
 * the group k + 1, participant i being bit i), each checked as a group's value is.
 */
export function gameFromValues(kind: GameKind, players: readonly string[], given: readonly number[]): TableGame {
  indexPlayers(players);
  const n = players.length;
  if (n > limits.maxExplicitPlayers) throw costSharingErrors.tooManyPlayers('explicit-game', n, limits.maxExplicitPlayers);
  const full = fullMask(n);
  if (given.length < full) {
    const first = given.length + 1;
    throw costSharingErrors.missingCoalition(membersOf(first).map((i) => players[i]!), full - given.length);
  }
  const values = new Float64Array(full + 1);
  for (let mask = 1; mask <= full; mask++) {
    const value = given[mask - 1]!;
    checkValue(kind, { of: 'coalition', members: membersOf(mask).map((i) => players[i]!) }, value);
    values[mask] = value;
  }
  return { type: 'table', kind, players: [...players], values };
}

/**
 * A game given group by group. Every non-empty group must be given exactly once, its members in
 * any order; a cost must be a non-negative number, savings any finite number.
 */
export function gameFromCoalitions(kind: GameKind, players: readonly string[], coalitions: readonly CoalitionEntry[]): TableGame {
  const index = indexPlayers(players);
  const n = players.length;
  if (n > limits.maxExplicitPlayers) throw costSharingErrors.tooManyPlayers('explicit-game', n, limits.maxExplicitPlayers);
  const values = new Float64Array(fullMask(n) + 1);
  const seen = new Uint8Array(values.length);
  for (const { members, value } of coalitions) {
    let mask = 0;
    for (const name of members) {
      const i = index.get(name);
      if (i === undefined) throw costSharingErrors.unknownPlayer(name, `{${members.join(', ')}}`);
      if (mask & (1 << i)) throw costSharingErrors.duplicateMember(name, members);
      mask |= 1 << i;
    }
    if (mask === 0) throw costSharingErrors.invalidValue({ of: 'empty-group' }, '{}', 'finite');
    checkValue(kind, { of: 'coalition', members }, value);
    if (seen[mask]) throw costSharingErrors.duplicateCoalition(members);
    seen[mask] = 1;
    values[mask] = value;
  }
  let missing = 0;
  let firstMissing = 0;
  for (let mask = 1; mask < values.length; mask++) {
    if (!seen[mask]) {
      if (missing === 0) firstMissing = mask;
      missing++;
    }
  }
  if (missing > 0) throw costSharingErrors.missingCoalition(membersOf(firstMissing).map((i) => players[i]!), missing);
  return { type: 'table', kind, players: [...players], values };
}

/** What a priced game is built from: each participant's amount, how a group's amounts pool, and what that costs. */
interface PricedGame {
  /** The field of the amounts, as errors name it. */
  readonly field: 'quantities' | 'levels';
  readonly amounts: Record<string, number>;
  readonly standAloneCosts: Record<string, number> | null | undefined;
  readonly model: CostModel | FacilityModel;
  readonly pooling: 'total' | 'highest';
  /** The model's price of a group's pooled amount (the model checked). */
  price(): CostFunction;
  /** What the model (pricing as `cost`) charges the dearest group, at most. */
  bound(amounts: Float64Array, cost: CostFunction): number;
}

function pricedGame(kind: GameKind, players: readonly string[], spec: PricedGame): ModelGame {
  const index = indexPlayers(players);
  const cost = spec.price();
  const subject = (player: string): ValueSubject => (spec.field === 'levels' ? { of: 'level', player } : { of: 'quantity', player });
  const quantities = new Float64Array(players.length).fill(Number.NaN);
  for (const [name, q] of Object.entries(spec.amounts)) {
    const i = index.get(name);
    if (i === undefined) throw costSharingErrors.unknownPlayer(name, spec.field);
    checkValue('cost', subject(name), q, limits.maxQuantity);
    quantities[i] = q;
  }
  players.forEach((p, i) => {
    if (Number.isNaN(quantities[i]!)) throw costSharingErrors.missingQuantity(p, spec.field);
  });
  // No group costs more than the model's bound: within range, so is every figure.
  const bound = spec.bound(quantities, cost);
  if (!(bound <= limits.maxMoney)) throw costSharingErrors.valueTooLarge({ of: 'joint-cost' }, bound, limits.maxMoney);
  const standAloneCost = quantities.map((q) => cost(q));
  for (const [name, c] of Object.entries(spec.standAloneCosts ?? {})) {
    const i = index.get(name);
    if (i === undefined) throw costSharingErrors.unknownPlayer(name, 'standAloneCosts');
    checkValue('cost', { of: 'stand-alone-cost', player: name }, c);
    standAloneCost[i] = c;
  }
  return { type: 'model', kind, players: [...players], model: spec.model, quantities, pooling: spec.pooling, cost, standAloneCost };
}

/**
 * A game computed from a cost model: each group costs the model's price of its total quantity,
 * except that a participant alone costs its measured stand-alone cost where one is given. A gain
 * game built from a model is its savings game: v(S) = Σ_{i∈S} c(i) − c(S).
 */
export function gameFromModel(kind: GameKind, players: readonly string[], spec: CostModelInput): ModelGame {
  const { quantities, standAloneCosts, ...model } = spec;
  const bound = (q: Float64Array) => priceBound(model, q.reduce((a, b) => a + b, 0));
  return pricedGame(kind, players, { field: 'quantities', amounts: quantities, standAloneCosts, model, pooling: 'total', price: () => costFunction(model), bound });
}

/**
 * A game of a facility used up to each participant's level (the airport game): each group costs
 * the facility up to the highest level among its members, a participant alone its measured
 * stand-alone cost where one is given; a gain game is its savings game, as for a cost model.
 */
export function gameFromFacility(kind: GameKind, players: readonly string[], spec: FacilityInput): ModelGame {
  const { levels, standAloneCosts, ...model } = spec;
  // The facility costs more the further it goes: the dearest group is the one that goes furthest.
  const bound = (l: Float64Array, cost: CostFunction) => cost(l.reduce((a, b) => Math.max(a, b), 0));
  return pricedGame(kind, players, { field: 'levels', amounts: levels, standAloneCosts, model, pooling: 'highest', price: () => facilityCost(model), bound });
}
