import type { CostSharingResult } from '@eshkol/contracts/cost-sharing';
import type { SaveStudy } from '@eshkol/contracts/feasibility';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStudies, participantsMismatch, sampledShapleyPrecision, shareOf, toEngineInput } from '../src/modules/feasibility/study-input';
import { expectProblem } from './fingerprint';
import { createService, join, makeClient, signInAll, siteOrigin, studyInput, type Client } from './service-factories';
import { auditCount, buildTestApp, select, type TestApp } from './test-app';

/** Versioned feasibility studies: computed by the engine from the joined authorities' baseline, compared, each share shown to its own authority. */

const x = 'negev-maaravi';
const y = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let a: string, b: string, d: string, e: string;
let pop: Record<string, number | null>;
let id: number;
let v1: Record<string, unknown>;

const studies = (serviceId = id) => `/api/v1/services/${serviceId}/studies`;
const baseline = () => [
  { authorityId: a, quantity: 1200, currentCost: 900_000 },
  { authorityId: b, quantity: 800, currentCost: 700_000 },
];
const versionCount = async () => Number((await select<{ n: number }>(t, sql`select count(*)::int as n from feasibility_studies`))[0]!.n);

beforeAll(async () => {
  t = await buildTestApp();
  const members = (await t.app.inject(`/api/v1/clusters/${x}`)).json().members as { id: string; population: number | null }[];
  [a, b, d, e] = members.slice(0, 4).map((m) => m.id) as [string, string, string, string];
  pop = Object.fromEntries(members.map((m) => [m.id, m.population]));
  const cookies = await signInAll(t, {
    ministry: 'ministry@demo.local',
    committee: 'committee@demo.local',
    staff: `staff-${x}@demo.local`,
    otherStaff: `staff-${y}@demo.local`,
    repA: `rep-${a}@demo.local`,
    repB: `rep-${b}@demo.local`,
    repD: `rep-${d}@demo.local`,
    repE: `rep-${e}@demo.local`,
  });
  c = makeClient(t, cookies);
  // The service the reading tests read: a and b joined, d declined; version 1 by Shapley, version 2 by the nucleolus.
  id = await joinedService();
  v1 = await saved(id, studyInput(baseline()));
  await saved(id, secondStudy());
});
afterAll(() => t.close());

/** A service that a and b joined and d declined, with no study yet. */
async function joinedService() {
  const s = await createService(c, 'staff', x, [a, b, d]);
  await join(c, 'repA', s, a);
  await join(c, 'repB', s, b);
  expect((await c.post('repD', `/api/v1/services/${s}/participants/${d}/decision`, { decision: 'decline' })).statusCode).toBe(200);
  return s;
}

