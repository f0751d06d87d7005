import { EngineError } from '@eshkol/engine/cost-sharing/errors';
import type { CostSharingInput as EngineInput } from '@eshkol/engine/cost-sharing/input';
import type { CostSharingResult as EngineResult } from '@eshkol/engine/cost-sharing/result';
import type { Sensitivity as EngineSensitivity, SensitivityOptions as EngineSensitivityOptions } from '@eshkol/engine/cost-sharing/sensitivity';
import { shareCosts } from '@eshkol/engine/cost-sharing/share-costs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { costSharingInputSchema, costSharingLimits, costSharingResultSchema, sensitivityOptionsSchema, sensitivitySchema, type CostSharingResult } from '../src/cost-sharing';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The schemas validate what the engine takes and returns, so the two must describe one shape:
 * `tsc -b` fails here when a field is added, dropped, made optional or retyped on one side only.
 * (`branded` compares the shapes field by field, so `A & B` equals the object with both.)
 */
describe('the schemas and the engine', () => {
  it('describe the same input and result', () => {
    expectTypeOf<z.output<typeof costSharingInputSchema>>().branded.toEqualTypeOf<EngineInput>();
    expectTypeOf<z.output<typeof costSharingResultSchema>>().branded.toEqualTypeOf<EngineResult>();
  });

  it('describe the same sensitivity analysis', () => {
    expectTypeOf<z.output<typeof sensitivityOptionsSchema>>().branded.toEqualTypeOf<EngineSensitivityOptions>();
    expectTypeOf<z.output<typeof sensitivitySchema>>().branded.toEqualTypeOf<EngineSensitivity>();
  });
});

const allMethods = ['equal', 'proportional', 'scrb', 'shapley', 'nucleolus', 'prenucleolus', 'least-core'] as const;

/** Runs the request as the API and the CLI do: schema first, engine second, result schema last. */
async function run(request: unknown): Promise<CostSharingResult> {
  const result = await shareCosts(costSharingInputSchema.parse(request));
  return costSharingResultSchema.parse(result);
}

