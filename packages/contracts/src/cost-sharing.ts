import { costSharingMethods, gameKinds } from '@eshkol/engine/cost-sharing/input';
import { breakEvenSearch, costSharingLimits, limits } from '@eshkol/engine/cost-sharing/limits';
import { costSharingWarningCodes, methodFailureCodes, shapleyMethods } from '@eshkol/engine/cost-sharing/result';
import { z } from 'zod';

/**
 * Cost-sharing: who pays what share of a joint service, and is anybody better off alone.
 * The engine (`@eshkol/engine`, `shareCosts`) computes a `CostSharingResult` from a
 * `CostSharingInput`; the CLI, the API and the web all speak these shapes. The engine declares
 * them (with their words: game kinds, methods, limits, warning codes); these schemas validate
 * them, and `test/cost-sharing.test.ts` fails the type-check when the two drift apart.
 *
 * Money is in shekels in the input. Every share is returned both exactly (a float) and rounded
 * to agorot by the largest remainder method, so that the rounded shares add up to the rounded
 * total to the agora.
 */
export { breakEvenSearch, costSharingLimits, costSharingMethods, costSharingWarningCodes, gameKinds, methodFailureCodes, shapleyMethods };
/**
 * How far the engine computes the exact Shapley value by total quantity past the table of every
 * group (ADR 11): steps of the common step in everyone's quantity together, and cells of work by
 * its estimate. A client that asks exactly only within them is never refused for it.
 */
export const quantityShapleyLimits = { maxQuantitySteps: limits.maxQuantitySteps, maxQuantityShapleyCells: limits.maxQuantityShapleyCells } as const;
export type { CoalitionValue, CostModelInput, CostSharingInput, CostSharingMethod, GameKind } from '@eshkol/engine/cost-sharing/input';
export type {
  Allocation,
  CoreVerdict,
  CostSharingResult,
  CostSharingWarning,
  MethodFailure,
  MethodFailureCode,
  PlayerShare,
  ShapleyMethod,
} from '@eshkol/engine/cost-sharing/result';
export type { BreakEven, PointShares, Sensitivity, SharesAt } from '@eshkol/engine/cost-sharing/sensitivity';
/** What INVALID_MODEL and INVALID_WEIGHTS name as their `reason`, for a page to word. */
export { modelFaults, weightFaults, type ModelFault, type WeightFault } from '@eshkol/engine/cost-sharing/errors';

export const gameKindSchema = z.enum(gameKinds);
export const costSharingMethodSchema = z.enum(costSharingMethods);

export const playerIdSchema = z.string().trim().min(1).max(120);
/** The name of a bloc of participants (a sub-region, a type of council …): participants of one bloc share it. */
export const blocNameSchema = z.string().trim().min(1).max(120);

/**
 * Ranges every figure is checked against before any work (`costSharingLimits`): money up to ten
 * billion shekels, quantities and capacities up to a billion units.
 */
const { maxMoney, maxQuantity } = costSharingLimits;
/** A sum of money in shekels, not negative. */
export const moneySchema = z.number().nonnegative().max(maxMoney);
/** A quantity (tons, pupils, households …), not negative. */
export const quantitySchema = z.number().nonnegative().max(maxQuantity);

/**
 * The ranges of a cost model's figures that are neither money nor a quantity, for a form to check
 * as typed: the power law's exponent (economies of scale below 1), and a vehicle's capacity (above 0).
 */
export const costModelRanges = {
  exponent: { min: 0.01, max: 10 },
  capacity: { min: 0.001, max: maxQuantity },
} as const;

/** One group and its value: its cost in a cost game, its savings in a gain game. */
export const coalitionValueSchema = z.strictObject({
  members: z.array(playerIdSchema).min(1).max(costSharingLimits.maxExplicitPlayers),
  /** A cost is not negative (the engine says so); savings may be. */
  value: z.number().min(-maxMoney).max(maxMoney),
});

const quantitiesSchema = z.record(playerIdSchema, quantitySchema);

/** Fields every cost model has: each participant's quantity, a fixed cost, measured stand-alone costs. */
const modelBase = {
  /** Each participant's quantity (tons, pupils, households …); every participant needs one. */
  quantities: quantitiesSchema,
  /** Cost every group pays once, whatever its size (0 if absent). */
  fixed: moneySchema.default(0),
  /** A participant's measured cost of providing the service alone, used instead of the model's. */
  standAloneCosts: z.record(playerIdSchema, moneySchema).nullable().optional(),
};

/** cost(S) = fixed + scale · (Σ quantity)^exponent; economies of scale when exponent < 1. */
export const powerModelSchema = z.strictObject({
  type: z.literal('power'),
  ...modelBase,
  scale: moneySchema,
  exponent: z.number().min(costModelRanges.exponent.min).max(costModelRanges.exponent.max),
});