async function saved(serviceId: number, body: unknown): Promise<Record<string, unknown>> {
  const res = await c.post('staff', studies(serviceId), body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const secondStudy = () =>
  studyInput(baseline(), { model: { type: 'tiered', quantities: {}, discount: 'all-units', tiers: [{ from: 0, unitPrice: 700 }, { from: 1500, unitPrice: 560 }] }, proposedMethod: 'nucleolus' });

// ---------- pure rules ----------

const save = (extra: Partial<SaveStudy> = {}): SaveStudy =>
  ({
    baseline: [
      { authorityId: 'loc-1', quantity: 10, currentCost: 100 },
      { authorityId: 'loc-2', quantity: 30, currentCost: null },
    ],
    model: { type: 'power', quantities: { stale: 1 }, fixed: 50, scale: 2, exponent: 0.8 },
    methods: ['proportional', 'scrb'],
    proposedMethod: 'shapley',
    requestedGrant: 0,
    notes: '',
    ...extra,
  }) as SaveStudy;

describe('the engine input of a study', () => {
  it('takes participants, quantities and measured stand-alone costs from the baseline, and weighs populations', () => {
    const { input, study, warnings } = toEngineInput(save(), new Map([['loc-1', 5000], ['loc-2', 15000]]));
    expect(input.players).toEqual(['loc-1', 'loc-2']);
    expect(input.model).toMatchObject({ type: 'power', quantities: { 'loc-1': 10, 'loc-2': 30 }, standAloneCosts: { 'loc-1': 100 } });
    expect(input.weights).toEqual({ 'loc-1': 5000, 'loc-2': 15000 });
    expect(input.methods).toEqual(['proportional', 'scrb', 'shapley']);
    expect(input.options).toEqual({ shapleySamples: null, shapleyPrecision: null, seed: 1 });
    expect(study.model).toEqual(input.model);
    expect(study.methods).toEqual(input.methods);
    expect(warnings).toEqual([]);
  });

  it('weighs the quantities of all when any population is unknown, and says so', () => {
    const { input, warnings } = toEngineInput(save(), new Map([['loc-1', 5000], ['loc-2', null]]));
    expect(input.weights).toBeNull();
    expect(warnings).toEqual([
      { code: 'WEIGHTS_FROM_QUANTITIES', values: { authorities: ['loc-2'] }, message: 'Proportional shares follow the quantities: the population of loc-2 is unknown.' },
    ]);
  });

  it('needs no weights without the proportional method, and no stand-alone costs when none is measured', () => {
    const rows = save().baseline.map((r) => ({ ...r, currentCost: null }));
    const { input } = toEngineInput(save({ methods: ['equal'], proposedMethod: 'equal', baseline: rows }), new Map());
    expect(input.weights).toBeNull();
    expect(input.model!.standAloneCosts).toBeNull();
    expect(input.methods).toEqual(['equal']);
  });

  it('estimates the Shapley value by sampling beyond 25 participants', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ authorityId: `loc-${i + 1}`, quantity: i + 1, currentCost: null }));
    const { input, warnings } = toEngineInput(save({ baseline: many, methods: ['shapley'] }), new Map(many.map((r) => [r.authorityId, 100])));
    expect(input.options).toEqual({ shapleySamples: null, shapleyPrecision: sampledShapleyPrecision, seed: 1 });
    expect(warnings).toEqual([expect.objectContaining({ code: 'SHAPLEY_SAMPLED', values: { percent: 0.5, max: 25 } })]);
  });

  it.each([
    [['a', 'b'], ['a', 'b'], null],
    [['b', 'a'], ['a', 'b'], null],
    [['a'], ['a', 'b'], { missing: ['b'], extra: [] }],
    [['a', 'b', 'c'], ['a', 'b'], { missing: [], extra: ['c'] }],
    [['a', 'c'], ['a', 'b'], { missing: ['b'], extra: ['c'] }],
  ])('baseline %j against joined %j: %j', (base, joined, expected) => expect(participantsMismatch(base, joined)).toEqual(expected));

  const stored = (version: number, method: 'equal' | 'shapley', shares: Record<string, number>) => ({
    version,
    input: save({ proposedMethod: method }),
    result: {
      players: Object.keys(shares),
      totalAgorot: Object.values(shares).reduce((s, v) => s + v, 0),
      allocations: [
        {
          method,
          shares: Object.entries(shares).map(([player, agorot]) => ({ player, share: agorot / 100, shareAgorot: agorot, standAlone: 1000, saving: 1000 - agorot / 100, savingPercent: 50, standardError: null, individuallyRational: true })),
        },
      ],
    },
  });

  it('compares two versions per authority under each one’s proposed method, to the agora', () => {
    const cmp = compareStudies(stored(1, 'equal', { a: 50_000, b: 50_000 }), stored(2, 'shapley', { a: 40_010, c: 55_000 }));
    expect(cmp).toEqual({
      from: 1,
      to: 2,
      total: { from: 1000, to: 950.1 },
      rows: [
        { authorityId: 'a', from: 500, to: 400.1, change: -99.9 },
        { authorityId: 'b', from: 500, to: null, change: null },
        { authorityId: 'c', from: null, to: 550, change: null },
      ],
    });
  });

  it("gives one authority's share under the proposed method, or null when it is not in the study", () => {
    expect(shareOf(stored(3, 'shapley', { a: 40_000 }), 'a')).toEqual({ authorityId: 'a', version: 3, method: 'shapley', standAlone: 1000, share: 400, shareAgorot: 40_000, saving: 600, savingPercent: 50 });
    expect(shareOf(stored(3, 'shapley', { a: 40_000 }), 'b')).toBeNull();
  });
});

