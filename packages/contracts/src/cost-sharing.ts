import { z } from 'zod';

/**
 * Cost-sharing: who pays what share of a joint service, and is anybody better off alone.
 * The engine (`@eshkol/engine`, `shareCosts`) computes a `CostSharingResult` from a
 * `CostSharingInput`; the CLI, the API and the web all speak these shapes.
 *
 * Money is in shekels in the input. Every share is returned both exactly (a float) and rounded
 * to agorot by the largest remainder method, so that the rounded shares add up to the rounded
 * total to the agora.
 */

/** A `cost` game gives each group's cost; a `gain` game gives each group's savings (or profit). */
export const gameKinds = ['cost', 'gain'] as const;
export const gameKindSchema = z.enum(gameKinds);
export type GameKind = z.infer<typeof gameKindSchema>;

export const costSharingMethods = [
  'equal',
  'proportional',
  'scrb',
  'shapley',
  'nucleolus',
  'prenucleolus',
  'least-core',
] as const;
export const costSharingMethodSchema = z.enum(costSharingMethods);
export type CostSharingMethod = z.infer<typeof costSharingMethodSchema>;

/** Limits the engine enforces; also used here so that a request too large fails validation early. */
export const costSharingLimits = {
  /** Participants in one request (games given by a cost model). */
  maxPlayers: 2000,
  /** Participants in a game given group by group (2^20 - 1 groups). */
  maxExplicitPlayers: 20,
  /** Exact Shapley value (2^25 groups); above it use sampling. */
  maxExactShapleyPlayers: 25,
  /** Nucleolus and pre-nucleolus (a sequence of linear programs over 2^16 groups). */
  maxNucleolusPlayers: 16,
  /** Least core and the core-emptiness test. */
  maxLeastCorePlayers: 20,
  /** Core membership of an allocation, checked over every group. */
  maxCoreCheckPlayers: 20,
  /** Random orders for the sampled Shapley value. */
  maxShapleySamples: 1_000_000,
} as const;

export const playerIdSchema = z.string().trim().min(1).max(120);

/** One group and its value: its cost in a cost game, its savings in a gain game. */
export const coalitionValueSchema = z.strictObject({
  members: z.array(playerIdSchema).min(1).max(costSharingLimits.maxExplicitPlayers),
  value: z.number(),
});
export type CoalitionValue = z.infer<typeof coalitionValueSchema>;

const quantitiesSchema = z.record(playerIdSchema, z.number().nonnegative());

/** Fields every cost model has: each participant's quantity, a fixed cost, measured stand-alone costs. */
const modelBase = {
  /** Each participant's quantity (tons, pupils, households …); every participant needs one. */
  quantities: quantitiesSchema,
  /** Cost every group pays once, whatever its size (0 if absent). */
  fixed: z.number().nonnegative().default(0),
  /** A participant's measured cost of providing the service alone, used instead of the model's. */
  standAloneCosts: z.record(playerIdSchema, z.number().nonnegative()).nullable().optional(),
};

/** cost(S) = fixed + scale · (Σ quantity)^exponent; economies of scale when exponent < 1. */
export const powerModelSchema = z.strictObject({
  type: z.literal('power'),
  ...modelBase,
  scale: z.number().nonnegative(),
  exponent: z.number().positive().max(10),
});

export const priceTierSchema = z.strictObject({
  /** The tier applies from this total quantity up to the next tier's `from`. */
  from: z.number().nonnegative(),
  unitPrice: z.number().nonnegative(),
});

/**
 * A tender's volume-discount schedule. `all-units`: the whole quantity is priced at the tier the
 * total falls in. `incremental`: each unit is priced at the tier its position falls in.
 */
export const tieredModelSchema = z.strictObject({
  type: z.literal('tiered'),
  ...modelBase,
  discount: z.enum(['all-units', 'incremental']),
  tiers: z
    .array(priceTierSchema)
    .min(1)
    .max(50)
    .refine((tiers) => tiers[0]?.from === 0, 'the first tier must start at 0')
    .refine((tiers) => tiers.every((t, i) => i === 0 || t.from > tiers[i - 1]!.from), 'tiers must start at increasing quantities'),
});

/** Vehicles or crews: cost(S) = fixed + ⌈Σ quantity / capacity⌉ · vehicleCost + perUnit · Σ quantity. */
export const capacityModelSchema = z.strictObject({
  type: z.literal('capacity'),
  ...modelBase,
  capacity: z.number().positive(),
  vehicleCost: z.number().nonnegative(),
  perUnit: z.number().nonnegative().default(0),
});

export const costModelSchema = z.discriminatedUnion('type', [powerModelSchema, tieredModelSchema, capacityModelSchema]);
export type CostModelInput = z.infer<typeof costModelSchema>;

export const costSharingOptionsSchema = z.strictObject({
  /** Estimate the Shapley value from this many random orders instead of exactly. */
  shapleySamples: z.number().int().min(2).max(costSharingLimits.maxShapleySamples).nullable().default(null),
  /** Seed of the random orders; the same seed gives the same estimate. */
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
});

