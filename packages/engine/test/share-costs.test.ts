import { describe, expect, it, vi } from 'vitest';
import { isInternalError } from '../src/cost-sharing/errors';
import type { CoalitionValue, CostSharingInput, CostSharingMethod } from '../src/cost-sharing/input';
import type { CostSharingResult } from '../src/cost-sharing/result';
import type * as LeastCore from '../src/cost-sharing/least-core';
import { limits } from '../src/cost-sharing/limits';
import { shareCosts } from '../src/cost-sharing/share-costs';
import { engineError } from './helpers';

/** Whether the least core's solver fails, for the test that needs it to (the solver itself never fails on these games). */
const solver = vi.hoisted(() => ({ fails: false }));

vi.mock('../src/cost-sharing/least-core', async (importOriginal) => {
  const real = await importOriginal<typeof LeastCore>();
  const { costSharingErrors } = await import('../src/cost-sharing/errors');
  return { ...real, leastCore: (game: Parameters<typeof real.leastCore>[0]) => (solver.fails ? Promise.reject(costSharingErrors.solverFailed('time-limit')) : real.leastCore(game)) };
});

/** Every group of A, B, C with its value, each group named by its members ('AB'). */
const groups = (values: Record<'A' | 'B' | 'C' | 'AB' | 'AC' | 'BC' | 'ABC', number>): CoalitionValue[] =>
  Object.entries(values).map(([name, value]) => ({ members: [...name], value }));

/** A game given group by group over A, B, C: one value for each participant alone, for each pair, for all three. */
function threeGame(alone: number, pair: number, all: number, methods: CostSharingMethod[]): CostSharingInput {
  return {
    kind: 'cost',
    players: ['A', 'B', 'C'],
    coalitions: groups({ A: alone, B: alone, C: alone, AB: pair, AC: pair, BC: pair, ABC: all }),
    model: null,
    weights: null,
    methods,
    options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
  };
}

function powerGame(n: number, methods: CostSharingMethod[]): CostSharingInput {
  const players = Array.from({ length: n }, (_, i) => `p${i}`);
  return {
    kind: 'cost',
    players,
    coalitions: null,
    model: { type: 'power', fixed: 100, scale: 10, exponent: 0.7, quantities: Object.fromEntries(players.map((p, i) => [p, 1 + i])) },
    weights: null,
    methods,
    options: { shapleySamples: null, shapleyPrecision: null, seed: 1 },
  };
}

