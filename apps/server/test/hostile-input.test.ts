import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTables, expectProblem, expectRefused } from './fingerprint';
import { createService, join, makeClient, signInAll, staffAccount, repAccount, studyInput, type Client } from './service-factories';
import { buildTestApp, type TestApp } from './test-app';

/**
 * Input meant to hurt: figures too large to compute with, and control characters in text. Each is
 * refused at once with a code, changes nothing, and the server keeps answering everyone else.
 */

const own = 'negev-maaravi';

let t: TestApp;
let c: Client;
let members: string[];
let serviceId: number;

beforeAll(async () => {
  t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id).slice(0, 2);
  const cookies = await signInAll(t, { ministry: 'ministry@demo.local', staff: staffAccount(own), rep0: repAccount(members[0]!), rep1: repAccount(members[1]!) });
  c = makeClient(t, cookies);
  serviceId = await createService(c, 'staff', own, members);
  await join(c, 'rep0', serviceId, members[0]!);
  await join(c, 'rep1', serviceId, members[1]!);
});
afterAll(() => t.close());

const refused = (call: () => ReturnType<Client['get']>, status: number, code: string) => expectRefused(t, allTables, call, status, code);
const pathsOf = (res: { json(): { issues?: { path: string; code: string }[] } }) => (res.json().issues ?? []).map((i) => `${i.path}:${i.code}`);

/** Two participants and every group's cost, one of them `value`. */
const explicitGame = (value: number) => ({
  players: ['a', 'b'],
  coalitions: [
    { members: ['a'], value },
    { members: ['b'], value: 10 },
    { members: ['a', 'b'], value: 12 },
  ],
  methods: ['shapley', 'nucleolus', 'scrb'],
});
const modelGame = (model: Record<string, unknown>) => ({
  players: ['a', 'b', 'c'],
  model: { type: 'power', quantities: { a: 1, b: 2, c: 3 }, fixed: 0, scale: 1, exponent: 0.8, ...model },
  methods: ['shapley', 'nucleolus', 'proportional'],
});

