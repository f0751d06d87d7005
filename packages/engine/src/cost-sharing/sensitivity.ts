import { popcount } from './bits';
import type { CostModel } from './cost-models';
import { costSharingErrors } from './errors';
import type { CostModelInput, CostSharingInput, CostSharingMethod } from './input';
import { breakEvenSearch, limits } from './limits';

export { breakEvenSearch };
import type { CostSharingResult, MethodFailureCode } from './result';
import { isMethodFailure, shareCosts } from './share-costs';

/**
 * How one method's shares move with the figures a study is least sure of: the joint cost (a
 * tender's prices, an estimate) and each participant's quantity — and how far the joint cost may
 * rise before a participant would do better alone.
 *
 * "The joint cost moves by t" means that the value of every group of two or more is multiplied by
 * 1 + t, while what each participant pays (or saves) alone stays: the price of doing it together
 * changes, not today's cost of doing it alone. For a cost model, its prices (the fixed cost, the
 * scale, the unit and vehicle prices) move and every stand-alone cost is held where it was.
 *
 * Equal, proportional, exact Shapley and Owen shares are linear in t (each is a linear function of the
 * groups' values), so their break-even is exact; for the other methods it is found on a grid of
 * steps and given as the step at which the participant is first worse off, with the step before.
 */

export type SensitivityOptions = {
  method: CostSharingMethod;
  /** How far the figures move either way, as a fraction (0.2: ±20%). */
  range: number;
  /** Points of the joint cost from −range to +range (odd, so that no change is one of them). */
  points: number;
};

export type SharesAt = { player: string; share: number; saving: number }[];

/** What one point of the analysis gave: the shares, or the code the method failed with there (the nucleolus, say, once together costs more than apart). */
export type PointShares = { shares: SharesAt; failure: null } | { shares: null; failure: MethodFailureCode };

export type BreakEven = {
  player: string;
  /**
   * The rise of the joint cost (a fraction; a fall in a savings game) from which the participant
   * would do better alone; 0 when it already would; null when not within `breakEvenSearch`.
   */
  change: number | null;
  /** Exact for the linear methods; else the grid step below `change`, which is still no worse than alone. */
  exact: boolean;
  below: number | null;
};

export type Sensitivity = {
  method: CostSharingMethod;
  range: number;
  /** The shares at each point of the joint cost, from −range to +range; the total is the whole group's value there. */
  jointCost: ({ change: number; total: number } & PointShares)[];
  /** For a game given by a cost model: everyone's shares when one participant's quantity moves by −range and by +range. */
  quantities: { player: string; low: PointShares; high: PointShares }[] | null;
  breakEven: BreakEven[];
  /** How far the break-even search went: `breakEvenSearch.upTo`, or less where the method failed first. */
  searchedTo: number;
};

const linearMethods: readonly CostSharingMethod[] = ['equal', 'proportional', 'shapley', 'owen'];
const linearProgramMethods: readonly CostSharingMethod[] = ['nucleolus', 'prenucleolus', 'least-core'];

/** A cost model whose prices are multiplied by `f`. */
function scaledModel(model: CostModel, f: number): CostModel {
  switch (model.type) {
    case 'power':
      return { ...model, fixed: model.fixed * f, scale: model.scale * f };
    case 'tiered':
      return { ...model, fixed: model.fixed * f, tiers: model.tiers.map((t) => ({ ...t, unitPrice: t.unitPrice * f })) };
    case 'capacity':
      return { ...model, fixed: model.fixed * f, vehicleCost: model.vehicleCost * f, perUnit: model.perUnit * f };
  }
}

/**
 * The input with the joint cost moved by `change`: groups of two or more at (1 + change) times
 * their value; each participant alone at its value in `base` (the result at no change).
 */
export function withJointCost(input: CostSharingInput, base: CostSharingResult, change: number): CostSharingInput {
  const f = 1 + change;
  if (input.model !== null) {
    const standAloneCosts = Object.fromEntries(base.standAlone.map((s) => [s.player, s.value]));
    const model: CostModelInput = { ...scaledModel(input.model, f), quantities: input.model.quantities, standAloneCosts };
    return { ...input, model };
  }
  if (input.facility !== undefined) {
    const standAloneCosts = Object.fromEntries(base.standAlone.map((s) => [s.player, s.value]));
    const facility = input.facility;
    return { ...input, facility: { ...facility, fixed: facility.fixed * f, segments: facility.segments.map((seg) => ({ ...seg, unitCost: seg.unitCost * f })), standAloneCosts } };
  }
  if (input.values !== undefined) return { ...input, values: input.values.map((v, k) => (popcount(k + 1) >= 2 ? v * f : v)) };
  return { ...input, coalitions: input.coalitions!.map((c) => (c.members.length >= 2 ? { ...c, value: c.value * f } : c)) };
}

/** The input with one participant's quantity multiplied by `f` (a game given by a cost model). */
function withQuantity(input: CostSharingInput, player: string, f: number): CostSharingInput {
  const model = input.model!;
  return { ...input, model: { ...model, quantities: { ...model.quantities, [player]: model.quantities[player]! * f } } };
}

/** Half an agora: a saving below minus this is a participant worse off than alone, not round-off. */
const worseOff = (saving: number) => saving < -0.005;

