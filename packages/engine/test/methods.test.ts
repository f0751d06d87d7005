import { describe, expect, it } from 'vitest';
import { gameFromModel } from '../src/cost-sharing/build-game';
import { equalSplit } from '../src/cost-sharing/equal-split';
import { EngineError } from '../src/cost-sharing/errors';
import { leastCore } from '../src/cost-sharing/least-core';
import { nucleolus, prenucleolus } from '../src/cost-sharing/nucleolus';
import { proportionalSplit } from '../src/cost-sharing/proportional';
import { roundToAgorot } from '../src/cost-sharing/rounding';
import { scrb } from '../src/cost-sharing/scrb';
import { shapleyExact } from '../src/cost-sharing/shapley-exact';
import { shapleySampled } from '../src/cost-sharing/shapley-sampled';
import { expectClose, sizeOrder, sum, tableGame } from './helpers';

async function codeOf(f: () => unknown): Promise<string | undefined> {
  try {
    await f();
  } catch (error) {
    if (error instanceof EngineError) return error.code;
    throw error;
  }
  return undefined;
}

const game = tableGame('cost', 3, sizeOrder(3), [60, 40, 20, 90, 75, 55, 100]);

describe('equal and proportional splits', () => {
  it('split the total equally or by weight', () => {
    expectClose(equalSplit(game), [100 / 3, 100 / 3, 100 / 3], 1e-12);
    expectClose(proportionalSplit(game, [5, 3, 2]), [50, 30, 20], 1e-12);
    expect(sum(proportionalSplit(game, [1, 1, 1]))).toBe(100);
  });

  it.each([
    ['a negative weight', [1, -1, 1]],
    ['weights adding up to zero', [0, 0, 0]],
    ['a missing weight', [1, 1]],
  ])('refuse %s', async (_, weights) => {
    expect(await codeOf(() => proportionalSplit(game, weights))).toBe('INVALID_WEIGHTS');
  });
});

describe('rounding to agorot by the largest remainder method', () => {
  it.each([
    { shares: [1 / 3, 1 / 3, 1 / 3], total: 1, expected: [34, 33, 33] },
    { shares: [2 / 3, 2 / 3, 2 / 3], total: 2, expected: [67, 67, 66] },
    { shares: [10.005, 10.005, 9.99], total: 30, expected: [1001, 1000, 999] },
    { shares: [12.34, 7.66], total: 20, expected: [1234, 766] },
    { shares: [-4, 3, 3.005], total: 2.005, expected: [-400, 300, 301] },
    { shares: [0.004, 0.004, 0.004, 0.004], total: 0.016, expected: [1, 1, 0, 0] },
  ])('$shares → $expected', ({ shares, total, expected }) => {
    const rounded = roundToAgorot(shares, total);
    expect(rounded.shares).toEqual(expected);
    expect(sum(rounded.shares)).toBe(rounded.total);
  });

  it('always adds up to the rounded total and moves no share by an agora or more', () => {
    for (let trial = 0; trial < 200; trial++) {
      const shares = Array.from({ length: 1 + (trial % 9) }, (_, i) => Math.sin(trial * 7 + i) * 1000);
      const total = shares.reduce((a, b) => a + b, 0);
      const rounded = roundToAgorot(shares, total);
      expect(sum(rounded.shares)).toBe(rounded.total);
      rounded.shares.forEach((a, i) => expect(Math.abs(a - shares[i]! * 100)).toBeLessThan(1));
    }
  });

  it('spreads a gap of many agorot evenly, in as many steps as there are shares', () => {
    const rounded = roundToAgorot([0, 0, 0], 1_000_000);
    expect(rounded.shares).toEqual([33_333_334, 33_333_333, 33_333_333]);
    expect(sum(rounded.shares)).toBe(100_000_000);
  });

  it.each([
    ['an infinite total', [1, 2], Number.POSITIVE_INFINITY],
    ['a total that is not a number', [1, 2], Number.NaN],
    ['a total beyond whole agorot', [1e307, 1e307], 2e307],
    ['a share beyond whole agorot', [1e20, -1e20], 0],
  ])('refuses %s at once instead of counting agorot for ever', (_, shares, total) => {
    expect(() => roundToAgorot(shares, total)).toThrow(RangeError);
  });
});

describe('SCRB', () => {
  it('is undefined when no participant has a remaining benefit but a non-separable cost remains', async () => {
    // c(i) = c(ij) = 1, c(N) = 2: m_i = c(N) − c(N∖i) = 1 = c(i), so r = 0, yet c(N) − Σm = −1.
    const flat = tableGame('cost', 3, sizeOrder(3), [1, 1, 1, 1, 1, 1, 2]);
    expect(await codeOf(() => scrb(flat))).toBe('SCRB_UNDEFINED');
  });
});

