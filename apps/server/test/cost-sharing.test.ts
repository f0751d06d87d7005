import { costSharingLimits } from '@eshkol/contracts/cost-sharing';
import type * as Nucleolus from '@eshkol/engine/cost-sharing/nucleolus';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asEngineFailure } from '../src/modules/cost-sharing/compute';
import { engineProblem } from '../src/modules/cost-sharing/cost-sharing.service';
import { expectProblem } from './fingerprint';
import { siteOrigin } from './service-factories';
import { auditCount, buildTestApp, signIn, workbookOf, type TestApp } from './test-app';

/**
 * Whether the nucleolus's solver fails, for the tests of a failure of the engine itself (the solver
 * never fails on these games). This file's server computes games of up to 8 participants in this
 * thread (a setting; by default every game goes to a worker), where the mock applies.
 */
const solver = vi.hoisted(() => ({ fails: false }));

vi.mock('@eshkol/engine/cost-sharing/nucleolus', async (importOriginal) => {
  const real = await importOriginal<typeof Nucleolus>();
  const { costSharingErrors } = await import('@eshkol/engine/cost-sharing/errors');
  return { ...real, nucleolus: (game: Parameters<typeof real.nucleolus>[0]) => (solver.fails ? Promise.reject(costSharingErrors.solverFailed('time-limit')) : real.nucleolus(game)) };
});

async function withFailingSolver<T>(work: () => Promise<T>): Promise<T> {
  solver.fails = true;
  try {
    return await work();
  } finally {
    solver.fails = false;
  }
}

/** Three authorities sharing a joint service with economies of scale. */
const smallGame = {
  kind: 'cost',
  players: ['A', 'H', 'K'],
  model: { type: 'power', quantities: { A: 120, H: 80, K: 30 }, fixed: 50_000, scale: 2_000, exponent: 0.8 },
  methods: ['equal', 'proportional', 'shapley', 'nucleolus'],
  weights: { A: 12_000, H: 8_000, K: 3_000 },
};

const players = (n: number) => Array.from({ length: n }, (_, i) => `P${i + 1}`);
const powerGame = (n: number, methods: string[]) => ({
  players: players(n),
  model: { type: 'power', quantities: Object.fromEntries(players(n).map((p, i) => [p, 10 + i])), fixed: 1000, scale: 50, exponent: 0.7 },
  methods,
});

/** c(i) = c(ij) = 1, c(N) = 2: SCRB is undefined, the Shapley value is not. */
const flat = {
  players: ['A', 'B', 'C'],
  coalitions: [['A'], ['B'], ['C'], ['A', 'B'], ['A', 'C'], ['B', 'C'], ['A', 'B', 'C']].map((members) => ({ members, value: members.length === 3 ? 2 : 1 })),
};

let t: TestApp;
let ministry: string;
beforeAll(async () => {
  t = await buildTestApp({ ESHKOL_COMPUTE_WORKERS: '1', ESHKOL_COMPUTE_TIMEOUT_MS: '5000', ESHKOL_COMPUTE_INLINE_PLAYERS: '8' });
  ministry = await signIn(t.app, 'ministry@demo.local');
});
afterAll(() => t.close());

/** Computations the worker pool has answered: a job counted here ran on a worker thread. */
const workerJobs = () => t.services.costSharing.workerJobs();

const post = (payload: unknown, cookie?: string, lang = 'he') =>
  t.app.inject({ method: 'POST', url: '/api/v1/cost-sharing', payload: payload as object, headers: { ...(cookie ? { cookie, origin: siteOrigin } : {}), 'accept-language': lang } });