function pointOf(result: CostSharingResult, method: CostSharingMethod): PointShares {
  const allocation = result.allocations.find((a) => a.method === method);
  if (allocation) return { shares: allocation.shares.map((s) => ({ player: s.player, share: s.share, saving: s.saving })), failure: null };
  return { shares: null, failure: result.failures.find((f) => f.method === method)?.code ?? 'SOLVER_FAILED' };
}

/** The method at one point; a point where it fails alone is that failure, any other error is thrown. */
async function sharesAt(input: CostSharingInput, method: CostSharingMethod): Promise<{ result: CostSharingResult | null } & PointShares> {
  try {
    const result = await shareCosts(input);
    return { result, ...pointOf(result, method) };
  } catch (error) {
    if (isMethodFailure(error)) return { result: null, shares: null, failure: error.code };
    throw error;
  }
}

/**
 * The sensitivity of `options.method`'s shares for the game of `input` (its methods are ignored).
 * Refused past `limits.maxSensitivityPlayers` participants (and `maxSensitivityLpPlayers` for the
 * methods solved by linear programs), as each analysis computes the method some tens of times.
 */
export async function shareSensitivity(input: CostSharingInput, options: SensitivityOptions): Promise<Sensitivity> {
  const { method, range, points } = options;
  if (!(range > 0 && range <= 0.5)) throw costSharingErrors.invalidSensitivity('range', range);
  if (!(Number.isInteger(points) && points >= 3 && points <= 21 && points % 2 === 1)) throw costSharingErrors.invalidSensitivity('points', points);
  const n = input.players.length;
  const limit = linearProgramMethods.includes(method) ? limits.maxSensitivityLpPlayers : limits.maxSensitivityPlayers;
  if (n > limit) throw costSharingErrors.tooManyPlayers('sensitivity', n, limit);

  const one: CostSharingInput = { ...input, methods: [method] };
  const base = await shareCosts(one);
  const now = pointOf(base, method);
  // shareCosts throws the error of its one method when that fails, so the shares are there.
  if (now.shares === null) throw costSharingErrors.solverFailed('no allocation');
  const at = (change: number) => (change === 0 ? Promise.resolve({ result: base, ...now }) : sharesAt(withJointCost(one, base, change), method));

  const jointCost: Sensitivity['jointCost'] = [];
  for (let k = 0; k < points; k++) {
    const change = (range * (2 * k - (points - 1))) / (points - 1);
    const point = await at(change);
    const total = point.result?.total ?? base.total * (1 + change);
    jointCost.push(point.shares === null ? { change, total, shares: null, failure: point.failure } : { change, total, shares: point.shares, failure: null });
  }

  let quantities: Sensitivity['quantities'] = null;
  if (one.model !== null) {
    quantities = [];
    for (const player of one.players) {
      const { result: _low, ...low } = await sharesAt(withQuantity(one, player, 1 - range), method);
      const { result: _high, ...high } = await sharesAt(withQuantity(one, player, 1 + range), method);
      quantities.push({ player, low, high });
    }
  }

  const { breakEven, searchedTo } = await breakEvens(one, now.shares, method, at);
  return { method, range, jointCost, quantities, breakEven, searchedTo };
}

/** Where each participant's saving reaches zero as the joint cost rises (falls, in a savings game). */
async function breakEvens(
  input: CostSharingInput,
  now: SharesAt,
  method: CostSharingMethod,
  at: (change: number) => Promise<PointShares>,
): Promise<{ breakEven: BreakEven[]; searchedTo: number }> {
  const direction = input.kind === 'cost' ? 1 : -1;
  const already = (s: SharesAt[number]): BreakEven | null => (worseOff(s.saving) ? { player: s.player, change: 0, exact: true, below: null } : null);
  const linear = linearMethods.includes(method) && input.options.shapleySamples === null && input.options.shapleyPrecision === null;
  if (linear) {
    // Linear in the change: the saving with the joint cost doubled (or gone, in a savings game) gives the slope.
    const far = await at(direction * breakEvenSearch.upTo);
    if (far.shares !== null) {
      const breakEven = now.map((s, i) => {
        const slope = (far.shares[i]!.saving - s.saving) / breakEvenSearch.upTo;
        const reach = slope < 0 ? -s.saving / slope : Number.POSITIVE_INFINITY;
        return already(s) ?? { player: s.player, change: reach <= breakEvenSearch.upTo ? direction * reach : null, exact: true, below: null };
      });
      return { breakEven, searchedTo: breakEvenSearch.upTo };
    }
  }
  const steps = Math.round(breakEvenSearch.upTo / breakEvenSearch.step);
  const found = now.map(already);
  let searchedTo = 0;
  for (let k = 1; k <= steps && found.some((f) => f === null); k++) {
    const step = (j: number) => (j * breakEvenSearch.upTo) / steps;
    const change = direction * step(k);
    const point = await at(change);
    if (point.shares === null) break;
    searchedTo = step(k);
    point.shares.forEach((s, i) => {
      if (found[i] === null && worseOff(s.saving)) found[i] = { player: s.player, change, exact: false, below: direction * step(k - 1) };
    });
  }
  if (found.every((f) => f !== null)) searchedTo = breakEvenSearch.upTo;
  return { breakEven: now.map((s, i) => found[i] ?? { player: s.player, change: null, exact: false, below: null }), searchedTo };
}
