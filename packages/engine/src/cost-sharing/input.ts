import type { CostModel, FacilityModel } from './cost-models';

/**
 * What `shareCosts` takes: who takes part, the value of every group (given one by one or by a
 * cost model), and the methods asked; money is in shekels. The contracts' `costSharingInputSchema`
 * validates a request into this shape, defaults applied (a type test checks that they match).
 */

/** A `cost` game gives each group's cost; a `gain` game gives each group's savings (or profit). */
export const gameKinds = ['cost', 'gain'] as const;
export type GameKind = (typeof gameKinds)[number];

/**
 * `owen`: the Owen value, the Shapley value of authorities grouped in blocs (`blocs`). `banzhaf`:
 * the normalised Banzhaf value, scaled so that the shares add up to the joint value.
 */
export const costSharingMethods = ['equal', 'proportional', 'scrb', 'shapley', 'owen', 'banzhaf', 'nucleolus', 'prenucleolus', 'least-core'] as const;
export type CostSharingMethod = (typeof costSharingMethods)[number];

/** One group and its value: its cost in a cost game, its savings in a gain game. */
export type CoalitionValue = { members: string[]; value: number };

/** A cost model with each participant's quantity (tons, pupils, households …); every participant needs one. */
export type CostModelInput = CostModel & {
  quantities: Record<string, number>;
  /** A participant's measured cost of providing the service alone, used instead of the model's. */
  standAloneCosts?: Record<string, number> | null;
};

/**
 * A facility every participant uses up to its own level (km of road, tons of a landfill's
 * capacity …): a group pays for it up to the highest level any member needs. Every participant
 * needs a level.
 */
export type FacilityInput = FacilityModel & {
  levels: Record<string, number>;
  /** A participant's measured cost of providing the service alone, used instead of the facility's. */
  standAloneCosts?: Record<string, number> | null;
};

export type CostSharingOptions = {
  /** Estimate the Shapley value from this many random orders instead of exactly (null: exactly). */
  shapleySamples: number | null;
  /**
   * Estimate the Shapley value by sampling until every participant's standard error is below this
   * fraction of the mean share (0.005: half a percent), drawing more where the error is largest
   * (null: not this way). At most one of the two is given.
   */
  shapleyPrecision: number | null;
  /** Seed of the random orders; the same seed gives the same estimate. */
  seed: number;
};

export type CostSharingInput = {
  kind: GameKind;
  players: string[];
  /** Every non-empty group with its value (members in any order), or null when `model` is given. */
  coalitions: CoalitionValue[] | null;
  /**
   * The same game in compact form, instead of `coalitions`: the value of every non-empty group in
   * the order of its bitmask (participant i is bit i; entry k is the group k + 1), 2^n − 1 numbers.
   * A game of 20 participants takes some 12 MB so, against more than 80 MB group by group.
   */
  values?: number[];
  model: CostModelInput | null;
  /** Or a facility used up to each participant's level, instead of `coalitions` or `model`. */
  facility?: FacilityInput;
  /** Weights for the proportional method (population …); null: the model's quantities (a facility's levels). */
  weights: Record<string, number> | null;
  /**
   * Each participant's bloc for the Owen value (a sub-region, a type of council …), by name;
   * participants of one bloc share its name. Every participant needs one when `owen` is asked.
   */
  blocs?: Record<string, string> | null;
  methods: CostSharingMethod[];
  options: CostSharingOptions;
};
