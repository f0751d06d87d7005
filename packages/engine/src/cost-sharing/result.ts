import type { CostSharingMethod, GameKind } from './input';

/**
 * What `shareCosts` returns; the contracts' `costSharingResultSchema` describes the same shape (a
 * type test checks that they match). Every share is given both exactly (shekels, a float) and
 * rounded to agorot by the largest remainder method, so that the rounded shares add up to the
 * rounded total to the agora.
 */

/** One participant's share under one method, with its savings and individual rationality. */
export type PlayerShare = {
  player: string;
  /** The exact share (shekels). */
  share: number;
  /** The share rounded to agorot; these add up exactly to `totalAgorot`. */
  shareAgorot: number;
  /** Standard error of a sampled Shapley share; null for exact methods. */
  standardError: number | null;
  /** What the participant pays (cost game) or gets (gain game) on its own. */
  standAlone: number;
  /** Better off than alone by this much (cost: standAlone − share; gain: share − standAlone). */
  saving: number;
  /** `saving` as a percentage of the stand-alone figure; null when that is zero. */
  savingPercent: number | null;
  /** Pays no more (gets no less) than alone. */
  individuallyRational: boolean;
};

/** Is the allocation in the core: can any group do better on its own? */
export type CoreVerdict = {
  /** Null when there are too many participants to check every group. */
  inCore: boolean | null;
  /** The group that gains most by leaving, when some group gains by leaving. */
  blockingCoalition: string[] | null;
  /**
   * The largest excess over all groups: how much the best-placed group would save (or gain) by
   * leaving. Positive means that group blocks the allocation; zero or negative means none does.
   */
  maxExcess: number | null;
};

/**
 * Why the participants pay what they pay under one allocation, for the sentences that explain it.
 * Amounts are savings: what a group would save (cost game) or gain (savings game) against the
 * allocation by acting on its own, positive when it would do better alone.
 */
export type AllocationExplanation = {
  /**
   * Every group but the whole that would do better on its own: the 20 that would save most, most
   * first, and how many there are in all; null when the groups were not examined (too many participants).
   */
  blocking: { count: number; groups: { members: string[]; saving: number }[] } | null;
  /**
   * For the nucleolus and the pre-nucleolus (and the least core, whose point is the pre-nucleolus):
   * the levels the allocation holds groups at, the most demanding first. At each, every group listed
   * saves exactly `saving` by the allocation against acting alone (what the group would pay alone
   * less what its members pay; negative when it pays more), the least any allocation can give it
   * once the earlier levels are kept; up to 20 of the `count` groups are named.
   */
  levels: { saving: number; count: number; groups: string[][] }[] | null;
};

/**
 * How a Shapley value was computed: exactly from every group's value (`table`, up to 25
 * participants), exactly from the distribution of the total quantity (`quantity-dp`, a cost model
 * whose quantities are whole multiples of a common step), exactly by Littlechild and Owen's closed
 * form (`airport`, a facility used up to each participant's level), or estimated from random
 * orders (`sampled`).
 */
export const shapleyMethods = ['table', 'quantity-dp', 'airport', 'sampled'] as const;
export type ShapleyMethod = (typeof shapleyMethods)[number];

export type Allocation = {
  method: CostSharingMethod;
  shares: PlayerShare[];
  /** Every participant pays no more than alone. */
  individuallyRational: boolean;
  core: CoreVerdict;
  /** For `least-core`: the smallest ε such that no group gains more than ε by leaving. */
  epsilon: number | null;
  /** For sampled Shapley: how many random orders and coalition evaluations were used. */
  sampling: { orders: number; evaluations: number } | null;
  /** For the Shapley value: how it was computed (results kept before it was recorded have none). */
  shapleyMethod?: ShapleyMethod;
  /** For the LP methods: how many linear programs were solved. */
  linearPrograms: number | null;
  /** Null in results kept before allocations were explained. */
  explanation: AllocationExplanation | null;
};

/**
 * What makes one method fail while the others are computed: its own participant limit, a game it
 * is undefined for, what it alone needs (the Owen value's blocs), or the solver. Anything else wrong with a request concerns every method, and
 * the engine refuses the whole request.
 */
export const methodFailureCodes = ['TOO_MANY_PLAYERS', 'EMPTY_IMPUTATION_SET', 'SCRB_UNDEFINED', 'BLOCS_MISSING', 'BANZHAF_UNDEFINED', 'SOLVER_FAILED', 'NOT_CERTIFIED'] as const;
export type MethodFailureCode = (typeof methodFailureCodes)[number];

/**
 * A method that could not be computed: the engine's error, with the figures its message names
 * (`params`, as on the error) so that a page can word it itself, and the message in both languages.
 */
export type MethodFailure = {
  method: CostSharingMethod;
  code: MethodFailureCode;
  params: Record<string, string | number>;
  message: { en: string; he: string };
};

/**
 * The engine warns CORE_NOT_EXAMINED (too many participants) and CORE_NOT_COMPUTED (the least core
 * failed); a feasibility study adds the other two.
 */
export const costSharingWarningCodes = ['CORE_NOT_EXAMINED', 'CORE_NOT_COMPUTED', 'WEIGHTS_FROM_QUANTITIES', 'SHAPLEY_SAMPLED'] as const;
export type CostSharingWarningCode = (typeof costSharingWarningCodes)[number];

/**
 * Something the reader of a result should know: a stable code, the figures (or authority ids) the
 * sentence needs, and the sentence in English for the CLI. Results kept before warnings had codes
 * hold the English sentence alone.
 */
export type CostSharingWarning = {
  code: CostSharingWarningCode;
  values: Record<string, number | string | string[]>;
  message: string;
};

export type CostSharingResult = {
  kind: GameKind;
  players: string[];
  /** Value of the whole group: the joint cost (cost game) or joint savings (gain game). */
  total: number;
  totalAgorot: number;
  standAlone: { player: string; value: number }[];
  standAloneTotal: number;
  /**
   * What each participant adds to the group of all the others: v(N) − v(N ∖ {i}), its cost to the
   * rest (its savings, in a savings game). Null when the game was not given whole (in results kept
   * before it was given).
   */
  marginalToOthers: { player: string; value: number }[] | null;
  /** Savings of acting together (cost: Σ stand-alone − joint cost; gain: joint − Σ stand-alone). */
  saving: number;
  savingPercent: number | null;
  core: {
    /** Null when there are too many participants to decide. */
    empty: boolean | null;
    /**
     * Least-core ε: the smallest amount by which every group's allowance must be relaxed for
     * some allocation to satisfy all groups. Positive exactly when the core is empty (the subsidy
     * needed to make cooperation stable); null when not computed.
     */
    leastCoreEpsilon: number | null;
  };
  /** The methods computed, in the order asked. */
  allocations: Allocation[];
  /** The methods asked that could not be computed, in the order asked; results kept before there were any have none. */
  failures: MethodFailure[];
  warnings: (CostSharingWarning | string)[];
};