describe('POST /api/v1/cost-sharing', () => {
  it('shares a joint cost by every method asked, each summing to the joint cost to the agora, and changes no data', async () => {
    const before = await auditCount(t);
    const res = await post(smallGame, ministry);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.players).toEqual(['A', 'H', 'K']);
    expect(body.allocations.map((a: { method: string }) => a.method)).toEqual(['equal', 'proportional', 'shapley', 'nucleolus']);
    for (const a of body.allocations) {
      expect(a.shares.reduce((s: number, x: { shareAgorot: number }) => s + x.shareAgorot, 0)).toBe(body.totalAgorot);
    }
    const joint = 50_000 + 2_000 * 230 ** 0.8;
    expect(body.total).toBeCloseTo(joint, 6);
    expect(body.saving).toBeGreaterThan(0);
    // A concave game: its core is not empty and the Shapley value lies in it.
    expect(body.core.empty).toBe(false);
    expect(body.allocations.find((a: { method: string }) => a.method === 'shapley').core.inCore).toBe(true);
    expect(await auditCount(t)).toBe(before);
  });

  it('shares a road used up to different lengths (the airport game), exactly for hundreds of authorities', async () => {
    const road = { type: 'airport', fixed: 200_000, segments: [{ from: 0, unitCost: 100_000 }, { from: 6, unitCost: 60_000 }] };
    const res = await post({ players: ['A', 'B', 'C'], facility: { ...road, levels: { A: 4, B: 8, C: 12 } }, methods: ['shapley'] }, ministry);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().allocations[0]).toMatchObject({ shapleyMethod: 'airport', shares: [{ shareAgorot: 20_000_000 }, { shareAgorot: 36_000_000 }, { shareAgorot: 60_000_000 }] });
    const many = players(300);
    const large = await post({ players: many, facility: { ...road, levels: Object.fromEntries(many.map((p, i) => [p, 1 + (i % 17)])) }, methods: ['shapley'] }, ministry);
    expect(large.statusCode, large.body).toBe(200);
    expect(large.json().allocations[0].shapleyMethod).toBe('airport');
    expect(large.json().allocations[0].shares.every((s: { standardError: number | null }) => s.standardError === null)).toBe(true);
  });

  it('is for those who plan and review joint services', async () => {
    expect((await post(smallGame)).statusCode).toBe(401);
    for (const email of ['regulator@demo.local', 'measurement@demo.local', 'rep-loc-6700@demo.local']) {
      expect((await post(smallGame, await signIn(t.app, email))).statusCode, email).toBe(403);
    }
    for (const email of ['committee@demo.local', 'finance@demo.local', 'staff-galil-mizrahi@demo.local']) {
      expect((await post(smallGame, await signIn(t.app, email))).statusCode, email).toBe(200);
    }
  });

  it('refuses input the schema rejects with 400, and a game the engine refuses with 422 and its reason', async () => {
    const bad = await post({ ...smallGame, players: ['A', 'A', 'K'] }, ministry, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');

    const missing = await post(
      { players: ['A', 'B'], coalitions: [{ members: ['A'], value: 10 }, { members: ['B'], value: 5 }], methods: ['shapley'] },
      ministry,
      'he',
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.json()).toMatchObject({ code: 'COST_SHARING_INVALID', issues: [{ path: 'MISSING_COALITION' }] });
    expect(missing.json().detail).toMatch(/[\u0590-\u05FF]/);

    const tooMany = await post(powerGame(30, ['nucleolus']), ministry, 'en');
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().issues[0].path).toBe('TOO_MANY_PLAYERS');
    // The figures the message names come along, so that a page words it itself.
    expect(tooMany.json().params).toMatchObject({ code: 'TOO_MANY_PLAYERS', computation: 'nucleolus', players: 30, limit: 20 });
    expect(tooMany.json().issues[0]).toMatchObject({ code: 'cost_sharing', params: { code: 'TOO_MANY_PLAYERS', players: 30 } });
  });

  it('answers the methods that could be computed, with the reason of each that could not', async () => {
    const res = await post({ ...flat, methods: ['scrb', 'shapley'] }, ministry, 'en');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().allocations.map((a: { method: string }) => a.method)).toEqual(['shapley']);
    expect(res.json().failures).toEqual([{ method: 'scrb', code: 'SCRB_UNDEFINED', params: {}, message: { en: expect.stringContaining('SCRB'), he: expect.stringContaining('SCRB') } }]);

    // On a worker too: the nucleolus beyond its limit fails alone.
    const n = costSharingLimits.maxNucleolusPlayers + 1;
    const large = await post(powerGame(n, ['equal', 'nucleolus']), ministry);
    expect(large.statusCode, large.body).toBe(200);
    expect(large.json().allocations.map((a: { method: string }) => a.method)).toEqual(['equal']);
    expect(large.json().failures).toEqual([expect.objectContaining({ method: 'nucleolus', code: 'TOO_MANY_PLAYERS', params: { computation: 'nucleolus', players: n, limit: n - 1 } })]);
  });

  it('shares by the Owen value of the blocs given, beside the Banzhaf and Shapley values', async () => {
    const blocs = { A: 'north', H: 'north ', K: 'south' };
    const res = await post({ ...smallGame, methods: ['owen', 'banzhaf', 'shapley'], blocs }, ministry);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.failures).toEqual([]);
    expect(body.allocations.map((a: { method: string }) => a.method)).toEqual(['owen', 'banzhaf', 'shapley']);
    for (const a of body.allocations) expect(a.shares.reduce((s: number, x: { shareAgorot: number }) => s + x.shareAgorot, 0)).toBe(body.totalAgorot);
    // K, a bloc alone against {A, H}, pays half of its own cost and of what it adds to theirs.
    const cost = (q: number) => 50_000 + 2_000 * q ** 0.8;
    expect(body.allocations[0].shares[2].share).toBeCloseTo((cost(30) + cost(230) - cost(200)) / 2, 6);
    expect(body.allocations[0].core.inCore).not.toBeNull();

    const stranger = await post({ ...smallGame, methods: ['owen'], blocs: { ...blocs, X: 'south' } }, ministry, 'en');
    expectProblem(stranger, 400, 'VALIDATION_FAILED');
    expect(stranger.json().issues).toEqual([expect.objectContaining({ path: 'body.blocs.X', code: 'custom' })]);

    const none = await post({ ...smallGame, methods: ['owen'] }, ministry, 'en');
    expectProblem(none, 422, 'COST_SHARING_INVALID');
    expect(none.json().params).toEqual({ code: 'BLOCS_MISSING', player: 'A', missing: 3 });
  });

  it('answers a failure of the engine itself as an internal one, never as bad input', async () => {
    const failed = await withFailingSolver(() => post(smallGame, ministry, 'en'));
    expect(failed.statusCode).toBe(200);
    expect(failed.json().allocations.map((a: { method: string }) => a.method)).toEqual(['equal', 'proportional', 'shapley']);
    expect(failed.json().failures).toEqual([expect.objectContaining({ method: 'nucleolus', code: 'SOLVER_FAILED', params: { status: 'time-limit' } })]);

    const alone = await withFailingSolver(() => post({ ...smallGame, methods: ['nucleolus'] }, ministry, 'en'));
    expectProblem(alone, 500, 'COST_SHARING_FAILED');
    expect(alone.json().params).toEqual({ code: 'SOLVER_FAILED', status: 'time-limit' });
    expect(alone.json().issues).toEqual([expect.objectContaining({ path: 'SOLVER_FAILED', code: 'cost_sharing' })]);
  });

  it('computes larger games on a worker thread', async () => {
    const before = workerJobs();
    const res = await post(powerGame(14, ['shapley', 'nucleolus', 'least-core']), ministry);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.allocations).toHaveLength(3);
    expect(body.core.empty).toBe(false);
    expect(workerJobs(), 'the worker pool answered the job').toBe(before + 1);
  });

  it('computes every game on a worker by default, within its time limit, however small', async () => {
    const plain = await buildTestApp({ ESHKOL_COMPUTE_WORKERS: '1' });
    try {
      const cookie = await signIn(plain.app, 'ministry@demo.local');
      const before = plain.services.costSharing.workerJobs();
      for (const game of [smallGame, powerGame(8, ['shapley', 'nucleolus'])]) {
        const res = await plain.app.inject({ method: 'POST', url: '/api/v1/cost-sharing', payload: game, headers: { cookie, origin: siteOrigin } });
        expect(res.statusCode, res.body).toBe(200);
      }
      expect(plain.services.costSharing.workerJobs(), 'each small game went to the worker pool').toBe(before + 2);
    } finally {
      await plain.close();
    }
  });

  it('computes games of up to the set size on the request thread when the setting allows it, and larger ones on a worker', async () => {
    const before = workerJobs();
    for (const game of [smallGame, powerGame(8, ['shapley', 'nucleolus'])]) expect((await post(game, ministry)).statusCode).toBe(200);
    expect(workerJobs(), 'a small game went to the worker pool').toBe(before);
    expect((await post(powerGame(9, ['shapley']), ministry)).statusCode).toBe(200);
    expect(workerJobs()).toBe(before + 1);
    // A sampled estimate is not bounded by the game's size: a worker computes it, however small the game.
    expect((await post({ ...powerGame(3, ['shapley']), options: { shapleySamples: 20_000, seed: 1 } }, ministry)).statusCode).toBe(200);
    expect(workerJobs()).toBe(before + 2);
  });

  it('stops a computation that runs past the time limit, and the server keeps answering', async () => {
    // A million sampled orders of 300 participants: minutes of work on any machine.
    let done = false;
    const running = post({ ...powerGame(300, ['shapley']), options: { shapleySamples: 1_000_000, seed: 1 } }, ministry, 'en').finally(() => (done = true));
    // While it runs on its worker, the request thread is free to answer.
    expect((await t.app.inject('/api/health')).statusCode).toBe(200);
    expect(done, 'the health check waited for the computation').toBe(false);
    const slow = await running;
    expect(slow.statusCode).toBe(422);
    expect(slow.json().code).toBe('COMPUTATION_TOO_LONG');
    expect((await post(smallGame, ministry)).statusCode).toBe(200);
    expect((await post(powerGame(12, ['shapley']), ministry)).statusCode).toBe(200);
  });
});

