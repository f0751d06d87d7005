import { fullMask, membersOf } from './bits';
import { costFunction, priceBound } from './cost-models';
import { costSharingErrors, type ValueSubject } from './errors';
import type { ModelGame, TableGame } from './game';
import type { CostModelInput, GameKind } from './input';
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

/**
 * A game computed from a cost model: each group costs the model's price of its total quantity,
 * except that a participant alone costs its measured stand-alone cost where one is given. A gain
 * game built from a model is its savings game: v(S) = Σ_{i∈S} c(i) − c(S).
 */
export function gameFromModel(kind: GameKind, players: readonly string[], spec: CostModelInput): ModelGame {
  const index = indexPlayers(players);
  const cost = costFunction(spec);
  const quantities = new Float64Array(players.length).fill(Number.NaN);
  for (const [name, q] of Object.entries(spec.quantities)) {
    const i = index.get(name);
    if (i === undefined) throw costSharingErrors.unknownPlayer(name, 'quantities');
    checkValue('cost', { of: 'quantity', player: name }, q, limits.maxQuantity);
    quantities[i] = q;
  }
  players.forEach((p, i) => {
    if (Number.isNaN(quantities[i]!)) throw costSharingErrors.missingQuantity(p);
  });
  // No group costs more than the model's bound at the total quantity: within range, so is every figure.
  const bound = priceBound(spec, quantities.reduce((a, q) => a + q, 0));
  if (!(bound <= limits.maxMoney)) throw costSharingErrors.valueTooLarge({ of: 'joint-cost' }, bound, limits.maxMoney);
  const standAloneCost = quantities.map((q) => cost(q));
  for (const [name, c] of Object.entries(spec.standAloneCosts ?? {})) {
    const i = index.get(name);
    if (i === undefined) throw costSharingErrors.unknownPlayer(name, 'standAloneCosts');
    checkValue('cost', { of: 'stand-alone-cost', player: name }, c);
    standAloneCost[i] = c;
  }
  const { quantities: _q, standAloneCosts: _s, ...model } = spec;
  return { type: 'model', kind, players: [...players], model, quantities, cost, standAloneCost };
}