describe('each method succeeds or fails on its own', () => {
  // c(i) = c(ij) = 1, c(N) = 2: every separable cost is 1 = c(i), so no remaining benefit is left to
  // share the non-separable −1 by; SCRB is undefined, but the Shapley value and the nucleolus are not.
  const flat = threeGame(1, 1, 2, ['shapley', 'scrb', 'nucleolus']);

  it('gives the methods that could be computed, and the reason of the one that could not', async () => {
    const result = await shareCosts(flat);
    expect(result.allocations.map((a) => a.method)).toEqual(['shapley', 'nucleolus']);
    for (const allocation of result.allocations) expect(allocation.shares.reduce((s, x) => s + x.shareAgorot, 0)).toBe(result.totalAgorot);
    expect(result.failures).toEqual([
      {
        method: 'scrb',
        code: 'SCRB_UNDEFINED',
        params: {},
        message: { en: expect.stringContaining('SCRB is undefined'), he: expect.stringContaining('SCRB') },
      },
    ]);
    expect(result.core.empty).toBe(true);
  });

  it('refuses the request with the first reason when no method can be computed', async () => {
    // c(i) = 1, c(ij) = 3, c(N) = 4: SCRB is undefined again, and together the three cost more than
    // apart, so no imputation exists and the nucleolus is undefined too.
    const error = await engineError(threeGame(1, 3, 4, ['scrb', 'nucleolus']));
    expect(error.code).toBe('SCRB_UNDEFINED');
    expect((await engineError(threeGame(1, 3, 4, ['nucleolus', 'scrb']))).code).toBe('EMPTY_IMPUTATION_SET');
  });

  it('computes the others when the nucleolus is beyond its participant limit', async () => {
    const n = limits.maxNucleolusPlayers + 1;
    const result = await shareCosts(powerGame(n, ['equal', 'nucleolus', 'proportional']));
    expect(result.allocations.map((a) => a.method)).toEqual(['equal', 'proportional']);
    expect(result.failures).toEqual([
      {
        method: 'nucleolus',
        code: 'TOO_MANY_PLAYERS',
        params: { computation: 'nucleolus', players: n, limit: limits.maxNucleolusPlayers },
        message: { en: expect.stringContaining(`limited to ${limits.maxNucleolusPlayers}`), he: expect.stringContaining(String(n)) },
      },
    ]);
  });

  it('refuses before any work when every method asked is beyond its limit', async () => {
    const error = await engineError(powerGame(limits.maxLeastCorePlayers + 1, ['nucleolus', 'least-core']));
    expect(error.params).toEqual({ computation: 'nucleolus', players: limits.maxLeastCorePlayers + 1, limit: limits.maxNucleolusPlayers });
  });

  it('still refuses the whole request for what is wrong with its input', async () => {
    const input = { ...threeGame(1, 1, 2, ['shapley', 'proportional']), weights: { A: 0, B: 0, C: 0 } };
    expect((await engineError(input)).code).toBe('INVALID_WEIGHTS');
  });

  it('gives the least core its centre: one point, equal for participants the game treats alike', async () => {
    // A and B alike; {A, B} and {C} both bind at ε = −2, and the least core is the segment
    // (a, 12 − a, 8) for a from 4 to 8 — an LP's vertex would give A and B 4 and 8.
    const input: CostSharingInput = {
      ...threeGame(10, 20, 20, ['least-core']),
      coalitions: groups({ A: 10, B: 10, C: 10, AB: 14, AC: 20, BC: 20, ABC: 20 }),
    };
    const [leastCore] = (await shareCosts(input)).allocations;
    expect(leastCore!.epsilon).toBeCloseTo(-2, 12);
    expect(leastCore!.shares.map((s) => s.shareAgorot)).toEqual([600, 600, 800]);
  });

  it('when the least core fails, the core is not judged and the other methods stand', async () => {
    solver.fails = true;
    try {
      const result = await shareCosts(threeGame(10, 15, 18, ['shapley', 'least-core']));
      expect(result.allocations.map((a) => a.method)).toEqual(['shapley']);
      expect(result.allocations[0]!.core.inCore).toBe(true);
      expect(result.failures).toEqual([expect.objectContaining({ method: 'least-core', code: 'SOLVER_FAILED', params: { status: 'time-limit' } })]);
      expect(result.core).toEqual({ empty: null, leastCoreEpsilon: null });
      expect(result.warnings).toEqual([expect.objectContaining({ code: 'CORE_NOT_COMPUTED', values: { code: 'SOLVER_FAILED' } })]);
    } finally {
      solver.fails = false;
    }
  });

  it('a solver failure is the engine failing, not the input', () => {
    expect(isInternalError('SOLVER_FAILED')).toBe(true);
    for (const code of ['SCRB_UNDEFINED', 'EMPTY_IMPUTATION_SET', 'TOO_MANY_PLAYERS', 'INVALID_WEIGHTS']) expect(isInternalError(code)).toBe(false);
  });
});