describe('sampled Shapley value', () => {
  const players = Array.from({ length: 40 }, (_, i) => `a${i}`);
  const spec = {
    type: 'power',
    fixed: 5000,
    scale: 30,
    exponent: 0.7,
    quantities: Object.fromEntries(players.map((p, i) => [p, 100 + ((i * 7919) % 1000)])),
  } as const;
  const large = gameFromModel('cost', players, spec);

  it('is reproducible from its seed, and differs with another seed', () => {
    const a = shapleySampled(large, { seed: 7, orders: 20 });
    const b = shapleySampled(large, { seed: 7, orders: 20 });
    const c = shapleySampled(large, { seed: 8, orders: 20 });
    expect(Array.from(a.shares)).toEqual(Array.from(b.shares));
    expect(Array.from(a.shares)).not.toEqual(Array.from(c.shares));
    expect(a.orders).toBe(20);
    expect(a.evaluations).toBe(20 * 2 * 40 * 40);
  });

  it('adds up to the joint cost exactly, whatever the sample', () => {
    const { shares } = shapleySampled(large, { seed: 3, orders: 5 });
    expect(sum(shares)).toBeCloseTo(large.cost(sum(large.quantities)), 6);
  });

  it('samples until the standard error is below the target', () => {
    const result = shapleySampled(large, { seed: 1, targetRelativeError: 0.001 });
    const mean = sum(result.shares) / players.length;
    expect(Math.max(...result.standardErrors)).toBeLessThanOrEqual(0.001 * mean);
  });
});

describe('limits and impossible requests', () => {
  const players = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
  const powerGame = (n: number) =>
    gameFromModel('cost', players(n), { type: 'power', fixed: 0, scale: 1, exponent: 0.5, quantities: Object.fromEntries(players(n).map((p) => [p, 1])) });

  it('exact Shapley refuses more than 25 participants and points to sampling', async () => {
    const error = await leastCoreOrShapleyError(() => shapleyExact(powerGame(26)));
    expect(error.code).toBe('TOO_MANY_PLAYERS');
    expect(error.messages.en).toContain('shapleySamples');
  });

  it('the nucleolus refuses more than 20 participants (the largest cluster has 19), the least core more than 20', async () => {
    expect(await codeOf(() => nucleolus(powerGame(21)))).toBe('TOO_MANY_PLAYERS');
    expect(await codeOf(() => prenucleolus(powerGame(21)))).toBe('TOO_MANY_PLAYERS');
    expect(await codeOf(() => leastCore(powerGame(21)))).toBe('TOO_MANY_PLAYERS');
  });

  it('the nucleolus of 19 participants, as many as the largest cluster has, even when every group of a size ties', async () => {
    // Equal quantities: every group of k costs the same, and the nucleolus is the equal split.
    const game = powerGame(19);
    const { shares } = await nucleolus(game);
    expectClose(shares, new Array<number>(19).fill(Math.sqrt(19) / 19), 1e-12);
  });

  it('the nucleolus is undefined when the participants cost more together than apart', async () => {
    const superadditive = tableGame('cost', 2, [1, 2, 3], [1, 1, 3]);
    expect(await codeOf(() => nucleolus(superadditive))).toBe('EMPTY_IMPUTATION_SET');
    expectClose((await prenucleolus(superadditive)).shares, [1.5, 1.5]);
  });
});

async function leastCoreOrShapleyError(f: () => unknown): Promise<EngineError> {
  try {
    await f();
  } catch (error) {
    if (error instanceof EngineError) return error;
  }
  throw new Error('expected an EngineError');
}

describe('an empty core', () => {
  it('vehicles of capacity 2 for three participants of 1 unit: least-core ε = 1/3', async () => {
    // c(i) = c(ij) = 1 vehicle, c(N) = 2: pairs would pay 1 but the three together need 2, so
    // every allocation leaves some pair paying 4/3 or more; the least core is (2/3, 2/3, 2/3).
    const vehicles = gameFromModel('cost', ['a', 'b', 'c'], { type: 'capacity', fixed: 0, capacity: 2, vehicleCost: 1, perUnit: 0, quantities: { a: 1, b: 1, c: 1 } });
    const core = await leastCore(vehicles);
    expect(core.epsilon).toBeCloseTo(1 / 3, 9);
    expectClose(core.shares, [2 / 3, 2 / 3, 2 / 3]);
    expectClose((await nucleolus(vehicles)).shares, [2 / 3, 2 / 3, 2 / 3]);
  });
});