export const priceTierSchema = z.strictObject({
  /** The tier applies from this total quantity up to the next tier's `from`. */
  from: quantitySchema,
  unitPrice: moneySchema,
});

/** Up to 50 steps (tiers, segments) of a schedule, the first from 0, each from further than the one before. */
const scheduleOf = <T extends z.ZodType<{ from: number }>>(step: T, what: 'tier' | 'segment') =>
  z
    .array(step)
    .min(1)
    .max(50)
    .refine((steps) => steps[0]?.from === 0, `the first ${what} must start at 0`)
    .refine((steps) => steps.every((t, i) => i === 0 || t.from > steps[i - 1]!.from), `${what}s must start at increasing ${what === 'tier' ? 'quantities' : 'levels'}`);

/**
 * A tender's volume-discount schedule. `all-units`: the whole quantity is priced at the tier the
 * total falls in. `incremental`: each unit is priced at the tier its position falls in.
 */
export const tieredModelSchema = z.strictObject({
  type: z.literal('tiered'),
  ...modelBase,
  discount: z.enum(['all-units', 'incremental']),
  tiers: scheduleOf(priceTierSchema, 'tier'),
});

/** Vehicles or crews: cost(S) = fixed + ⌈Σ quantity / capacity⌉ · vehicleCost + perUnit · Σ quantity. */
export const capacityModelSchema = z.strictObject({
  type: z.literal('capacity'),
  ...modelBase,
  capacity: z.number().min(costModelRanges.capacity.min).max(costModelRanges.capacity.max),
  vehicleCost: moneySchema,
  perUnit: moneySchema.default(0),
});

export const costModelSchema = z.discriminatedUnion('type', [powerModelSchema, tieredModelSchema, capacityModelSchema]);

export const facilitySegmentSchema = z.strictObject({
  /** The segment runs from this level up to the next segment's `from` (the last without end). */
  from: quantitySchema,
  /** Its cost for each unit of level (a km of road, a ton of capacity …). */
  unitCost: moneySchema,
});

/**
 * A facility every participant uses up to its own level (the airport game): a road up to a
 * distance, a landfill up to a capacity. A group pays the fixed cost and each segment's unit cost
 * over the part of it below the highest level any member needs. Not a cost model of the total
 * quantity, so it has a field of its own, `facility`.
 */
export const facilitySchema = z.strictObject({
  type: z.literal('airport'),
  /** Each participant's level (km, tons of capacity, metres …); every participant needs one. */
  levels: quantitiesSchema,
  fixed: moneySchema.default(0),
  segments: scheduleOf(facilitySegmentSchema, 'segment'),
  standAloneCosts: modelBase.standAloneCosts,
});

export const costSharingOptionsSchema = z.strictObject({
  /**
   * Estimate the Shapley value from this many random orders instead of exactly: at least 32, below
   * which the standard errors it reports are themselves too uncertain to trust.
   */
  shapleySamples: z.number().int().min(32).max(costSharingLimits.maxShapleySamples).nullable().default(null),
  /**
   * Or estimate it until every standard error is below this fraction of the mean share (0.005 is
   * half a percent), drawing more orders only where they are needed: the fast way for hundreds.
   */
  shapleyPrecision: z.number().min(0.001).max(0.1).nullable().default(null),
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
    /**
     * Or the same in compact form: every non-empty group's value in bitmask order (participant i is
     * bit i; entry k is the group k + 1), 2^n − 1 numbers — a game of 20 participants in some 12 MB.
     */
    values: z.array(moneySchema).max(2 ** costSharingLimits.maxExplicitPlayers - 1).optional(),
    model: costModelSchema.nullable().default(null),
    /** Or a facility used up to each participant's level, instead of `coalitions` or `model`. */
    facility: facilitySchema.optional(),
    /** Weights for the proportional method (population …); defaults to the model's quantities (a facility's levels). */
    weights: z.record(playerIdSchema, moneySchema).nullable().default(null),
    /** Each participant's bloc for the Owen value (a sub-region, a type of council …); every participant needs one when `owen` is asked. */
    blocs: z.record(playerIdSchema, blocNameSchema).nullable().optional(),
    methods: z.array(costSharingMethodSchema).min(1).max(costSharingMethods.length),
    options: costSharingOptionsSchema
      .refine((o) => o.shapleySamples === null || o.shapleyPrecision === null, { message: 'give either shapleySamples or shapleyPrecision, not both', path: ['shapleyPrecision'] })
      .default({ shapleySamples: null, shapleyPrecision: null, seed: 1 }),
  })
  .refine((input) => [input.coalitions !== null, input.model !== null, input.values !== undefined, input.facility !== undefined].filter(Boolean).length === 1, {
    message: 'give one of coalitions, values, a cost model or a facility',
    path: ['coalitions'],
  })
  .refine((input) => input.values === undefined || input.values.length === 2 ** input.players.length - 1, {
    message: 'values holds one number for every non-empty group: 2^n − 1 of them',
    path: ['values'],
  })
  .refine((input) => new Set(input.players).size === input.players.length, {
    message: 'participants must be distinct',
    path: ['players'],
  })
  // Blocs only of participants, so there are never more blocs than participants.
  .superRefine((input, ctx) => {
    const players = new Set(input.players);
    for (const player of Object.keys(input.blocs ?? {})) {
      if (!players.has(player)) ctx.addIssue({ code: 'custom', message: `"${player}" is not one of the participants`, path: ['blocs', player], params: { player } });
    }
  });