describe('a game given group by group, at the size of the largest cluster', () => {
  /** Every group of n costs its members' stand-alone costs times |S|^−0.15, to the agora. */
  const gameOf = (n: number) => {
    const players = Array.from({ length: n }, (_, i) => `loc-${i + 1}`);
    const alone = players.map((_, i) => 100_000 + 7_919 * i);
    const values = Array.from({ length: 2 ** n - 1 }, (_, k) => {
      const mask = k + 1;
      let sum = 0;
      let size = 0;
      for (let i = 0; i < n; i++) {
        if (!((mask >>> i) & 1)) continue;
        sum += alone[i]!;
        size++;
      }
      return Math.round(sum * size ** -0.15 * 100) / 100;
    });
    return { players, values };
  };

  it('is taken in compact form, one value per group in bitmask order, and gives what the same game group by group gives', async () => {
    const { players, values } = gameOf(4);
    const coalitions = values.map((value, k) => ({ members: players.filter((_, i) => ((k + 1) >>> i) & 1), value }));
    const compact = await post({ kind: 'cost', players, values, methods: ['shapley', 'nucleolus'] }, ministry);
    const explicit = await post({ kind: 'cost', players, coalitions, methods: ['shapley', 'nucleolus'] }, ministry);
    expect(compact.statusCode, compact.body).toBe(200);
    expect(compact.json().allocations).toEqual(explicit.json().allocations);
  });

  it('takes 19 participants in compact form (2^19 − 1 values), beyond the 1 MB every other request may carry', async () => {
    const { players, values } = gameOf(19);
    const res = await post({ kind: 'cost', players, values, methods: ['shapley', 'nucleolus'] }, ministry);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    for (const allocation of res.json().allocations as { shares: { shareAgorot: number }[] }[]) {
      expect(allocation.shares.reduce((sum, s) => sum + s.shareAgorot, 0)).toBe(res.json().totalAgorot);
    }
  });

  it('refuses values that are not one for every group, and says what to send instead of a body beyond the limit', async () => {
    const { players, values } = gameOf(3);
    const short = await post({ kind: 'cost', players, values: values.slice(1), methods: ['shapley'] }, ministry);
    expectProblem(short, 400, 'VALIDATION_FAILED');
    const both = await post({ kind: 'cost', players, values, coalitions: [], methods: ['shapley'] }, ministry);
    expectProblem(both, 400, 'VALIDATION_FAILED');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cost-sharing',
      payload: `{"players":[],"padding":"${'x'.repeat(25 * 1024 * 1024)}"}`,
      headers: { 'content-type': 'application/json', cookie: ministry, origin: siteOrigin, 'accept-language': 'en' },
    });
    expectProblem(huge, 413, 'GAME_TOO_LARGE');
    expect(huge.json().detail).toContain('compact form');
  });
});

