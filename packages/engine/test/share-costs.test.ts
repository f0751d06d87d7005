import { describe, expect, it, vi } from 'vitest';
import { isInternalError } from '../src/cost-sharing/errors';
import type { CostSharingInput, CostSharingMethod } from '../src/cost-sharing/input';
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

/** A game given group by group over A, B, C: one value for each participant alone, for each pair, for all three. */
function threeGame(alone: number, pair: number, all: number, methods: CostSharingMethod[]): CostSharingInput {
  return {
    kind: 'cost',
    players: ['A', 'B', 'C'],
    coalitions: [
      { members: ['A'], value: alone },
      { members: ['B'], value: alone },
      { members: ['C'], value: alone },
      { members: ['A', 'B'], value: pair },
      { members: ['A', 'C'], value: pair },
      { members: ['B', 'C'], value: pair },
      { members: ['A', 'B', 'C'], value: all },
    ],
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
      coalitions: [
        { members: ['A'], value: 10 },
        { members: ['B'], value: 10 },
        { members: ['C'], value: 10 },
        { members: ['A', 'B'], value: 14 },
        { members: ['A', 'C'], value: 20 },
        { members: ['B', 'C'], value: 20 },
        { members: ['A', 'B', 'C'], value: 20 },
      ],
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
