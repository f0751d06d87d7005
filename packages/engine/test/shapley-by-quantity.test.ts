import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gameFromModel } from '../src/cost-sharing/build-game';
import type { CostModel } from '../src/cost-sharing/cost-models';
import { gaussLegendre } from '../src/cost-sharing/gauss-legendre';
import type { CostSharingInput } from '../src/cost-sharing/input';
import { limits } from '../src/cost-sharing/limits';
import { exactShapleyWay, shapleyByTotalQuantity } from '../src/cost-sharing/shapley';
import { quantityGrid } from '../src/cost-sharing/shapley-by-quantity';
import { shapleyExact } from '../src/cost-sharing/shapley-exact';
import { shapleySampled } from '../src/cost-sharing/shapley-sampled';
import { shareCosts } from '../src/cost-sharing/share-costs';
import { engineError, sum } from './helpers';

const names = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

describe('Gauss–Legendre quadrature on [0, 1]', () => {
  it.each([2, 10, 130, 1000])('with %i nodes integrates every power below 2m exactly, in pairs t, 1 − t', (m) => {
    const { nodes, weights } = gaussLegendre(m);
    for (const k of [0, 1, 2, m - 1, 2 * m - 1]) {
      let integral = 0;
      for (let j = 0; j < m; j++) integral += weights[j]! * nodes[j]! ** k;
      expect(Math.abs(integral - 1 / (k + 1)) * (k + 1)).toBeLessThan(1e-13);
    }
    for (let j = 0; j < m; j++) expect(nodes[j]! + nodes[m - 1 - j]!).toBeCloseTo(1, 15);
    expect(nodes[m / 2 - 1]!).toBeLessThan(0.5);
  });
});

describe('the common step of the quantities', () => {
  it('is the largest whole or decimal step they are all multiples of', () => {
    expect(Array.from(quantityGrid([100, 250, 0, 1000])!.units)).toEqual([2, 5, 0, 20]);
    const halves = quantityGrid([0.5, 3, 12.5])!;
    expect(Array.from(halves.units)).toEqual([1, 6, 25]);
    expect(halves.quantityOf(halves.total)).toBe(16);
    // Three steps of 0.1 are 0.3, as the quantities say, not 0.1 + 0.1 + 0.1.
    expect(quantityGrid([0.1, 0.2])!.quantityOf(3)).toBe(0.3);
    expect(quantityGrid([0, 0])!.total).toBe(0);
  });

  it('does not exist for thirds, nor when everyone together is too many steps', () => {
    expect(quantityGrid([1 / 3, 1])).toBeNull();
    expect(quantityGrid([1, limits.maxQuantitySteps])).toBeNull();
    expect(quantityGrid([1, limits.maxQuantitySteps - 1])).not.toBeNull();
  });
});

/** A random cost model of every kind, its quantities whole multiples of a step, perhaps with measured stand-alone costs. */
const modelGames = fc
  .record({
    n: fc.integer({ min: 6, max: 14 }),
    step: fc.constantFrom(1, 0.5, 0.25, 3),
    model: fc.oneof(
      fc.record({ type: fc.constant('power' as const), fixed: fc.integer({ min: 0, max: 5000 }), scale: fc.integer({ min: 1, max: 300 }), exponent: fc.double({ min: 0.3, max: 1.2, noNaN: true }) }),
      fc.record({
        type: fc.constant('tiered' as const),
        fixed: fc.integer({ min: 0, max: 5000 }),
        discount: fc.constantFrom('all-units' as const, 'incremental' as const),
        tiers: fc.constant([
          { from: 0, unitPrice: 40 },
          { from: 30, unitPrice: 31 },
          { from: 75, unitPrice: 22.5 },
        ]),
      }),
      fc.record({ type: fc.constant('capacity' as const), fixed: fc.integer({ min: 0, max: 5000 }), capacity: fc.constantFrom(7, 12.5, 40), vehicleCost: fc.integer({ min: 100, max: 3000 }), perUnit: fc.integer({ min: 0, max: 20 }) }),
    ),
    kind: fc.constantFrom('cost' as const, 'gain' as const),
    measured: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1e6 }),
  })
  .map(({ n, step, model, kind, measured, seed }) => {
    const players = names(n);
    let s = seed;
    const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const quantities = Object.fromEntries(players.map((p) => [p, step * Math.floor(next() * 40)]));
    const standAloneCosts = measured ? Object.fromEntries(players.filter(() => next() < 0.5).map((p) => [p, Math.round(1000 + next() * 9000)])) : null;
    return gameFromModel(kind, players, { ...(model as CostModel), quantities, standAloneCosts });
  });