// ---------- over HTTP ----------

describe('saving a study', () => {
  it('computes the sharing of the joined authorities and keeps it as version 1, audited', async () => {
    const id = await joinedService();
    const audits = await auditCount(t);
    const res = await c.post('staff', studies(id), studyInput(baseline()));
    expect(res.statusCode, res.body).toBe(201);
    const v1 = res.json();
    expect(v1).toMatchObject({ serviceId: id, version: 1, submitted: false, createdBy: expect.any(String) });
    const study = v1 as { input: SaveStudy; result: CostSharingResult };
    expect(study.input.model.quantities).toEqual({ [a]: 1200, [b]: 800 });
    expect(study.input.model.standAloneCosts).toEqual({ [a]: 900_000, [b]: 700_000 });
    expect(study.result.players).toEqual([a, b]);
    expect(study.result.allocations.map((x) => x.method)).toEqual(['proportional', 'shapley', 'nucleolus']);
    expect(study.result.standAlone).toEqual([{ player: a, value: 900_000 }, { player: b, value: 700_000 }]);
    expect(await auditCount(t)).toBe(audits + 1);
    const audit = (await c.get('ministry', `/api/v1/audit?entityType=feasibility_study&entityId=${id}:1`)).json().items[0];
    expect(audit).toMatchObject({ action: 'feasibility_study.save', actorEmail: `staff-${x}@demo.local`, after: { version: 1, proposedMethod: 'shapley' } });
  });

  it('shares proportionally to the populations from the registry', () => {
    const prop = (v1 as { result: CostSharingResult }).result.allocations.find((x) => x.method === 'proportional')!;
    const [sa, sb] = [prop.shares.find((s) => s.player === a)!.share, prop.shares.find((s) => s.player === b)!.share];
    expect(pop[a]).toBeGreaterThan(0);
    expect(pop[b]).toBeGreaterThan(0);
    expect(sa / sb).toBeCloseTo(pop[a]! / pop[b]!, 6);
    expect((v1 as { result: CostSharingResult }).result.warnings).toEqual([]);
  });

  it('shares proportionally to the quantities when the registry lacks a population, and warns', async () => {
    // מגדל תפן, an industrial local council of the Western Galilee cluster, has no population in the CBS profile.
    const slug = 'galil-maaravi';
    const members = (await t.app.inject(`/api/v1/clusters/${slug}`)).json().members as { id: string; cbsCode: number; population: number | null }[];
    const tefen = members.find((m) => m.cbsCode === 1722)!;
    const other = members.find((m) => m.population !== null)!;
    expect(tefen.population).toBeNull();
    const k = makeClient(t, await signInAll(t, { staff: `staff-${slug}@demo.local`, tefen: `rep-${tefen.id}@demo.local`, other: `rep-${other.id}@demo.local` }));
    const s = await createService(k, 'staff', slug, [tefen.id, other.id]);
    await join(k, 'tefen', s, tefen.id);
    await join(k, 'other', s, other.id);
    const res = await k.post('staff', studies(s), studyInput([{ authorityId: tefen.id, quantity: 300, currentCost: null }, { authorityId: other.id, quantity: 100, currentCost: null }]));
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json().result as CostSharingResult;
    const prop = result.allocations.find((x) => x.method === 'proportional')!;
    expect(prop.shares.find((x) => x.player === tefen.id)!.share / prop.shares.find((x) => x.player === other.id)!.share).toBeCloseTo(3, 6);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'WEIGHTS_FROM_QUANTITIES', values: { authorities: [tefen.id] } }));
  });

  it('makes a new version on each save and never changes an earlier one', async () => {
    const id = await joinedService();
    const v1 = await saved(id, studyInput(baseline()));
    const res = await c.post('staff', studies(id), secondStudy());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().version).toBe(2);
    expect((await c.get('staff', `${studies(id)}/1`)).json()).toEqual(v1);
    expect((await c.get('staff', `${studies(id)}/latest`)).json().version).toBe(2);
    const list = (await c.get('staff', studies(id))).json().items;
    expect(list.map((s: { version: number }) => s.version)).toEqual([2, 1]);
    expect(list[1]).toMatchObject({ submitted: false, total: (v1 as { result: CostSharingResult }).result.total, saving: (v1 as { result: CostSharingResult }).result.saving });
    expect((await c.get('staff', `/api/v1/services/${id}`)).json().currentStudyVersion).toBe(2);
  });

  it('two saves at once get two versions', async () => {
    const id = await joinedService();
    for (const body of [studyInput(baseline()), secondStudy()]) await saved(id, body);
    const results = await Promise.all([c.post('staff', studies(id), studyInput(baseline())), c.post('staff', studies(id), studyInput(baseline()))]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(results.map((r) => r.json().version).sort()).toEqual([3, 4]);
  });

  it.each([
    ['a baseline missing a joined authority', () => [baseline()[0]!], 'is missing'],
    ['a baseline with an authority that declined', () => [...baseline(), { authorityId: d, quantity: 10, currentCost: null }], 'has not joined'],
  ])('refuses %s with STUDY_PARTICIPANTS_MISMATCH', async (_, rows, message) => {
    const [audits, versions] = [await auditCount(t), await versionCount()];
    const res = await c.post('staff', studies(), studyInput(rows()));
    expectProblem(res, 409, 'STUDY_PARTICIPANTS_MISMATCH');
    expect(res.json().issues[0].message).toContain(message);
    expect([await auditCount(t), await versionCount()]).toEqual([audits, versions]);
  });

  it.each([
    ['an authority twice', () => studyInput([...baseline(), baseline()[0]!])],
    ['an unknown field', () => studyInput(baseline(), { approvedBy: 'me' })],
    ['an unknown method', () => studyInput(baseline(), { proposedMethod: 'coin-toss' })],
    ['a negative quantity', () => studyInput([{ ...baseline()[0]!, quantity: -1 }, baseline()[1]!])],
    ['a cost as text', () => studyInput([{ ...baseline()[0]!, currentCost: '900000' as unknown as number }, baseline()[1]!])],
    ['an empty baseline', () => studyInput([])],
    ['a model without its type', () => studyInput(baseline(), { model: { quantities: {}, scale: 1, exponent: 1 } })],
  ])('refuses %s with 400', async (_, body) => {
    const [audits, versions] = [await auditCount(t), await versionCount()];
    expectProblem(await c.post('staff', studies(), body()), 400, 'VALIDATION_FAILED');
    expect([await auditCount(t), await versionCount()]).toEqual([audits, versions]);
  });

  it("refuses another cluster's staff and every other role", async () => {
    const [audits, versions] = [await auditCount(t), await versionCount()];
    expectProblem(await c.post('otherStaff', studies(), studyInput(baseline())), 403, 'FORBIDDEN');
    for (const who of ['repA', 'ministry', 'committee']) expectProblem(await c.post(who, studies(), studyInput(baseline())), 403, 'FORBIDDEN');
    expectProblem(await c.post(null, studies(), studyInput(baseline())), 401, 'UNAUTHENTICATED');
    expectProblem(await c.post('staff', studies(999_999), studyInput(baseline())), 404, 'SERVICE_NOT_FOUND');
    expect([await auditCount(t), await versionCount()]).toEqual([audits, versions]);
  });

  it('refuses a service that no authority has joined yet', async () => {
    const fresh = await createService(c, 'staff', x, [a]);
    expectProblem(await c.post('staff', studies(fresh), studyInput([baseline()[0]!])), 409, 'NO_PARTICIPANTS');
  });

  it('refuses while the service is submitted or decided', async () => {
    const id = await joinedService();
    const versions = await versionCount();
    for (const state of ['submitted', 'approved', 'rejected']) {
      await t.database.db.execute(sql`update services set state = ${state} where id = ${id}`);
      expectProblem(await c.post('staff', studies(id), studyInput(baseline())), 409, 'SERVICE_FROZEN');
    }
    await t.database.db.execute(sql`update services set state = 'returned' where id = ${id}`);
    expect(await versionCount()).toBe(versions);
    expect((await c.post('staff', studies(id), studyInput(baseline()))).statusCode).toBe(201);
    await t.database.db.execute(sql`update services set state = 'planning' where id = ${id}`);
  });

  /**
   * A service that a, b and e joined, and a study of it where SCRB is undefined: stand-alone costs
   * equal to the separable costs leave it no remaining benefits to share by.
   */
  async function scrbUndefined(extra: Partial<SaveStudy>) {
    const s = await createService(c, 'staff', x, [a, b, e]);
    for (const [rep, auth] of [['repA', a], ['repB', b], ['repE', e]] as const) await join(c, rep, s, auth);
    const rows = [a, b, e].map((authorityId, i) => ({ authorityId, quantity: 10 * (i + 1), currentCost: 10 * (i + 1) }));
    return { s, body: studyInput(rows, { model: { type: 'power', quantities: {}, fixed: 100, scale: 1, exponent: 1 }, ...extra }) };
  }

  it("passes on the engine's refusal as COST_SHARING_INVALID, in the caller's language", async () => {
    const { s, body } = await scrbUndefined({ methods: ['scrb'], proposedMethod: 'scrb' });
    const versions = await versionCount();
    const res = await t.app.inject({ method: 'POST', url: studies(s), payload: body, headers: { cookie: (await signInAll(t, { s: `staff-${x}@demo.local` })).s!, origin: siteOrigin, 'accept-language': 'en' } });
    expectProblem(res, 422, 'COST_SHARING_INVALID');
    expect(res.json().detail).toMatch(/SCRB|separable/i);
    expect(await versionCount()).toBe(versions);
  });

  it('keeps the methods that could be computed, with the reason of each that could not', async () => {
    const { s, body } = await scrbUndefined({ methods: ['equal', 'scrb'], proposedMethod: 'shapley' });
    const saved = await c.post('staff', studies(s), body);
    expect(saved.statusCode, saved.body).toBe(201);
    const result = saved.json().result as CostSharingResult;
    expect(result.allocations.map((m) => m.method)).toEqual(['equal', 'shapley']);
    expect(result.failures).toEqual([expect.objectContaining({ method: 'scrb', code: 'SCRB_UNDEFINED', params: {} })]);
    expect((await c.get('repA', `${studies(s)}/latest`)).json().result.failures).toEqual(result.failures);
  });

  it('refuses a study whose proposed method could not be computed, and keeps nothing', async () => {
    const { s, body } = await scrbUndefined({ methods: ['equal', 'shapley'], proposedMethod: 'scrb' });
    const [audits, versions] = [await auditCount(t), await versionCount()];
    const res = await c.post('staff', studies(s), body);
    expectProblem(res, 422, 'PROPOSED_METHOD_FAILED');
    expect(res.json().issues).toEqual([expect.objectContaining({ path: 'body.proposedMethod', code: 'cost_sharing', params: { code: 'SCRB_UNDEFINED' } })]);
    expect([await auditCount(t), await versionCount()]).toEqual([audits, versions]);
    expectProblem(await c.get('staff', `${studies(s)}/latest`), 404, 'STUDY_NOT_FOUND');
  });
});