describe('the Owen and Banzhaf values', () => {
  // A and B alike, C cheaper alone.
  const game = (methods: CostSharingMethod[], blocs?: Record<string, string> | null): CostSharingInput => ({
    ...threeGame(0, 0, 0, methods),
    coalitions: groups({ A: 60, B: 60, C: 48, AB: 90, AC: 84, BC: 84, ABC: 114 }),
    blocs,
  });
  const agorot = (result: CostSharingResult, method: CostSharingMethod) => result.allocations.find((a) => a.method === method)!.shares.map((s) => s.shareAgorot);

  it('shares by blocs, and by every group of the others alike, to the agora', async () => {
    const result = await shareCosts(game(['shapley', 'owen', 'banzhaf'], { A: 'north', B: 'north', C: 'south' }));
    expect(result.failures).toEqual([]);
    // Shapley over the 6 orders: A pays 60/3 + 30/6 + 36/6 + 30/3 = 41, C pays 48/3 + 24/6 + 24/6 + 24/3 = 32.
    expect(agorot(result, 'shapley')).toEqual([4100, 4100, 3200]);
    // Owen, blocs {A, B} and {C}: the two blocs share 114 as two players would, {A, B} paying
    // (90 + 114 − 48) / 2 = 78 and C (48 + 114 − 90) / 2 = 36; within its bloc A pays, with C out,
    // (60 + 30) / 2 = 45 and, with C in, (84 − 48 + 114 − 84) / 2 = 33: 39 on average.
    expect(agorot(result, 'owen')).toEqual([3900, 3900, 3600]);
    // Banzhaf: A's marginal cost over ∅, {B}, {C}, {B, C} is 60, 30, 36, 30, 39 on average; C's is
    // 48, 24, 24, 24, 30 on average. They add up to 108, scaled to 114: 41.1666…, 41.1666…, 31.6666…;
    // the two agorot short of the total go to the largest remainders, the earlier first.
    expect(result.allocations.find((a) => a.method === 'banzhaf')!.shares.map((s) => s.share)).toEqual([(39 * 114) / 108, (39 * 114) / 108, (30 * 114) / 108].map((x) => expect.closeTo(x, 9)));
    expect(agorot(result, 'banzhaf')).toEqual([4117, 4117, 3166]);
    for (const allocation of result.allocations) {
      expect(allocation.shares.reduce((sum, s) => sum + s.shareAgorot, 0)).toBe(result.totalAgorot);
      expect(allocation.individuallyRational).toBe(true);
      expect(allocation.core.inCore).toBe(true);
    }
    // The group closest to leaving under Owen is {A, C} (or {B, C}): 75 charged against 84 alone.
    expect(result.allocations.find((a) => a.method === 'owen')!.core.maxExcess).toBeCloseTo(-9, 9);
  });

  it('is the Shapley value with every participant a bloc of its own, or all in one bloc', async () => {
    for (const blocs of [{ A: 'a', B: 'b', C: 'c' }, { A: 'all', B: 'all', C: 'all' }]) {
      const result = await shareCosts(game(['shapley', 'owen'], blocs));
      expect(agorot(result, 'owen'), JSON.stringify(blocs)).toEqual(agorot(result, 'shapley'));
    }
  });

  it('fails alone without a bloc for every participant, naming the first one without', async () => {
    for (const [blocs, player, missing] of [
      [null, 'A', 3],
      [{ A: 'north', B: 'north' }, 'C', 1],
      [{ A: 'north', B: ' ', C: 'south' }, 'B', 1],
    ] as const) {
      const result = await shareCosts(game(['equal', 'owen', 'banzhaf'], blocs));
      expect(result.allocations.map((a) => a.method)).toEqual(['equal', 'banzhaf']);
      expect(result.failures).toEqual([
        { method: 'owen', code: 'BLOCS_MISSING', params: { player, missing }, message: { en: expect.stringContaining(`"${player}" has none`), he: expect.stringContaining(player) } },
      ]);
    }
    expect((await engineError(game(['owen']))).code).toBe('BLOCS_MISSING');
  });

  it('refuses the whole request for a bloc given to someone who is not a participant', async () => {
    const error = await engineError(game(['shapley'], { A: 'north', B: 'north', C: 'south', D: 'south' }));
    expect(error.code).toBe('UNKNOWN_PLAYER');
    expect(error.params).toEqual({ player: 'D', where: 'blocs' });
  });

  it('fails alone beyond the participants a table of every group holds, saying what to use instead', async () => {
    const n = limits.maxOwenBanzhafPlayers + 1;
    const result = await shareCosts(powerGame(n, ['equal', 'owen', 'banzhaf']));
    expect(result.allocations.map((a) => a.method)).toEqual(['equal']);
    expect(result.failures).toEqual(
      (['owen', 'banzhaf'] as const).map((method) =>
        expect.objectContaining({ method, code: 'TOO_MANY_PLAYERS', params: { computation: method, players: n, limit: limits.maxTablePlayers }, message: expect.objectContaining({ en: expect.stringContaining('Shapley') }) }),
      ),
    );
  });

  it('gives no normalised Banzhaf value when its shares add up to zero before scaling', async () => {
    // c(i) = 10, c(ij) = 5, c(N) = 5: Σ Banzhaf = (−3·10 + 3·5 + 3·5) / 4 = 0, while c(N) = 5.
    const result = await shareCosts(threeGame(10, 5, 5, ['banzhaf', 'equal']));
    expect(result.allocations.map((a) => a.method)).toEqual(['equal']);
    expect(result.failures).toEqual([expect.objectContaining({ method: 'banzhaf', code: 'BANZHAF_UNDEFINED', params: {} })]);
  });
});