/** The result as the engine gives it; its fields are described on the engine's types (`@eshkol/engine/cost-sharing/result`). */
export const playerShareSchema = z.object({
  player: z.string(),
  share: z.number(),
  shareAgorot: z.number().int(),
  standardError: z.number().nullable(),
  standAlone: z.number(),
  saving: z.number(),
  savingPercent: z.number().nullable(),
  individuallyRational: z.boolean(),
});

export const coreVerdictSchema = z.object({
  inCore: z.boolean().nullable(),
  blockingCoalition: z.array(z.string()).nullable(),
  maxExcess: z.number().nullable(),
});

export const allocationSchema = z.object({
  method: costSharingMethodSchema,
  shares: z.array(playerShareSchema),
  individuallyRational: z.boolean(),
  core: coreVerdictSchema,
  epsilon: z.number().nullable(),
  sampling: z.object({ orders: z.number().int(), evaluations: z.number().int() }).nullable(),
  /** Given with every Shapley value since it could be computed more than one way; absent for the other methods. */
  shapleyMethod: z.enum(shapleyMethods).optional(),
  linearPrograms: z.number().int().nullable(),
  /** Results kept before allocations were explained have none. */
  explanation: z
    .object({
      blocking: z.object({ count: z.number().int(), groups: z.array(z.object({ members: z.array(z.string()), saving: z.number() })) }).nullable(),
      levels: z.array(z.object({ saving: z.number(), count: z.number().int(), groups: z.array(z.array(z.string())) })).nullable(),
    })
    .nullable()
    .default(null),
});

export const costSharingWarningSchema = z.object({
  code: z.enum(costSharingWarningCodes),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())])),
  message: z.string(),
});

export const methodFailureSchema = z.object({
  method: costSharingMethodSchema,
  code: z.enum(methodFailureCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.object({ en: z.string(), he: z.string() }),
});

export const costSharingResultSchema = z.object({
  kind: gameKindSchema,
  players: z.array(z.string()),
  total: z.number(),
  totalAgorot: z.number().int(),
  standAlone: z.array(z.object({ player: z.string(), value: z.number() })),
  standAloneTotal: z.number(),
  /** Results kept before it was given have none. */
  marginalToOthers: z.array(z.object({ player: z.string(), value: z.number() })).nullable().default(null),
  saving: z.number(),
  savingPercent: z.number().nullable(),
  core: z.object({ empty: z.boolean().nullable(), leastCoreEpsilon: z.number().nullable() }),
  allocations: z.array(allocationSchema),
  /** Results computed before methods could fail on their own (feasibility studies keep them) have none. */
  failures: z.array(methodFailureSchema).default([]),
  warnings: z.array(z.union([costSharingWarningSchema, z.string()])),
});

/**
 * How one method's shares move when the joint cost moves by up to ±`range` (every group of two or
 * more; what each pays alone stays) and when one participant's quantity does, with the rise of the
 * joint cost from which each participant would do better alone (`shareSensitivity` in the engine).
 */
export const sensitivityOptionsSchema = z.strictObject({
  method: costSharingMethodSchema,
  /** A fraction: 0.2 is ±20%. */
  range: z.number().min(0.01).max(0.5).default(0.2),
  /** Points from −range to +range, odd so that no change is one of them. */
  points: z
    .number()
    .int()
    .min(3)
    .max(21)
    .refine((p) => p % 2 === 1, 'an odd number of points')
    .default(9),
});
export const sensitivityRequestSchema = z.strictObject({ input: costSharingInputSchema, ...sensitivityOptionsSchema.shape });

const sharesAtSchema = z.array(z.object({ player: z.string(), share: z.number(), saving: z.number() }));
const pointSharesSchema = z.union([
  z.object({ shares: sharesAtSchema, failure: z.null() }),
  z.object({ shares: z.null(), failure: z.enum(methodFailureCodes) }),
]);

export const sensitivitySchema = z.object({
  method: costSharingMethodSchema,
  range: z.number(),
  jointCost: z.array(z.intersection(z.object({ change: z.number(), total: z.number() }), pointSharesSchema)),
  quantities: z.array(z.object({ player: z.string(), low: pointSharesSchema, high: pointSharesSchema })).nullable(),
  breakEven: z.array(z.object({ player: z.string(), change: z.number().nullable(), exact: z.boolean(), below: z.number().nullable() })),
  searchedTo: z.number(),
});