describe('a version kept before methods could fail on their own', () => {
  it('reads with its figures and no failures, and is compared and shared as before', async () => {
    const s = await joinedService();
    await saved(s, studyInput(baseline()));
    await saved(s, secondStudy());
    await t.database.db.execute(sql`update feasibility_studies set result = result - 'failures' where service_id = ${s}`);
    const [kept] = await select<{ has: boolean }>(t, sql`select bool_or(result ? 'failures') as has from feasibility_studies where service_id = ${s}`);
    expect(kept!.has).toBe(false);
    const v1 = (await c.get('staff', `${studies(s)}/1`)).json();
    expect(v1.void).toBeUndefined();
    expect(v1.result.failures).toEqual([]);
    expect(v1.result.allocations.map((m: { method: string }) => m.method)).toEqual(['proportional', 'shapley', 'nucleolus']);
    expect((await c.get('staff', studies(s))).json().items.map((i: { void: boolean }) => i.void)).toEqual([false, false]);
    expect((await c.get('staff', `${studies(s)}/compare?from=1&to=2`)).statusCode).toBe(200);
    expect((await c.get('repA', `${studies(s)}/latest/share`)).statusCode).toBe(200);
  });
});

describe('reading studies', () => {
  it.each([
    ["the cluster's staff", 'staff', 200],
    ['the committee', 'committee', 200],
    ['the ministry', 'ministry', 200],
    ['a representative of a joined authority', 'repA', 200],
    ['a representative of an authority that declined', 'repD', 200],
    ['a representative of a member not invited', 'repE', 403],
    ["another cluster's staff", 'otherStaff', 403],
    ['anonymous', null, 401],
  ])('%s (%s): %i', async (_, as, status) => {
    for (const url of [studies(), `${studies()}/1`, `${studies()}/latest`, `${studies()}/compare?from=1&to=2`, `${studies()}/1/sensitivity?range=0.1&points=3`]) {
      const res = await c.get(as, url);
      if (status === 200) expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      else expectProblem(res, status, status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it('compares two versions per authority', async () => {
    const res = await c.get('staff', `${studies()}/compare?from=1&to=2`);
    expect(res.statusCode).toBe(200);
    const cmp = res.json();
    const [v1, v2] = [(await c.get('staff', `${studies()}/1`)).json(), (await c.get('staff', `${studies()}/2`)).json()];
    const shareIn = (v: { input: SaveStudy; result: CostSharingResult }, who: string) =>
      v.result.allocations.find((x) => x.method === v.input.proposedMethod)!.shares.find((s) => s.player === who)!.shareAgorot / 100;
    expect(cmp).toMatchObject({ from: 1, to: 2, total: { from: v1.result.totalAgorot / 100, to: v2.result.totalAgorot / 100 } });
    expect(cmp.rows.find((r: { authorityId: string }) => r.authorityId === a)).toEqual({
      authorityId: a,
      from: shareIn(v1, a),
      to: shareIn(v2, a),
      change: Math.round((shareIn(v2, a) - shareIn(v1, a)) * 100) / 100,
    });
  });

  it('answers 404 for a version that does not exist and 400 for a malformed one', async () => {
    expectProblem(await c.get('staff', `${studies()}/99`), 404, 'STUDY_NOT_FOUND');
    expectProblem(await c.get('staff', `${studies()}/compare?from=1&to=99`), 404, 'STUDY_NOT_FOUND');
    expectProblem(await c.get('staff', `${studies()}/first`), 400, 'VALIDATION_FAILED');
    expectProblem(await c.get('staff', `${studies()}/compare?from=1`), 400, 'VALIDATION_FAILED');
    const fresh = await createService(c, 'staff', x, [a]);
    expectProblem(await c.get('staff', `${studies(fresh)}/latest`), 404, 'STUDY_NOT_FOUND');
  });
});

describe("the sensitivity of a study's shares", () => {
  const sensitivity = (query: string, version = '1') => c.get('staff', `${studies()}/${version}/sensitivity${query}`);
  type Point = { change: number; shares: { player: string; share: number }[] | null };

  it('is of the proposed method unless another is named, at no change the shares the version keeps', async () => {
    const res = await sensitivity('');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    const kept = (await c.get('staff', `${studies()}/1`)).json();
    expect(s).toMatchObject({ method: kept.input.proposedMethod, range: 0.2 });
    expect(s.jointCost).toHaveLength(9);
    const none = s.jointCost.find((p: Point) => p.change === 0) as Point;
    const proposed = kept.result.allocations.find((a: { method: string }) => a.method === kept.input.proposedMethod);
    none.shares!.forEach((x, i) => expect(x.share).toBeCloseTo(proposed.shares[i].share, 6));
    expect(s.quantities.map((q: { player: string }) => q.player)).toEqual([a, b]);
  });

  it('weighs the proportional shares as the version did, whatever the registry says today', async () => {
    const kept = (await c.get('staff', `${studies()}/1`)).json();
    const proportional = kept.result.allocations.find((x: { method: string }) => x.method === 'proportional');
    expect(proportional).toBeDefined();
    const s = (await sensitivity('?method=proportional&range=0.1&points=3')).json();
    const none = s.jointCost.find((p: Point) => p.change === 0) as Point;
    none.shares!.forEach((x, i) => expect(x.share).toBeCloseTo(proportional.shares[i].share, 6));
  });

  it('refuses a method the version did not compute, options out of range, and a version that does not exist', async () => {
    const res = await sensitivity('?method=scrb');
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.json().issues).toMatchObject([{ path: 'querystring.method', code: 'method_not_in_study' }]);
    expectProblem(await sensitivity('?range=0.6'), 400, 'VALIDATION_FAILED');
    expectProblem(await sensitivity('?points=2'), 400, 'VALIDATION_FAILED');
    expectProblem(await sensitivity('?range=abc'), 400, 'VALIDATION_FAILED');
    expectProblem(await sensitivity('', '99'), 404, 'STUDY_NOT_FOUND');
  });
});

describe("an authority's share and saving", () => {
  const share = (as: string | null, query = '', version = 'latest') => c.get(as, `${studies()}/${version}/share${query}`);

  it("is its representative's own, under the proposed method of the latest version", async () => {
    const res = await share('repA');
    expect(res.statusCode, res.body).toBe(200);
    const latest = (await c.get('staff', `${studies()}/latest`)).json();
    const mine = latest.result.allocations.find((x: { method: string }) => x.method === latest.input.proposedMethod).shares.find((s: { player: string }) => s.player === a);
    expect(res.json()).toEqual({
      authorityId: a,
      version: latest.version,
      method: latest.input.proposedMethod,
      standAlone: mine.standAlone,
      share: mine.share,
      shareAgorot: mine.shareAgorot,
      saving: mine.saving,
      savingPercent: mine.savingPercent,
    });
    expect((await share('repA', `?authorityId=${a}`, '1')).json()).toMatchObject({ authorityId: a, version: 1, method: 'shapley' });
  });

  it("is refused for another authority's share to a representative, and to those who may not read the study", async () => {
    expectProblem(await share('repA', `?authorityId=${b}`), 403, 'FORBIDDEN');
    expectProblem(await share('repE'), 403, 'FORBIDDEN');
    expectProblem(await share('otherStaff', `?authorityId=${a}`), 403, 'FORBIDDEN');
    expectProblem(await share(null), 401, 'UNAUTHENTICATED');
  });

  it('is any authority\'s for the staff and national roles, who must name it', async () => {
    expect((await share('staff', `?authorityId=${b}`)).json()).toMatchObject({ authorityId: b });
    expect((await share('committee', `?authorityId=${a}`)).json()).toMatchObject({ authorityId: a });
    expectProblem(await share('staff'), 400, 'VALIDATION_FAILED');
    expectProblem(await share('staff', '?authorityId=nobody'), 400, 'VALIDATION_FAILED');
  });

  it('is not found for an authority outside the study or a version that does not exist', async () => {
    expectProblem(await share('repD'), 404, 'NOT_FOUND');
    expectProblem(await share('repA', '', '99'), 404, 'STUDY_NOT_FOUND');
  });
});