describe('exact Shapley by total quantity', () => {
  it('equals the Shapley value from every group, for every kind of cost model, to 1e-9', () => {
    fc.assert(
      fc.property(modelGames, (game) => {
        const grid = quantityGrid(game.quantities)!;
        const byQuantity = shapleyByTotalQuantity(game, grid);
        const byTable = shapleyExact(game);
        const scale = Math.max(...byTable.map(Math.abs), 1);
        // Relative to the share, or to a thousandth of the largest share for the shares near zero a
        // savings game has: below that, both ways differ by the round-off of sums of the largest.
        byTable.forEach((expected, i) => expect(Math.abs(byQuantity[i]! - expected) / Math.max(Math.abs(expected), 1e-3 * scale)).toBeLessThan(1e-9));
      }),
      { numRuns: 60 },
    );
  });

  const players = names(257);
  // Quantities 1–40, six or seven participants to each, and one of 97 alone.
  const quantities = Object.fromEntries(players.map((p, i) => [p, i === 0 ? 97 : 1 + ((i * 7919) % 40)]));
  const input: CostSharingInput = {
    kind: 'cost',
    players,
    coalitions: null,
    model: { type: 'power', fixed: 200_000, scale: 900, exponent: 0.8, quantities },
    weights: null,
    methods: ['shapley'],
    options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
  };

  it('shares a game of 257 participants exactly: the shares add up, equals pay alike, and sampling agrees within its error', async () => {
    const result = await shareCosts(input);
    const shapley = result.allocations[0]!;
    expect(shapley.shapleyMethod).toBe('quantity-dp');
    expect(shapley.sampling).toBeNull();
    const shares = shapley.shares.map((s) => s.share);
    expect(Math.abs(sum(shares) - result.total) / result.total).toBeLessThan(1e-12);
    expect(sum(shapley.shares.map((s) => s.shareAgorot))).toBe(result.totalAgorot);
    const byQuantity = new Map<number, number>();
    players.forEach((p, i) => {
      const q = quantities[p]!;
      const first = byQuantity.get(q) ?? shares[i]!;
      byQuantity.set(q, first);
      expect(Math.abs(shares[i]! - first)).toBeLessThan(1e-6);
    });
    const game = gameFromModel('cost', players, input.model!);
    const sampled = shapleySampled(game, { seed: 3, targetRelativeError: 0.01 });
    shares.forEach((share, i) => expect(Math.abs(share - sampled.shares[i]!)).toBeLessThan(5 * sampled.standardErrors[i]!));
  });

  it('takes a measured stand-alone cost and a gain game past 25 participants, as the table would', async () => {
    const n = 30;
    const players30 = names(n);
    const model = { type: 'tiered' as const, fixed: 1000, discount: 'incremental' as const, tiers: [{ from: 0, unitPrice: 20 }, { from: 100, unitPrice: 12 }], quantities: Object.fromEntries(players30.map((p, i) => [p, 1 + (i % 7)])) };
    const plain = await shareCosts({ ...input, players: players30, model });
    const measured = await shareCosts({ ...input, kind: 'gain', players: players30, model: { ...model, standAloneCosts: { p0: 500 } } });
    const phi = plain.allocations[0]!.shares.map((s) => s.share);
    const gain = measured.allocations[0]!.shares.map((s) => s.share);
    // p0 alone costs 500 instead of 1020: its cost share falls by 520/30, every other one's rises by
    // 520/(30·29); a participant's savings are what it pays alone less its cost share.
    expect(gain[0]).toBeCloseTo(500 - (phi[0]! - 520 / n), 6);
    expect(gain[1]).toBeCloseTo(1000 + 20 * 2 - (phi[1]! + 520 / (n * (n - 1))), 6);
    expect(measured.allocations[0]!.shapleyMethod).toBe('quantity-dp');
  });

  it('uses the table where that is cheaper, and for a model whose quantities have no common step', () => {
    const small = gameFromModel('cost', names(8), { type: 'power', fixed: 0, scale: 1, exponent: 0.5, quantities: Object.fromEntries(names(8).map((p, i) => [p, 1000 * (i + 1) + 1])) });
    expect(exactShapleyWay(small)?.method).toBe('table');
    const thirds = gameFromModel('cost', names(20), { type: 'power', fixed: 0, scale: 1, exponent: 0.5, quantities: Object.fromEntries(names(20).map((p, i) => [p, (i + 1) / 3])) });
    expect(exactShapleyWay(thirds)?.method).toBe('table');
    const wide = gameFromModel('cost', names(24), { type: 'power', fixed: 0, scale: 1, exponent: 0.5, quantities: Object.fromEntries(names(24).map((p, i) => [p, i + 1])) });
    expect(exactShapleyWay(wide)?.method).toBe('quantity-dp');
  });

  it('refuses past 25 participants when the quantities have no common step or are too many steps, and says to sample', async () => {
    const refusal = (quantityOf: (i: number) => number, n: number) => {
      const players = names(n);
      return engineError({ ...input, players, model: { type: 'power', fixed: 0, scale: 1, exponent: 0.5, quantities: Object.fromEntries(players.map((p, i) => [p, quantityOf(i)])) } });
    };
    const thirds = await refusal((i) => (i + 1) / 3, 30);
    expect(thirds.code).toBe('TOO_MANY_PLAYERS');
    expect(thirds.params).toEqual({ computation: 'exact-shapley', players: 30, limit: 25 });
    expect(thirds.messages.en).toMatch(/sampling/);
    expect(thirds.messages.he).toMatch(/דגימה/);
    // Too many steps together for its memory: 30 participants of some 150,000 tons each.
    expect((await refusal((i) => 150_001 + i, 30)).code).toBe('TOO_MANY_PLAYERS');
    // Few enough steps, but too much work: 2,000 participants of some 2,000 each.
    expect((await refusal((i) => 1000 + i, 2000)).code).toBe('TOO_MANY_PLAYERS');
    // The same games are sampled when asked to.
    const players = names(30);
    const sampled = await shareCosts({ ...input, players, model: { type: 'power', fixed: 0, scale: 1, exponent: 0.5, quantities: Object.fromEntries(players.map((p, i) => [p, (i + 1) / 3])) }, options: { shapleySamples: 32, shapleyPrecision: null, seed: 1 } });
    expect(sampled.allocations[0]!.shapleyMethod).toBe('sampled');
  });
});