describe('POST /api/v1/cost-sharing/sensitivity', () => {
  const analyse = (payload: unknown, lang = 'he') =>
    t.app.inject({ method: 'POST', url: '/api/v1/cost-sharing/sensitivity', payload: payload as object, headers: { cookie: ministry, origin: siteOrigin, 'accept-language': lang } });

  it("gives one method's shares over the range of the joint cost, for each authority's quantity, and each break-even, on a worker", async () => {
    const before = workerJobs();
    const res = await analyse({ input: smallGame, method: 'shapley', range: 0.2, points: 5 });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(workerJobs()).toBe(before + 1);
    expect(s.jointCost.map((p: { change: number }) => p.change)).toEqual([-0.2, -0.1, 0, 0.1, 0.2]);
    const shapley = (await post({ ...smallGame, methods: ['shapley'] }, ministry)).json().allocations[0].shares;
    expect(s.jointCost[2].shares.map((x: { share: number }) => x.share)).toEqual(shapley.map((x: { share: number }) => x.share));
    expect(s.quantities.map((q: { player: string }) => q.player)).toEqual(['A', 'H', 'K']);
    expect(s.breakEven).toHaveLength(3);
    expect(s).toMatchObject({ method: 'shapley', range: 0.2, searchedTo: 1 });
  });

  it('refuses options out of range with 400 and a method beyond its limit for the analysis with 422, saying why', async () => {
    expectProblem(await analyse({ input: smallGame, method: 'shapley', range: 0.7 }), 400, 'VALIDATION_FAILED');
    expectProblem(await analyse({ input: smallGame, method: 'shapley', points: 4 }), 400, 'VALIDATION_FAILED');
    const res = await analyse({ input: powerGame(13, ['nucleolus']), method: 'nucleolus' }, 'en');
    expectProblem(res, 422, 'COST_SHARING_INVALID');
    expect(res.json()).toMatchObject({ params: { code: 'TOO_MANY_PLAYERS', computation: 'sensitivity', limit: 12 } });
    expect(res.json().detail).toContain('Shapley');
  });
});

