import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullMask } from '../src/cost-sharing/bits';
import { gameFromModel } from '../src/cost-sharing/build-game';
import { equalSplit } from '../src/cost-sharing/equal-split';
import { EngineError } from '../src/cost-sharing/errors';
import { asTableGame, grandValue, type TableGame } from '../src/cost-sharing/game';
import { leastCore } from '../src/cost-sharing/least-core';
import { nucleolus, prenucleolus } from '../src/cost-sharing/nucleolus';
import { proportionalSplit } from '../src/cost-sharing/proportional';
import { scrb } from '../src/cost-sharing/scrb';
import { shapleyExact } from '../src/cost-sharing/shapley-exact';
import { shapleySampled } from '../src/cost-sharing/shapley-sampled';
import { checkStability } from '../src/cost-sharing/stability';
import { costView, sum } from './helpers';
import { satisfiesKohlberg } from './kohlberg';

const runs = { numRuns: 40 };
const players = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

/** Any game: every coalition an independent integer value (costs ≥ 0; savings may be negative). */
const anyGame = (minN: number, maxN: number) =>
  fc.record({ n: fc.integer({ min: minN, max: maxN }), kind: fc.constantFrom('cost' as const, 'gain' as const) }).chain(({ n, kind }) =>
    fc.array(fc.integer({ min: kind === 'cost' ? 0 : -300, max: 1000 }), { minLength: fullMask(n), maxLength: fullMask(n) }).map((values): TableGame => {
      const table = new Float64Array(fullMask(n) + 1);
      values.forEach((v, k) => (table[k + 1] = v));
      return { type: 'table', kind, players: players(n), values: table };
    }),
  );

/** Values from {0, 1, 2, 3}: many coalitions tie at every excess level, the hard case for the LPs. */
const tiedGame = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: fullMask(n), maxLength: fullMask(n) }).map((values): TableGame => {
    const table = new Float64Array(fullMask(n) + 1);
    values.forEach((v, k) => (table[k + 1] = v));
    return { type: 'table', kind: 'gain', players: players(n), values: table };
  }),
);

/** Economies of scale: fixed + scale·Q^e with e ≤ 1 is concave in Q, so the cost game is submodular. */
const concaveGame = (minN: number, maxN: number) =>
  fc
    .record({
      quantities: fc.array(fc.double({ min: 0.5, max: 1000, noNaN: true }), { minLength: minN, maxLength: maxN }),
      fixed: fc.double({ min: 0, max: 1000, noNaN: true }),
      scale: fc.double({ min: 0.1, max: 100, noNaN: true }),
      exponent: fc.double({ min: 0.2, max: 1, noNaN: true }),
    })
    .map(({ quantities, ...model }) => {
      const names = players(quantities.length);
      return gameFromModel('cost', names, { type: 'power', ...model, quantities: Object.fromEntries(names.map((p, i) => [p, quantities[i]!])) });
    });

/** Players 0 and 1 are symmetric: v depends on how many of them S holds, not which. */
const symmetricGame = fc.integer({ min: 3, max: 6 }).chain((n) =>
  fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3 << (n - 2), maxLength: 3 << (n - 2) }).map((f): TableGame => {
    const table = new Float64Array(fullMask(n) + 1);
    for (let mask = 1; mask <= fullMask(n); mask++) {
      const pair = (mask & 1) + ((mask >>> 1) & 1);
      table[mask] = f[pair * (1 << (n - 2)) + (mask >>> 2)]!;
    }
    return { type: 'table', kind: 'cost', players: players(n), values: table };
  }),
);

/** The last player is a dummy: it adds its own cost to any group, v(S ∪ d) = v(S) + v(d). */
const gameWithDummy = anyGame(1, 5).chain((base) =>
  fc.integer({ min: 0, max: 500 }).map((own): TableGame => {
    const n = base.players.length + 1;
    const table = new Float64Array(fullMask(n) + 1);
    const d = 1 << (n - 1);
    for (let mask = 0; mask < d; mask++) {
      table[mask] = base.values[mask]!;
      table[mask | d] = base.values[mask]! + own;
    }
    return { type: 'table', kind: base.kind, players: players(n), values: table };
  }),
);

async function orUndefined<T>(f: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof EngineError && ['EMPTY_IMPUTATION_SET', 'SCRB_UNDEFINED'].includes(error.code)) return undefined;
    throw error;
  }
}

const tolerance = (game: TableGame) => 1e-7 * Math.max(1, ...Array.from(game.values, Math.abs));

