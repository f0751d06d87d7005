import { describe, expect, it } from 'vitest';
import { EngineError } from '../src/cost-sharing/errors';
import type { CostSharingInput, CostSharingMethod } from '../src/cost-sharing/input';
import { breakEvenSearch, shareSensitivity, withJointCost } from '../src/cost-sharing/sensitivity';
import { shareCosts } from '../src/cost-sharing/share-costs';

/**
 * Four authorities of a waste tender, priced by a power model with economies of scale; two of
 * them know what they pay alone today, which the analysis holds while the joint cost moves.
 */
function tender(methods: CostSharingMethod[]): CostSharingInput {
  return {
    kind: 'cost',
    players: ['safed', 'rosh-pina', 'hatzor', 'upper-galilee'],
    coalitions: null,
    model: {
      type: 'power',
      fixed: 400_000,
      scale: 900,
      exponent: 0.8,
      quantities: { safed: 12_000, 'rosh-pina': 2_500, hatzor: 3_400, 'upper-galilee': 7_800 },
      standAloneCosts: { safed: 2_900_000, hatzor: 1_050_000 },
    },
    weights: null,
    methods,
    options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
  };
}

const shareOf = async (input: CostSharingInput, method: CostSharingMethod) => (await shareCosts({ ...input, methods: [method] })).allocations[0]!.shares;
const options = (method: CostSharingMethod) => ({ method, range: 0.2, points: 5 });