async function engineError(request: unknown): Promise<EngineError> {
  try {
    await shareCosts(costSharingInputSchema.parse(request));
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

/** Oh & Shin (2012) manufacturing game, nucleolus as corrected by Guajardo & Jörnsten (2015). */
const ohShin = {
  kind: 'cost',
  players: ['P1', 'P2', 'P3'],
  coalitions: [
    { members: ['P1'], value: 375144 },
    { members: ['P2'], value: 245280 },
    { members: ['P3'], value: 211239 },
    { members: ['P2', 'P1'], value: 568232 },
    { members: ['P1', 'P3'], value: 551055 },
    { members: ['P3', 'P2'], value: 452411 },
    { members: ['P1', 'P2', 'P3'], value: 772500 },
  ],
  model: null,
  weights: { P1: 5, P2: 3, P3: 2 },
  methods: allMethods,
  options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
};

describe('shareCosts', () => {
  it('shares a published game by every method, with stability and savings for each share', async () => {
    const result = await run(ohShin);
    expect(result.total).toBe(772500);
    expect(result.standAloneTotal).toBe(831663);
    expect(result.saving).toBe(831663 - 772500);
    expect(result.core).toEqual({ empty: false, leastCoreEpsilon: expect.any(Number) });
    expect(result.core.leastCoreEpsilon!).toBeLessThan(0);
    expect(result.allocations.map((a) => a.method)).toEqual(allMethods);
    const byMethod = Object.fromEntries(result.allocations.map((a) => [a.method, a]));
    expect(byMethod.nucleolus!.shares.map((s) => s.share)).toEqual([331695.25, 233051.25, 207753.5].map((x) => expect.closeTo(x, 6)));
    expect(byMethod.nucleolus!.core).toEqual({ inCore: true, blockingCoalition: null, maxExcess: expect.any(Number) });
    // An equal split charges P3 more than its stand-alone cost: not individually rational.
    const equal = byMethod.equal!;
    expect(equal.shares[2]).toMatchObject({ individuallyRational: false, standAlone: 211239 });
    expect(equal.shares[2]!.saving).toBeCloseTo(211239 - 257500, 6);
    // The group that gains most by leaving is P2 and P3: 515000 charged against 452411 on their own.
    expect(equal.core).toEqual({ inCore: false, blockingCoalition: ['P2', 'P3'], maxExcess: expect.closeTo(2 * 257500 - 452411, 6) });
    for (const allocation of result.allocations) {
      expect(sum(allocation.shares.map((s) => s.shareAgorot))).toBe(result.totalAgorot);
      expect(Math.abs(sum(allocation.shares.map((s) => s.share)) - result.total)).toBeLessThan(1e-6);
    }
    expect(byMethod['least-core']!.epsilon).toBeCloseTo(result.core.leastCoreEpsilon!, 6);
  });

  it('reports the group that blocks an allocation and how much it would save by leaving', async () => {
    const result = await run({ ...ohShin, methods: ['proportional'] });
    const { core } = result.allocations[0]!;
    // Weights 5:3:2 charge P1 and P2 together 0.8 × 772500 = 618000, against 568232 on their own.
    expect(core.inCore).toBe(false);
    expect(core.maxExcess!).toBeGreaterThan(0);
    const members = core.blockingCoalition!;
    const shares = Object.fromEntries(result.allocations[0]!.shares.map((s) => [s.player, s.share]));
    const pays = sum(members.map((m) => shares[m]!));
    const alone = ohShin.coalitions.find((c) => c.members.length === members.length && members.every((m) => c.members.includes(m)))!.value;
    expect(pays - alone).toBeCloseTo(core.maxExcess!, 6);
    expect(members).toEqual(['P1', 'P2']);
    expect(core.maxExcess).toBeCloseTo(618000 - 568232, 6);
  });

  it('detects an empty core and gives the least-core ε (vehicles of capacity 2 for three participants)', async () => {
    const result = await run({
      players: ['a', 'b', 'c'],
      model: { type: 'capacity', capacity: 2, vehicleCost: 1000, perUnit: 0, quantities: { a: 1, b: 1, c: 1 } },
      methods: ['shapley', 'nucleolus', 'least-core'],
    });
    expect(result.core.empty).toBe(true);
    expect(result.core.leastCoreEpsilon).toBeCloseTo(1000 / 3, 6);
    for (const allocation of result.allocations) {
      expect(allocation.core.inCore).toBe(false);
      expect(allocation.core.blockingCoalition).toHaveLength(2);
      expect(allocation.core.maxExcess).toBeCloseTo(1000 / 3, 6);
    }
    // 2000 ₪ in thirds: 666.67 + 666.67 + 666.66, adding up to the agora.
    expect(result.allocations[0]!.shares.map((s) => s.shareAgorot)).toEqual([66667, 66667, 66666]);
  });

  it('shares a gain game (Lemaire 1991 insurance game) and reports gains as savings', async () => {
    const result = await run({
      kind: 'gain',
      players: ['1', '2', '3'],
      coalitions: [
        { members: ['1'], value: 46125 },
        { members: ['2'], value: 17437.5 },
        { members: ['3'], value: 5812.5 },
        { members: ['1', '2'], value: 69187.5 },
        { members: ['1', '3'], value: 53812.5 },
        { members: ['2', '3'], value: 30750 },
        { members: ['1', '2', '3'], value: 90000 },
      ],
      methods: ['nucleolus'],
    });
    const shares = result.allocations[0]!.shares;
    expect(shares.map((s) => s.share)).toEqual([52687.5, 24468.75, 12843.75].map((x) => expect.closeTo(x, 6)));
    expect(shares[0]!.saving).toBeCloseTo(52687.5 - 46125, 6);
    expect(result.saving).toBeCloseTo(90000 - 46125 - 17437.5 - 5812.5, 9);
  });

  it('estimates the Shapley value of all 257 authorities to a precision, drawing orders where they are needed', async () => {
    const players = Array.from({ length: 257 }, (_, i) => `loc-${i + 1}`);
    const result = await run({
      players,
      model: { type: 'power', fixed: 200000, scale: 40, exponent: 0.8, quantities: Object.fromEntries(players.map((p, i) => [p, 1000 + ((i * 7919) % 50000)])) },
      methods: ['shapley'],
      options: { shapleyPrecision: 0.005, seed: 5 },
    });
    const shares = result.allocations[0]!.shares;
    const mean = result.total / 257;
    expect(Math.max(...shares.map((s) => s.standardError!))).toBeLessThan(0.005 * mean);
  });

  it('computes the Shapley value of 257 authorities exactly when their quantities are whole, and says how', async () => {
    const players = Array.from({ length: 257 }, (_, i) => `loc-${i + 1}`);
    const result = await run({
      players,
      model: { type: 'power', fixed: 200000, scale: 40, exponent: 0.8, quantities: Object.fromEntries(players.map((p, i) => [p, 10 * (1 + ((i * 7919) % 30))])) },
      methods: ['shapley'],
    });
    const shapley = result.allocations[0]!;
    expect(shapley.shapleyMethod).toBe('quantity-dp');
    expect(shapley.sampling).toBeNull();
    expect(shapley.shares.every((s) => s.standardError === null)).toBe(true);
    expect(sum(shapley.shares.map((s) => s.shareAgorot))).toBe(result.totalAgorot);
    expect((await run(ohShin)).allocations.find((a) => a.method === 'shapley')!.shapleyMethod).toBe('table');
  });

  it('refuses fewer than 32 orders, a precision out of range, and both ways at once', () => {
    const base = { players: ['a', 'b'], model: { type: 'power', fixed: 0, scale: 1, exponent: 0.8, quantities: { a: 1, b: 2 } }, methods: ['shapley'] };
    for (const options of [{ shapleySamples: 31 }, { shapleyPrecision: 0 }, { shapleyPrecision: 0.5 }, { shapleySamples: 100, shapleyPrecision: 0.01 }]) {
      expect(costSharingInputSchema.safeParse({ ...base, options }).success, JSON.stringify(options)).toBe(false);
    }
    expect(costSharingInputSchema.safeParse({ ...base, options: { shapleySamples: 32 } }).success).toBe(true);
  });

  it('estimates the Shapley value by sampling for hundreds of participants, with a standard error each', async () => {
    const players = Array.from({ length: 257 }, (_, i) => `loc-${i + 1}`);
    const result = await run({
      players,
      model: { type: 'power', fixed: 200000, scale: 40, exponent: 0.8, quantities: Object.fromEntries(players.map((p, i) => [p, 1000 + ((i * 7919) % 50000)])) },
      methods: ['shapley', 'proportional', 'equal', 'scrb'],
      options: { shapleySamples: 32, seed: 5 },
    });
    const shapley = result.allocations[0]!;
    expect(shapley.sampling).toEqual({ orders: 32, evaluations: 32 * 2 * 257 * 257 });
    expect(shapley.shapleyMethod).toBe('sampled');
    expect(result.allocations.slice(1).every((a) => !('shapleyMethod' in a))).toBe(true);
    expect(shapley.shares.every((s) => s.standardError !== null && s.standardError > 0)).toBe(true);
    expect(shapley.core.inCore).toBeNull();
    expect(result.core).toEqual({ empty: null, leastCoreEpsilon: null });
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'CORE_NOT_EXAMINED', values: { max: 20 } })]);
    // Proportional weights default to the model's quantities.
    expect(result.allocations[1]!.shares[0]!.share).toBeCloseTo((result.total * 1000) / players.reduce((s, _, i) => s + 1000 + ((i * 7919) % 50000), 0), 6);
  });

  it('refuses exact methods for too many participants before computing anything, and says what to use', async () => {
    const players = Array.from({ length: 30 }, (_, i) => `p${i}`);
    // Thirds have no common decimal step: beyond 25 participants the Shapley value can only be sampled.
    const model = { type: 'power', scale: 1, exponent: 0.5, quantities: Object.fromEntries(players.map((p, i) => [p, (i + 1) / 3])) };
    const shapley = await engineError({ players, model, methods: ['shapley'] });
    expect(shapley.code).toBe('TOO_MANY_PLAYERS');
    expect(shapley.messages.en).toMatch(/sampling/);
    expect(shapley.messages.he).toMatch(/דגימה/);
    // With a method that can be computed, the one beyond its limit fails alone.
    const partial = await run({ players, model, methods: ['equal', 'nucleolus'] });
    expect(partial.allocations.map((a) => a.method)).toEqual(['equal']);
    expect(partial.failures).toEqual([expect.objectContaining({ method: 'nucleolus', code: 'TOO_MANY_PLAYERS', params: { computation: 'nucleolus', players: 30, limit: costSharingLimits.maxNucleolusPlayers } })]);
  });

  it.each([
    ['proportional without weights', { ...ohShin, weights: null, methods: ['proportional'] }, 'INVALID_WEIGHTS'],
    ['a weight for a stranger', { ...ohShin, weights: { P1: 1, P2: 1, P3: 1, P4: 1 } }, 'UNKNOWN_PLAYER'],
    ['a missing group', { ...ohShin, coalitions: ohShin.coalitions.slice(1) }, 'MISSING_COALITION'],
    ['a group with a stranger', { ...ohShin, coalitions: [...ohShin.coalitions.slice(1), { members: ['P1', 'X'], value: 1 }] }, 'UNKNOWN_PLAYER'],
  ])('refuses %s', async (_, request, code) => {
    expect((await engineError(request)).code).toBe(code);
  });

  it('the schema refuses a request with both groups and a model, or duplicate participants', () => {
    const model = { type: 'power', scale: 1, exponent: 0.5, quantities: { P1: 1, P2: 1, P3: 1 } };
    expect(costSharingInputSchema.safeParse({ ...ohShin, model }).success).toBe(false);
    expect(costSharingInputSchema.safeParse({ ...ohShin, players: ['P1', 'P1', 'P3'] }).success).toBe(false);
  });

  const facility = { type: 'airport', segments: [{ from: 0, unitCost: 1000 }], levels: { P1: 1, P2: 2.5, P3: 4 } };

  it('takes a facility used up to each participant level instead of groups or a model, within the ranges of a model', async () => {
    const request = { players: ['P1', 'P2', 'P3'], facility, methods: ['shapley', 'proportional'] };
    expect(costSharingInputSchema.parse(request).facility).toEqual({ ...facility, fixed: 0 });
    const result = await run(request);
    // 1000 a unit of level: the first unit serves all three, the next 1.5 two of them, the last 1.5 P3 alone.
    expect(result.allocations[0]!.shares.map((s) => s.share)).toEqual([1000 / 3, 1000 / 3 + 750, 1000 / 3 + 750 + 1500].map((x) => expect.closeTo(x, 9)));
    expect(result.allocations[0]!.shapleyMethod).toBe('airport');
    for (const wrong of [
      { ...facility, segments: [{ from: 1, unitCost: 1000 }] },
      { ...facility, segments: [{ from: 0, unitCost: 1000 }, { from: 0, unitCost: 10 }] },
      { ...facility, segments: [{ from: 0, unitCost: costSharingLimits.maxMoney + 1 }] },
      { ...facility, levels: { ...facility.levels, P3: costSharingLimits.maxQuantity + 1 } },
      { ...facility, levels: { ...facility.levels, P3: -1 } },
      { ...facility, type: 'runway' },
    ]) {
      expect(costSharingInputSchema.safeParse({ ...request, facility: wrong }).success, JSON.stringify(wrong)).toBe(false);
    }
    expect(costSharingInputSchema.safeParse({ ...ohShin, facility }).success).toBe(false);
  });
});