describe('properties of every method', () => {
  it('shares add up to the value of the whole group', async () => {
    await fc.assert(
      fc.asyncProperty(anyGame(1, 6), async (game) => {
        const total = grandValue(game);
        const allocations = [
          equalSplit(game),
          proportionalSplit(game, game.players.map((_, i) => i + 1)),
          await orUndefined(() => scrb(game)),
          shapleyExact(game),
          (await orUndefined(() => nucleolus(game)))?.shares,
          (await prenucleolus(game)).shares,
          (await leastCore(game)).shares,
        ];
        for (const shares of allocations) if (shares) expect(Math.abs(sum(shares) - total)).toBeLessThanOrEqual(tolerance(game));
      }),
      runs,
    );
  });

  it('symmetric participants pay the same (equal split, SCRB, Shapley, nucleolus, pre-nucleolus)', async () => {
    await fc.assert(
      fc.asyncProperty(symmetricGame, async (game) => {
        const allocations = [
          equalSplit(game),
          await orUndefined(() => scrb(game)),
          shapleyExact(game),
          (await orUndefined(() => nucleolus(game)))?.shares,
          (await prenucleolus(game)).shares,
        ];
        for (const shares of allocations) if (shares) expect(Math.abs(shares[0]! - shares[1]!)).toBeLessThanOrEqual(tolerance(game));
      }),
      runs,
    );
  });

  it('a dummy participant pays exactly its stand-alone value (SCRB, Shapley, nucleolus, pre-nucleolus)', async () => {
    await fc.assert(
      fc.asyncProperty(gameWithDummy, async (game) => {
        const n = game.players.length;
        const own = game.values[1 << (n - 1)]!;
        const allocations = [
          await orUndefined(() => scrb(game)),
          shapleyExact(game),
          (await orUndefined(() => nucleolus(game)))?.shares,
          (await prenucleolus(game)).shares,
        ];
        for (const shares of allocations) if (shares) expect(Math.abs(shares[n - 1]! - own)).toBeLessThanOrEqual(tolerance(game));
      }),
      runs,
    );
  });
});

describe('stability', () => {
  it('with economies of scale (power model, exponent ≤ 1) the Shapley value is in the core', () => {
    fc.assert(
      fc.property(concaveGame(2, 10), (game) => {
        const verdict = checkStability(game, shapleyExact(game), asTableGame(game).values);
        expect(verdict.inCore).toBe(true);
        expect(verdict.individuallyRational.every(Boolean)).toBe(true);
      }),
      runs,
    );
  });

  it('the nucleolus lies in the core whenever the core is not empty', async () => {
    await fc.assert(
      fc.asyncProperty(anyGame(2, 6), async (game) => {
        const { epsilon } = await leastCore(game);
        if (epsilon! > tolerance(game)) return;
        const result = await nucleolus(game);
        expect(checkStability(game, result.shares, game.values).inCore).toBe(true);
      }),
      runs,
    );
  });

  it('the nucleolus and pre-nucleolus satisfy Kohlberg’s balancedness criterion', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyGame(2, 5), tiedGame), async (game) => {
        const n = game.players.length;
        const costs = costView(game);
        const sign = game.kind === 'cost' ? 1 : -1;
        const pre = (await prenucleolus(game)).shares.map((x) => sign * x);
        expect(await satisfiesKohlberg(costs, pre, n, false)).toBe(true);
        // And the criterion has teeth: moving a little from one participant to another breaks it.
        const moved = Float64Array.from(pre);
        moved[0] = moved[0]! + 0.01;
        moved[1] = moved[1]! - 0.01;
        expect(await satisfiesKohlberg(costs, moved, n, false)).toBe(false);
        const nuc = await orUndefined(() => nucleolus(game));
        if (nuc) expect(await satisfiesKohlberg(costs, nuc.shares.map((x) => sign * x), n, true)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('sampled Shapley value', () => {
  // Each run compares up to 18 shares: at four standard errors one in a few hundred runs would
  // fail by chance alone (and a game of equal players gives a few distinct marginal costs, where
  // the normal bound is rough), so the bound is five, and the games are drawn from a fixed seed.
  it('agrees with the exact value within five standard errors', () => {
    fc.assert(
      fc.property(fc.oneof(concaveGame(2, 9), anyGame(2, 6)), fc.integer({ min: 0, max: 1000 }), (game, seed) => {
        const exact = shapleyExact(game);
        // A fixed number of orders for everyone, and the adaptive mode with extra draws.
        for (const sampled of [shapleySampled(game, { seed, orders: 60 }), shapleySampled(game, { seed, targetRelativeError: 0.01, maxEvaluations: 2e6 })]) {
          exact.forEach((x, i) => {
            expect(Math.abs(sampled.shares[i]! - x)).toBeLessThanOrEqual(5 * sampled.standardErrors[i]! + 1e-9 * Math.max(1, Math.abs(x)));
          });
        }
      }),
      { ...runs, seed: 1279759971 },
    );
  });
});