describe('sensitivity of the shares', () => {
  it('moves the joint cost of every group of two or more and holds what each pays alone', async () => {
    const input = tender(['shapley']);
    const base = await shareCosts(input);
    const up = await shareCosts(withJointCost(input, base, 0.2));
    expect(up.standAlone).toEqual(base.standAlone);
    expect(up.total).toBeCloseTo(base.total * 1.2, 6);

    // The same on a game given group by group: pairs and the whole group move, each one alone does not.
    const explicit: CostSharingInput = {
      ...input,
      model: null,
      coalitions: [
        { members: ['a'], value: 100 },
        { members: ['b'], value: 200 },
        { members: ['a', 'b'], value: 250 },
      ],
      players: ['a', 'b'],
    };
    const moved = withJointCost(explicit, await shareCosts(explicit), -0.1);
    expect(moved.coalitions!.map((c) => c.value)).toEqual([100, 200, 225]);
  });

  it("moves a facility's prices the same way, and holds what each pays alone", async () => {
    const road: CostSharingInput = {
      kind: 'cost',
      players: ['A', 'B', 'C'],
      coalitions: null,
      model: null,
      facility: { type: 'airport', fixed: 200_000, segments: [{ from: 0, unitCost: 100_000 }, { from: 6, unitCost: 60_000 }], levels: { A: 4, B: 8, C: 12 } },
      weights: null,
      methods: ['shapley'],
      options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
    };
    const base = await shareCosts(road);
    const up = await shareCosts(withJointCost(road, base, 0.1));
    expect(up.standAlone).toEqual(base.standAlone);
    expect(up.total).toBeCloseTo(base.total * 1.1, 6);
    const s = await shareSensitivity(road, options('shapley'));
    expect(s.quantities).toBeNull();
    expect(s.jointCost[2]!.shares!.map((x) => x.share)).toEqual(base.allocations[0]!.shares.map((x) => x.share));
  });

  it('gives each point of the range the shares the method gives there, from −20% to +20%', async () => {
    const input = tender(['shapley']);
    const base = await shareCosts(input);
    const s = await shareSensitivity(input, options('shapley'));
    expect(s.jointCost.map((p) => p.change)).toEqual([-0.2, -0.1, 0, 0.1, 0.2]);
    for (const point of s.jointCost) {
      const direct = await shareOf(withJointCost(input, base, point.change), 'shapley');
      expect(point.shares!.map((x) => x.share)).toEqual(direct.map((x) => x.share));
    }
    // Shapley shares are linear in the change: the middle of two points is the point between them.
    const [low, , mid, , high] = s.jointCost;
    mid!.shares!.forEach((x, i) => expect(x.share).toBeCloseTo((low!.shares![i]!.share + high!.shares![i]!.share) / 2, 6));
  });

  it("gives everyone's shares when one authority's quantity moves by the range either way", async () => {
    const input = tender(['proportional', 'shapley']);
    const s = await shareSensitivity(input, options('shapley'));
    expect(s.quantities!.map((q) => q.player)).toEqual(input.players);
    const rosh = s.quantities!.find((q) => q.player === 'rosh-pina')!;
    const model = input.model!;
    const more = await shareOf({ ...input, model: { ...model, quantities: { ...model.quantities, 'rosh-pina': 2_500 * 1.2 } } }, 'shapley');
    expect(rosh.high.shares!.map((x) => x.share)).toEqual(more.map((x) => x.share));
    expect(rosh.low.shares![1]!.share).toBeLessThan(rosh.high.shares![1]!.share);
  });

  it('finds exactly how far the joint cost may rise before an authority would do better alone (Shapley)', async () => {
    const input = tender(['shapley']);
    const base = await shareCosts(input);
    const s = await shareSensitivity(input, options('shapley'));
    expect(s.searchedTo).toBe(breakEvenSearch.upTo);
    const reached = s.breakEven.filter((b) => b.change !== null && b.change > 0);
    expect(reached.length).toBeGreaterThan(0);
    for (const b of reached) {
      expect(b.exact).toBe(true);
      const at = (await shareOf(withJointCost(input, base, b.change!), 'shapley')).find((x) => x.player === b.player)!;
      expect(Math.abs(at.saving)).toBeLessThan(0.01);
      const before = (await shareOf(withJointCost(input, base, b.change! - 0.01), 'shapley')).find((x) => x.player === b.player)!;
      expect(before.saving).toBeGreaterThan(0);
    }
  });

  it('brackets the break-even on a grid where shares are not linear (sampled Shapley): worse off at the step found, not at the step before', async () => {
    const input: CostSharingInput = { ...tender(['shapley']), options: { shapleySamples: 400, shapleyPrecision: null, seed: 7 } };
    const base = await shareCosts(input);
    const s = await shareSensitivity(input, options('shapley'));
    const reached = s.breakEven.filter((x) => x.change !== null && x.change > 0);
    expect(reached.length).toBeGreaterThan(0);
    for (const b of reached) {
      expect(b.exact).toBe(false);
      expect(b.change! - b.below!).toBeCloseTo(breakEvenSearch.step, 12);
      const at = (await shareOf(withJointCost(input, base, b.change!), 'shapley')).find((x) => x.player === b.player)!;
      expect(at.saving).toBeLessThan(0);
      const before = (await shareOf(withJointCost(input, base, b.below!), 'shapley')).find((x) => x.player === b.player)!;
      expect(before.saving).toBeGreaterThanOrEqual(-0.005);
    }
  });

  it('finds no break-even for the nucleolus, which never leaves anyone worse off than alone, up to where it is undefined', async () => {
    const input = tender(['nucleolus']);
    const base = await shareCosts(input);
    const s = await shareSensitivity(input, options('nucleolus'));
    expect(s.breakEven.map((b) => b.change)).toEqual([null, null, null, null]);
    // Together costs more than apart beyond (Σ alone / joint − 1): the search went to the last step below it.
    const limit = base.standAloneTotal / base.total - 1;
    expect(s.searchedTo).toBeLessThanOrEqual(limit);
    expect(s.searchedTo).toBeGreaterThan(limit - breakEvenSearch.step);
  });

  it('says where the method fails inside the range instead of failing the whole analysis', async () => {
    // Together costs 280 against 300 apart: 10% more and the imputation set is empty, so the nucleolus is undefined.
    const input: CostSharingInput = {
      kind: 'cost',
      players: ['a', 'b'],
      coalitions: [
        { members: ['a'], value: 100 },
        { members: ['b'], value: 200 },
        { members: ['a', 'b'], value: 280 },
      ],
      model: null,
      weights: null,
      methods: ['nucleolus'],
      options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
    };
    const s = await shareSensitivity(input, { method: 'nucleolus', range: 0.2, points: 5 });
    expect(s.jointCost.map((p) => p.failure)).toEqual([null, null, null, 'EMPTY_IMPUTATION_SET', 'EMPTY_IMPUTATION_SET']);
    expect(s.quantities).toBeNull();
    // Both pay half the saving less at +5%, and the search stops before +10%.
    expect(s.searchedTo).toBeCloseTo(0.05, 9);
    expect(s.breakEven.map((b) => b.change)).toEqual([null, null]);
  });

  it.each([
    [{ range: 0 }, 'INVALID_SENSITIVITY'],
    [{ range: 0.6 }, 'INVALID_SENSITIVITY'],
    [{ points: 4 }, 'INVALID_SENSITIVITY'],
    [{ points: 23 }, 'INVALID_SENSITIVITY'],
  ])('refuses %j with %s', async (change, code) => {
    await expect(shareSensitivity(tender(['shapley']), { ...options('shapley'), ...change })).rejects.toMatchObject({ code });
  });

  it('refuses the methods solved by linear programs beyond 12 participants, saying what to analyse instead', async () => {
    const players = Array.from({ length: 13 }, (_, i) => `p${i}`);
    const input: CostSharingInput = {
      ...tender(['nucleolus']),
      players,
      model: { type: 'power', fixed: 1000, scale: 10, exponent: 0.7, quantities: Object.fromEntries(players.map((p, i) => [p, 100 + i])) },
    };
    const refusal = await shareSensitivity(input, options('nucleolus')).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(EngineError);
    expect(refusal).toMatchObject({ code: 'TOO_MANY_PLAYERS', params: { computation: 'sensitivity', players: 13, limit: 12 } });
    await expect(shareSensitivity(input, options('shapley'))).resolves.toMatchObject({ method: 'shapley' });
  });
});