describe('blocs for the Owen value', () => {
  const blocs = { P1: ' Galilee ', P2: 'Galilee', P3: 'Golan' };

  it('are trimmed, so that one bloc written twice is one bloc, and give the Owen value beside Shapley and Banzhaf', async () => {
    expect(costSharingInputSchema.parse({ ...ohShin, blocs }).blocs).toEqual({ P1: 'Galilee', P2: 'Galilee', P3: 'Golan' });
    const result = await run({ ...ohShin, blocs, methods: ['shapley', 'owen', 'banzhaf'] });
    expect(result.failures).toEqual([]);
    expect(result.allocations.map((a) => a.method)).toEqual(['shapley', 'owen', 'banzhaf']);
    // P3 alone against the bloc {P1, P2}: (211239 + 772500 − 568232) / 2.
    expect(result.allocations[1]!.shares[2]!.share).toBeCloseTo((211239 + 772500 - 568232) / 2, 6);
    for (const allocation of result.allocations) expect(sum(allocation.shares.map((s) => s.shareAgorot))).toBe(result.totalAgorot);
  });

  it('are refused for someone who is not a participant, and when a name is empty or too long', () => {
    const stranger = costSharingInputSchema.safeParse({ ...ohShin, blocs: { ...blocs, P4: 'Golan' } });
    expect(stranger.error?.issues).toEqual([expect.objectContaining({ code: 'custom', path: ['blocs', 'P4'], params: { player: 'P4' } })]);
    for (const name of ['  ', 'x'.repeat(121)]) expect(costSharingInputSchema.safeParse({ ...ohShin, blocs: { ...blocs, P3: name } }).success, name).toBe(false);
    expect(costSharingInputSchema.safeParse({ ...ohShin, blocs: null }).success).toBe(true);
  });
});

describe('a result kept before methods could fail on their own', () => {
  it('still reads, with no failures', async () => {
    const { failures, ...kept } = await run({ ...ohShin, methods: ['shapley'] });
    expect(failures).toEqual([]);
    expect('failures' in kept).toBe(false);
    const read = costSharingResultSchema.parse(JSON.parse(JSON.stringify(kept)));
    expect(read.failures).toEqual([]);
    expect(read.allocations).toEqual(kept.allocations);
  });

  it('still reads when its Shapley value does not say how it was computed', async () => {
    const result = await run({ ...ohShin, methods: ['shapley'] });
    const kept = { ...result, allocations: result.allocations.map(({ shapleyMethod: _, ...allocation }) => allocation) };
    const read = costSharingResultSchema.parse(JSON.parse(JSON.stringify(kept)));
    expect('shapleyMethod' in read.allocations[0]!).toBe(false);
  });
});