describe('POST /api/v1/cost-sharing/export.xlsx', () => {
  it('returns a right-to-left workbook with one row per authority and method, named as asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cost-sharing/export.xlsx',
      payload: { input: smallGame, labels: { A: 'עכו', H: 'חורפיש', K: 'כסרא' } },
      headers: { cookie: ministry, origin: siteOrigin },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = await workbookOf(res);
    const sheet = wb.worksheets[1]!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.rowCount).toBe(1 + 4 * 3);
    expect(sheet.getRow(2).getCell(2).value).toBe('עכו');
  });

  it('says on its summary which methods were not computed, and why', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cost-sharing/export.xlsx',
      payload: { input: { ...flat, methods: ['scrb', 'shapley'] } },
      headers: { cookie: ministry, origin: siteOrigin, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    const wb = await workbookOf(res);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.at(-1)).toEqual([undefined, 'Not computed: scrb', expect.stringContaining('SCRB is undefined')]);
    expect(wb.worksheets[1]!.rowCount).toBe(1 + 3);
  });
});

describe('an engine failure as the API answers it', () => {
  const failure = (code: 'SCRB_UNDEFINED' | 'SOLVER_FAILED') => asEngineFailure({ method: 'scrb', code, params: {}, message: { en: 'in English', he: 'בעברית' } });

  it('is the problem its caller names for a failure of the data, and an internal one for the engine', () => {
    expect(engineProblem(failure('SCRB_UNDEFINED'), 'he')).toMatchObject({ code: 'COST_SHARING_INVALID', detailOverride: 'בעברית', issues: [{ path: 'SCRB_UNDEFINED' }] });
    expect(engineProblem(failure('SCRB_UNDEFINED'), 'en', { code: 'PROPOSED_METHOD_FAILED', path: 'body.proposedMethod' })).toMatchObject({
      code: 'PROPOSED_METHOD_FAILED',
      detailOverride: 'in English',
      issues: [{ path: 'body.proposedMethod', code: 'cost_sharing', params: { code: 'SCRB_UNDEFINED' } }],
    });
    expect(engineProblem(failure('SOLVER_FAILED'), 'en', { code: 'PROPOSED_METHOD_FAILED', path: 'body.proposedMethod' }).code).toBe('COST_SHARING_FAILED');
  });
});
