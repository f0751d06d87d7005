import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gameFromFacility } from '../src/cost-sharing/build-game';
import type { FacilityModel } from '../src/cost-sharing/cost-models';
import { coalitionValue, grandValue } from '../src/cost-sharing/game';
import type { CostSharingInput, FacilityInput } from '../src/cost-sharing/input';
import { shapleyValue } from '../src/cost-sharing/shapley';
import { shapleyExact } from '../src/cost-sharing/shapley-exact';
import { shapleySampled } from '../src/cost-sharing/shapley-sampled';
import { shareCosts } from '../src/cost-sharing/share-costs';
import { engineError, sum } from './helpers';

const names = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const exactly = { shapleySamples: null, shapleyPrecision: null, seed: 1 };

/**
 * A road from a junction (200,000 ₪): 100,000 ₪ a km for the first 6 km, 60,000 beyond; A needs
 * 4 km of it, B 8 and C 12. By hand: the first 4 km and the junction (600,000) serve all three,
 * 200,000 each; km 4–8 (2 × 100,000 + 2 × 60,000 = 320,000) serve B and C, 160,000 each; km 8–12
 * (240,000) serve C alone. So A pays 200,000, B 360,000 and C 600,000, of 1,160,000.
 */
const road: FacilityInput = {
  type: 'airport',
  fixed: 200_000,
  segments: [
    { from: 0, unitCost: 100_000 },
    { from: 6, unitCost: 60_000 },
  ],
  levels: { A: 4, B: 8, C: 12 },
};
const request = (facility: FacilityInput, players = Object.keys(facility.levels)): CostSharingInput => ({
  kind: 'cost',
  players,
  coalitions: null,
  model: null,
  facility,
  weights: null,
  methods: ['shapley', 'nucleolus', 'proportional'],
  options: exactly,
});