export const costSharingInputSchema = z
  .strictObject({
    kind: gameKindSchema.default('cost'),
    players: z.array(playerIdSchema).min(1).max(costSharingLimits.maxPlayers),
    /** Every non-empty group with its value (members in any order), or null when `model` is given. */
    coalitions: z
      .array(coalitionValueSchema)
      .max(2 ** costSharingLimits.maxExplicitPlayers)
      .nullable()
      .default(null),
    model: costModelSchema.nullable().default(null),
    /** Weights for the proportional method (population …); defaults to the model's quantities. */
    weights: z.record(playerIdSchema, z.number().nonnegative()).nullable().default(null),
    methods: z.array(costSharingMethodSchema).min(1).max(costSharingMethods.length),
    options: costSharingOptionsSchema.default({ shapleySamples: null, seed: 1 }),
  })
  .refine((input) => (input.coalitions === null) !== (input.model === null), {
    message: 'give either coalitions or a cost model, not both',
    path: ['coalitions'],
  })
  .refine((input) => new Set(input.players).size === input.players.length, {
    message: 'participants must be distinct',
    path: ['players'],
  });
/** A validated request, defaults applied: what the engine's `shareCosts` takes. */
export type CostSharingInput = z.infer<typeof costSharingInputSchema>;

/** One participant's share under one method, with its savings and individual rationality. */
export const playerShareSchema = z.object({
  player: z.string(),
  /** The exact share (shekels). */
  share: z.number(),
  /** The share rounded to agorot; these add up exactly to `totalAgorot`. */
  shareAgorot: z.number().int(),
  /** Standard error of a sampled Shapley share; null for exact methods. */
  standardError: z.number().nullable(),
  /** What the participant pays (cost game) or gets (gain game) on its own. */
  standAlone: z.number(),
  /** Better off than alone by this much (cost: standAlone − share; gain: share − standAlone). */
  saving: z.number(),
  /** `saving` as a percentage of the stand-alone figure; null when that is zero. */
  savingPercent: z.number().nullable(),
  /** Pays no more (gets no less) than alone. */
  individuallyRational: z.boolean(),
});
export type PlayerShare = z.infer<typeof playerShareSchema>;

/** Is the allocation in the core: can any group do better on its own? */
export const coreVerdictSchema = z.object({
  /** Null when there are too many participants to check every group. */
  inCore: z.boolean().nullable(),
  /** The group that gains most by leaving, when some group gains by leaving. */
  blockingCoalition: z.array(z.string()).nullable(),
  /**
   * The largest excess over all groups: how much the best-placed group would save (or gain) by
   * leaving. Positive means that group blocks the allocation; zero or negative means none does.
   */
  maxExcess: z.number().nullable(),
});
export type CoreVerdict = z.infer<typeof coreVerdictSchema>;

export const allocationSchema = z.object({
  method: costSharingMethodSchema,
  shares: z.array(playerShareSchema),
  /** Every participant pays no more than alone. */
  individuallyRational: z.boolean(),
  core: coreVerdictSchema,
  /** For `least-core`: the smallest ε such that no group gains more than ε by leaving. */
  epsilon: z.number().nullable(),
  /** For sampled Shapley: how many random orders and coalition evaluations were used. */
  sampling: z.object({ orders: z.number().int(), evaluations: z.number().int() }).nullable(),
  /** For the LP methods: how many linear programs were solved. */
  linearPrograms: z.number().int().nullable(),
});
export type Allocation = z.infer<typeof allocationSchema>;

export const costSharingWarningCodes = ['CORE_NOT_EXAMINED', 'WEIGHTS_FROM_QUANTITIES', 'SHAPLEY_SAMPLED'] as const;

/**
 * Something the reader of a result should know: a stable code, the figures (or authority ids) the
 * sentence needs, and the sentence in English for the CLI. Results kept before warnings had codes
 * hold the English sentence alone.
 */
export const costSharingWarningSchema = z.object({
  code: z.enum(costSharingWarningCodes),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
  message: z.string(),
});
export type CostSharingWarning = z.infer<typeof costSharingWarningSchema>;

export const costSharingResultSchema = z.object({
  kind: gameKindSchema,
  players: z.array(z.string()),
  /** Value of the whole group: the joint cost (cost game) or joint savings (gain game). */
  total: z.number(),
  totalAgorot: z.number().int(),
  standAlone: z.array(z.object({ player: z.string(), value: z.number() })),
  standAloneTotal: z.number(),
  /** Savings of acting together (cost: Σ stand-alone − joint cost; gain: joint − Σ stand-alone). */
  saving: z.number(),
  savingPercent: z.number().nullable(),
  core: z.object({
    /** Null when there are too many participants to decide. */
    empty: z.boolean().nullable(),
    /**
     * Least-core ε: the smallest amount by which every group's allowance must be relaxed for
     * some allocation to satisfy all groups. Positive exactly when the core is empty (the subsidy
     * needed to make cooperation stable); null when not computed.
     */
    leastCoreEpsilon: z.number().nullable(),
  }),
  allocations: z.array(allocationSchema),
  warnings: z.array(z.union([costSharingWarningSchema, z.string()])),
});
export type CostSharingResult = z.infer<typeof costSharingResultSchema>;