describe('figures too large to compute with', () => {
  it.each([
    ['a group cost of 1e308', explicitGame(1e308), 'body.coalitions.0.value:too_big'],
    ['a group cost beyond ten billion shekels', explicitGame(10_000_000_001), 'body.coalitions.0.value:too_big'],
    ['a fixed cost of 1e308', modelGame({ fixed: 1e308 }), 'body.model.fixed:too_big'],
    ['a quantity beyond a billion', modelGame({ quantities: { a: 1, b: 2, c: 2e9 } }), 'body.model.quantities.c:too_big'],
    ['a weight beyond ten billion', { ...modelGame({}), weights: { a: 1, b: 1, c: 1e11 } }, 'body.weights.c:too_big'],
  ])('refuses %s by its contract, before any work', async (_, body, issue) => {
    const res = await c.post('staff', '/api/v1/cost-sharing', body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(pathsOf(res)).toContain(issue);
  });

  it('refuses a model whose joint cost is beyond range, naming the engine’s code', async () => {
    const res = await c.post('staff', '/api/v1/cost-sharing', modelGame({ scale: 10_000_000_000, exponent: 10, quantities: { a: 1e9, b: 1e9, c: 1e9 } }));
    expectProblem(res, 422, 'COST_SHARING_INVALID');
    expect(res.json().issues[0].params).toMatchObject({ code: 'VALUE_TOO_LARGE', limit: 10_000_000_000 });
  });

  it('keeps answering /api/health while such requests come in', async () => {
    const attacks = Array.from({ length: 8 }, (_, i) => c.post('staff', '/api/v1/cost-sharing', i % 2 ? explicitGame(1e308) : modelGame({ fixed: 1e308 })));
    const health = await t.app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    for (const res of await Promise.all(attacks)) expect(res.statusCode).toBe(400);
  });

  it.each([
    ['a current cost of 1e23', { currentCost: 1e23 }, 'body.baseline.0.currentCost:too_big'],
    ['a current cost of 10^14 shekels', { currentCost: 1e14 }, 'body.baseline.0.currentCost:too_big'],
    ['a quantity of 1e308', { quantity: 1e308 }, 'body.baseline.0.quantity:too_big'],
  ])('stores no study with %s', async (_, row, issue) => {
    const baseline = members.map((authorityId, i) => ({ authorityId, quantity: 1000, currentCost: 400_000, ...(i === 0 ? row : {}) }));
    const res = await refused(() => c.post('staff', `/api/v1/services/${serviceId}/studies`, studyInput(baseline)), 400, 'VALIDATION_FAILED');
    expect(pathsOf(res)).toContain(issue);
  });
});

describe('control characters in text', () => {
  it('refuses a NUL in an anonymous search', async () => {
    const res = await t.app.inject('/api/v1/authorities?q=%00');
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(pathsOf(res)).toEqual(['query.q:control_character']);
  });

  it.each([
    ['a NUL', '\u0000'],
    ['an escape', '\u001b[31m'],
    ['a delete', '\u007f'],
  ])('refuses %s in a name, and stores nothing', async (_, bad) => {
    const res = await refused(() => c.post('ministry', '/api/v1/clusters', { slug: 'control-test', nameHe: `אשכול ${bad} בדיקה` }), 400, 'VALIDATION_FAILED');
    expect(pathsOf(res)).toEqual(['body.nameHe:control_character']);
  });

  it('refuses one in a path, and in a key of a body', async () => {
    expectProblem(await t.app.inject('/api/v1/clusters/a%00b'), 400, 'VALIDATION_FAILED');
    const res = await refused(() => c.post('staff', '/api/v1/cost-sharing', { ...modelGame({}), weights: { 'a\u0000': 1 } }), 400, 'VALIDATION_FAILED');
    expect(pathsOf(res)).toEqual(['body.weights.a\u0000:control_character']);
  });

  it('keeps tabs and line breaks in a note', async () => {
    const res = await c.patch('staff', `/api/v1/services/${serviceId}`, { description: 'שורה ראשונה\nשורה\tשנייה\r\n' });
    expect(res.statusCode, res.body).toBe(200);
  });

  // PostgreSQL refused such a name in the audit event's JSON, and the server answered 500.
  it.each([
    ['a lone first half', '\ud800'],
    ['two halves the wrong way round', '\udfff\ud800'],
  ])('refuses %s of a surrogate pair in a name, and stores nothing', async (_, bad) => {
    const res = await refused(() => c.patch('staff', `/api/v1/services/${serviceId}`, { nameHe: `שירות ${bad}` }), 400, 'VALIDATION_FAILED');
    expect(pathsOf(res)).toEqual(['body.nameHe:malformed_text']);
  });

  it('keeps an emoji, whose halves are paired', async () => {
    const res = await c.patch('staff', `/api/v1/services/${serviceId}`, { nameHe: 'הסעות 🚌' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().nameHe).toBe('הסעות 🚌');
  });
});

describe('URLs the router cannot read', () => {
  it.each([
    ['a percent sign that encodes nothing', '/api/v1/authorities/%zz'],
    ['a cut-off UTF-8 sequence', '/api/v1/clusters/%E0%A4%A'],
    ['a path part longer than the router takes', `/api/v1/services/${'1'.repeat(200)}`],
  ])('answers %s with a problem, not the framework’s own JSON', async (_, url) => {
    expectProblem(await c.get('ministry', url), 400, 'VALIDATION_FAILED');
  });

  it('refuses a write to such a URL, and stores nothing', async () => {
    await refused(() => c.post('ministry', '/api/v1/clusters/%zz/memberships', { authorityId: members[0], joinedOn: '2026-01-01' }), 400, 'VALIDATION_FAILED');
  });
});

describe('ids beyond what the database numbers', () => {
  // Ids are 32-bit serials: PostgreSQL refused to compare a larger one, and the server answered 500.
  it.each([
    `/api/v1/services/2147483648`,
    `/api/v1/services/9007199254740991/studies/compare?from=1&to=2`,
    `/api/v1/services/1/studies/2147483648`,
    '/api/v1/budget/programmes/2147483648/ledger',
    '/api/v1/submissions/2147483648',
    '/api/v1/submissions/agenda?ids=1,2147483648',
  ])('refuses %s by its contract', async (url) => {
    expectProblem(await c.get('ministry', url), 400, 'VALIDATION_FAILED');
  });

  it('refuses one in a body, and stores nothing', async () => {
    await refused(() => c.post('staff', `/api/v1/services/${serviceId}/submit`, { requestedGrant: 1, studyVersion: 2 ** 31 }), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', '/api/v1/notifications/read', { ids: [2 ** 31] }), 400, 'VALIDATION_FAILED');
  });

  it('looks up the largest id there can be, and finds nothing', async () => {
    expectProblem(await c.get('ministry', '/api/v1/services/2147483647'), 404, 'SERVICE_NOT_FOUND');
  });
});

describe('days the database cannot keep', () => {
  // JavaScript reads 0000-01-01 as a day, but PostgreSQL refused it and the server answered 500.
  it('refuses a day of year 0, and stores nothing', async () => {
    const res = await refused(() => c.patch('ministry', `/api/v1/clusters/${own}`, { foundedOn: '0000-01-01' }), 400, 'VALIDATION_FAILED');
    expect(pathsOf(res)).toEqual(['body.foundedOn:custom']);
  });
});