describe('a facility used up to each participant level (the airport game)', () => {
  it('prices a group at the facility up to its highest level', () => {
    const game = gameFromFacility('cost', ['A', 'B', 'C'], road);
    expect(coalitionValue(game, [0])).toBe(600_000);
    expect(coalitionValue(game, [0, 1])).toBe(920_000);
    expect(coalitionValue(game, [0, 2])).toBe(1_160_000);
    expect(grandValue(game)).toBe(1_160_000);
  });

  it('shares the road of the example by hand, in the core, with the nucleolus from the LPs beside it', async () => {
    const result = await shareCosts(request(road));
    const [shapley, nucleolus, proportional] = result.allocations;
    expect(shapley!.shapleyMethod).toBe('airport');
    expect(shapley!.shares.map((s) => s.shareAgorot)).toEqual([20_000_000, 36_000_000, 60_000_000]);
    expect(shapley!.shares.map((s) => s.saving)).toEqual([400_000, 560_000, 560_000]);
    expect(shapley!.core.inCore).toBe(true);
    expect(nucleolus!.core.inCore).toBe(true);
    // Proportional weights default to the levels: 4 : 8 : 12.
    expect(proportional!.shares.map((s) => s.share)).toEqual([1_160_000 / 6, 1_160_000 / 3, 1_160_000 / 2].map((x) => expect.closeTo(x, 6)));
  });

  /** A random facility of up to 14 participants, levels from a few values (so many tie), perhaps with measured stand-alone costs. */
  const facilities = fc
    .record({
      n: fc.integer({ min: 1, max: 14 }),
      fixed: fc.integer({ min: 0, max: 100_000 }),
      segments: fc.array(fc.record({ length: fc.integer({ min: 1, max: 20 }), unitCost: fc.integer({ min: 0, max: 50_000 }) }), { minLength: 1, maxLength: 4 }),
      levels: fc.array(fc.constantFrom(0, 2.5, 7, 7, 13, 30), { minLength: 14, maxLength: 14 }),
      measured: fc.array(fc.option(fc.integer({ min: 0, max: 2_000_000 })), { minLength: 14, maxLength: 14 }),
      kind: fc.constantFrom('cost' as const, 'gain' as const),
    })
    .map(({ n, fixed, segments, levels, measured, kind }) => {
      let from = 0;
      const model: FacilityModel = { type: 'airport', fixed, segments: segments.map((s) => ({ from: (from += s.length) - s.length, unitCost: s.unitCost })) };
      const players = names(n);
      const standAloneCosts = Object.fromEntries(players.flatMap((p, i) => (measured[i] === null ? [] : [[p, measured[i]!]])));
      return gameFromFacility(kind, players, { ...model, levels: Object.fromEntries(players.map((p, i) => [p, levels[i]!])), standAloneCosts });
    });

  it('gives by its closed form the Shapley value from every group, ties of levels and measured costs included', () => {
    fc.assert(
      fc.property(facilities, (game) => {
        const { shares, shapleyMethod } = shapleyValue(game, exactly);
        expect(shapleyMethod).toBe('airport');
        const byTable = shapleyExact(game);
        const scale = Math.max(1, ...byTable.map(Math.abs));
        byTable.forEach((expected, i) => expect(Math.abs(shares[i]! - expected)).toBeLessThanOrEqual(1e-9 * scale));
      }),
      { numRuns: 80 },
    );
  });

  it('shares among 1,000 participants at once: equal levels pay alike, the shares add up, and sampling agrees', async () => {
    const players = names(1000);
    const facility: FacilityInput = { ...road, levels: Object.fromEntries(players.map((p, i) => [p, 0.5 * (1 + (i % 40))])) };
    // Its speed is measured by the engine's benchmark (2,000 participants), not here.
    const result = await shareCosts({ ...request(facility, players), methods: ['shapley'] });
    const shares = result.allocations[0]!.shares.map((s) => s.share);
    expect(Math.abs(sum(shares) - result.total)).toBeLessThan(1e-6);
    expect(sum(result.allocations[0]!.shares.map((s) => s.shareAgorot))).toBe(result.totalAgorot);
    expect(shares[0]).toBeCloseTo(shares[40]!, 9);
    // A participant at level 20 (the highest) pays most; one at 0.5 least.
    expect(Math.max(...shares)).toBeCloseTo(shares[39]!, 9);
    expect(Math.min(...shares)).toBeCloseTo(shares[0]!, 9);
    const few = names(60);
    const game = gameFromFacility('cost', few, { ...road, levels: Object.fromEntries(few.map((p, i) => [p, 0.5 * (1 + (i % 40))])) });
    const exact = shapleyValue(game, exactly).shares;
    // Marginal costs here are mostly 0 and now and then large: the standard errors need many orders to be trusted.
    const sampled = shapleySampled(game, { seed: 4, orders: 1000 });
    exact.forEach((share, i) => expect(Math.abs(share - sampled.shares[i]!)).toBeLessThan(5 * sampled.standardErrors[i]! + 1e-9));
  });

  it.each([
    ['a first segment that does not start at 0', { ...road, segments: [{ from: 1, unitCost: 5 }] }, 'INVALID_MODEL'],
    ['segments out of order', { ...road, segments: [{ from: 0, unitCost: 5 }, { from: 0, unitCost: 4 }] }, 'INVALID_MODEL'],
    ['a participant without a level', { ...road, levels: { A: 4, B: 8 } }, 'MISSING_QUANTITY'],
    ['a level for a stranger', { ...road, levels: { ...road.levels, D: 1 } }, 'UNKNOWN_PLAYER'],
    ['a negative level', { ...road, levels: { ...road.levels, A: -1 } }, 'INVALID_VALUE'],
    ['a facility dearer than ten billion shekels', { ...road, levels: { ...road.levels, C: 1e6 } }, 'VALUE_TOO_LARGE'],
  ])('refuses %s', async (_, facility, code) => {
    const error = await engineError(request(facility, ['A', 'B', 'C']));
    expect(error.code).toBe(code);
    if (code === 'MISSING_QUANTITY') expect(error.messages.en).toContain('level');
  });

  it('is one source of the game: not with a cost model besides', async () => {
    const both = { ...request(road), model: { type: 'power' as const, fixed: 0, scale: 1, exponent: 1, quantities: road.levels } };
    expect((await engineError(both)).code).toBe('GAME_SOURCE');
  });
});
