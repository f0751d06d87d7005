import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTables, fingerprint } from './fingerprint';
import { decided, decision, readyService, submitted } from './review-fixtures';
import { as, makeClient, nationalAccounts, pdfBytes, readers, repAccount, signInAll, siteOrigin, staffAccount, type Client } from './service-factories';
import { buildTestApp, refusalsOf, select, workbookOf, type TestApp } from './test-app';
import { sql } from 'drizzle-orm';

/**
 * Indicators and their values through the API: the measurement partner defines indicators; a
 * cluster's staff and an authority's representative enter values, each a version, with comments
 * and evidence; the partner approves or returns them; the approved version counts, every version
 * is kept. Sheets import whole or not at all; what is owed is listed and told of; the dashboards'
 * gaps, splits, before/after and savings are held against figures worked by hand.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let c: Client;
let cookies: Record<string, string>;
/** Members of the cluster since 2016: A and B join the service, C and D do not. */
let A: string, B: string, C: string, D: string;
/** A member only since the source of October 2025. */
let N: string;
/** A member of another cluster. */
let O: string;
let serviceId: number;

type Json = Record<string, unknown>;
type ValueJson = { id: number; period: string; kind: string; approved: { version: number; value: number } | null; latest: { version: number; state: string } | null; versions: { version: number; value: number; state: string; comment: string; remark: string; documents: { id: string }[] }[] | null; actions: string[] };

beforeAll(async () => {
  t = await buildTestApp();
  const cluster = (await t.app.inject(`/api/v1/clusters/${own}`)).json() as { members: { id: string; membership: { observedAsOf: string | null } }[] };
  const old = cluster.members.filter((m) => m.membership.observedAsOf === '2016').map((m) => m.id);
  const recent = cluster.members.filter((m) => m.membership.observedAsOf === '2025-10').map((m) => m.id);
  [A, B, C, D] = old as [string, string, string, string];
  N = recent[0]!;
  O = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  cookies = await signInAll(t, {
    ...nationalAccounts,
    staff: staffAccount(own),
    staffOther: staffAccount(other),
    rep: repAccount(A),
    repB: repAccount(B),
    repN: repAccount(N),
    repOther: repAccount(O),
  });
  c = makeClient(t, cookies);
  // A waste service A and B joined on 1 March 2025, with its study approved by the committee.
  serviceId = await readyService(c, { staff: 'staff', slug: own, joiners: [A, B], reps: { [A]: 'rep', [B]: 'repB' } });
  await decided(c, await submitted(c, 'staff', serviceId, 0), decision('approve'));
});
afterAll(() => t.close());

const refused = refusalsOf(() => t);

async function ok<T = Json>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

const indicatorBody = (over: Json = {}) => ({
  nameHe: 'שיעור מיחזור',
  unitHe: '%',
  direction: 'higher-is-better',
  frequency: 'year',
  kind: 'coverage',
  domain: 'environment_waste',
  owner: 'שותף המדידה',
  fromPeriod: '2025',
  minValue: 0,
  maxValue: 100,
  ...over,
});
const define = (over: Json = {}) => ok<{ id: number } & Json>(c.post('measurement', '/api/v1/measurement/indicators', indicatorBody(over)), 201);
const enter = (id: number, body: Json, who: string | null = 'staff') => c.post(who, `/api/v1/measurement/indicators/${id}/values`, body);
const review = (valueId: number, body: Json, who = 'measurement') => c.post(who, `/api/v1/measurement/values/${valueId}/review`, body);

/** Values entered by the cluster's staff and approved by the partner, all at once. */
async function approvedValues(indicatorId: number, rows: [authorityId: string, period: string, value: number, kind?: string][]) {
  const ids: { valueId: number; version: number }[] = [];
  for (const [authorityId, period, value, kind] of rows) {
    const v = await ok<ValueJson>(enter(indicatorId, { authorityId, period, value, kind: kind ?? 'actual' }), 201);
    ids.push({ valueId: v.id, version: v.latest!.version });
  }
  await ok(c.post('measurement', '/api/v1/measurement/values/review', { decision: 'approve', items: ids }));
}

describe('indicators', () => {
  it('are defined by the measurement partner alone, every bad definition refused and nothing stored', async () => {
    await refused(() => c.post('ministry', '/api/v1/measurement/indicators', indicatorBody()), 403, 'FORBIDDEN');
    await refused(() => c.post('staff', '/api/v1/measurement/indicators', indicatorBody()), 403, 'FORBIDDEN');
    await refused(() => c.post(null, '/api/v1/measurement/indicators', indicatorBody()), 401, 'UNAUTHENTICATED');
    await refused(() => c.post('measurement', '/api/v1/measurement/indicators', indicatorBody({ minValue: 10, maxValue: 5 })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('measurement', '/api/v1/measurement/indicators', indicatorBody({ fromPeriod: '2025-Q1' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('measurement', '/api/v1/measurement/indicators', indicatorBody({ fromPeriod: '2025-Q5', frequency: 'quarter' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('measurement', '/api/v1/measurement/indicators', indicatorBody({ dueDays: 'thirty' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('measurement', '/api/v1/measurement/indicators', indicatorBody({ direction: 'sideways' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('measurement', '/api/v1/measurement/indicators', indicatorBody({ serviceId: 999_999 })), 404, 'SERVICE_NOT_FOUND');
    expect((await ok<{ items: unknown[] }>(c.get('measurement', '/api/v1/measurement/indicators'))).items).toEqual([]);
  });

  it('are read by everyone signed in; the public reads the public ones alone', async () => {
    const open = await define({ public: true, nameHe: 'מדד ציבורי' });
    const closed = await define({ nameHe: 'מדד פנימי' });
    expect(open).toMatchObject({ public: true, frequency: 'year', serviceId: null, dueDays: 90, actions: ['update'] });
    const list = async (who: string | null) => (await ok<{ items: { id: number }[]; actions: string[] }>(c.get(who, '/api/v1/measurement/indicators')));
    expect((await list(null)).items.map((i) => i.id)).toEqual([open.id]);
    expect((await list('repOther')).items.map((i) => i.id)).toEqual([open.id, closed.id]);
    expect((await list('measurement')).actions).toEqual(['define']);
    expect((await list('staff')).actions).toEqual([]);
    expect((await ok<{ actions: string[] }>(c.get('staff', `/api/v1/measurement/indicators/${closed.id}`))).actions).toEqual(['enter']);
    await refused(() => c.get(null, `/api/v1/measurement/indicators/${closed.id}`), 404, 'INDICATOR_NOT_FOUND');
    const book = await workbookOf(await c.get(null, '/api/v1/measurement/indicators.xlsx'));
    expect(book.worksheets[0]!.rowCount).toBe(2);
  });

  it('change by the partner, checked whole as they will stand; their frequency stays once values are entered', async () => {
    const ind = await define();
    await refused(() => c.patch('ministry', `/api/v1/measurement/indicators/${ind.id}`, { public: true }), 403, 'FORBIDDEN');
    await refused(() => c.patch('measurement', `/api/v1/measurement/indicators/${ind.id}`, {}), 400, 'VALIDATION_FAILED');
    await refused(() => c.patch('measurement', `/api/v1/measurement/indicators/${ind.id}`, { minValue: 200 }), 400, 'VALIDATION_FAILED');
    await refused(() => c.patch('measurement', `/api/v1/measurement/indicators/${ind.id}`, { frequency: 'quarter' }), 400, 'VALIDATION_FAILED');
    await refused(() => c.patch('measurement', '/api/v1/measurement/indicators/999999', { public: true }), 404, 'INDICATOR_NOT_FOUND');
    expect(await ok(c.patch('measurement', `/api/v1/measurement/indicators/${ind.id}`, { frequency: 'quarter', fromPeriod: '2025-Q1' }))).toMatchObject({ frequency: 'quarter', fromPeriod: '2025-Q1' });
    await ok(enter(ind.id, { authorityId: A, period: '2025-Q2', value: 40 }), 201);
    await refused(() => c.patch('measurement', `/api/v1/measurement/indicators/${ind.id}`, { frequency: 'year', fromPeriod: '2025' }), 409, 'MEASUREMENT_FREQUENCY_LOCKED');
    expect(await ok(c.patch('measurement', `/api/v1/measurement/indicators/${ind.id}`, { public: true, dueDays: 30 }))).toMatchObject({ public: true, dueDays: 30, frequency: 'quarter' });
  });
});

describe('a value entered', () => {
  let ind: number;
  beforeAll(async () => {
    ind = (await define({ nameHe: 'שיעור מיחזור לבדיקת הזנה', fromPeriod: '2023' })).id;
  });

  it('is refused, storing nothing, for another’s authority, a period of another frequency or to come, text in a number, a value out of range', async () => {
    const body = { authorityId: A, period: '2025', value: 40 };
    await refused(() => enter(ind, body, 'repB'), 403, 'FORBIDDEN');
    await refused(() => enter(ind, body, 'staffOther'), 403, 'FORBIDDEN');
    await refused(() => enter(ind, { ...body, authorityId: O }), 403, 'FORBIDDEN');
    await refused(() => enter(ind, body, 'measurement'), 403, 'FORBIDDEN');
    await refused(() => enter(ind, body, null), 401, 'UNAUTHENTICATED');
    await refused(() => enter(ind, { ...body, value: 'forty' }), 400, 'VALIDATION_FAILED');
    await refused(() => enter(ind, { ...body, value: '40' }), 400, 'VALIDATION_FAILED');
    await refused(() => enter(ind, { ...body, period: '2025-13' }), 400, 'VALIDATION_FAILED');
    await refused(() => enter(ind, { ...body, period: '2025-Q3' }), 422, 'MEASUREMENT_PERIOD_INVALID');
    await refused(() => enter(ind, { ...body, period: '2090' }), 422, 'MEASUREMENT_PERIOD_FUTURE');
    await refused(() => enter(ind, { ...body, value: 101 }), 422, 'MEASUREMENT_VALUE_OUT_OF_RANGE');
    await refused(() => enter(ind, { ...body, authorityId: 'loc-99999' }), 404, 'AUTHORITY_NOT_FOUND');
    // A member since October 2025 was not one in 2023: its cluster's staff are told so.
    await refused(() => enter(ind, { ...body, authorityId: N, period: '2023' }), 422, 'MEASUREMENT_NOT_MEMBER');
    await refused(() => enter(999_999, body), 404, 'INDICATOR_NOT_FOUND');
    const problem = (await enter(ind, { ...body, authorityId: O })).json();
    expect(problem.issues).toEqual([expect.objectContaining({ path: 'authorityId', code: 'outside_scope' })]);
    expect((await ok<{ items: unknown[] }>(c.get('measurement', '/api/v1/measurement/queue'))).items.filter((i) => (i as { indicator: { id: number } }).indicator.id === ind)).toEqual([]);
  });

  it('keeps every version; the partner approves or returns it with a remark, and the approved one counts', async () => {
    const doc = await ok<{ id: string }>(c.upload('rep', pdfBytes('recycling invoices'), { name: 'חשבוניות.pdf' }), 201);
    const otherDoc = await ok<{ id: string }>(c.upload('repOther', pdfBytes('elsewhere'), { name: 'אחר.pdf' }), 201);
    await refused(() => enter(ind, { authorityId: A, period: '2024', value: 40, documentIds: [otherDoc.id] }, 'rep'), 404, 'DOCUMENT_NOT_FOUND');
    const first = await ok<ValueJson>(enter(ind, { authorityId: A, period: '2024', value: 40, comment: 'לפי דוח הקבלן', documentIds: [doc.id] }, 'rep'), 201);
    expect(first).toMatchObject({ period: '2024', kind: 'actual', approved: null, latest: { version: 1, state: 'submitted' }, actions: [] });
    expect(first.versions).toMatchObject([{ version: 1, value: 40, state: 'submitted', comment: 'לפי דוח הקבלן', documents: [{ id: doc.id }] }]);
    // The partner is told; a second version while one waits is refused.
    expect(((await ok<{ items: { kind: string }[] }>(c.get('measurement', '/api/v1/notifications'))).items)[0]!.kind).toBe('measurement_to_approve');
    await refused(() => enter(ind, { authorityId: A, period: '2024', value: 41 }, 'rep'), 409, 'MEASUREMENT_VALUE_PENDING');

    await refused(() => review(first.id, { decision: 'approve', version: 1 }, 'ministry'), 403, 'FORBIDDEN');
    await refused(() => review(first.id, { decision: 'return', version: 1 }), 400, 'VALIDATION_FAILED');
    await refused(() => review(first.id, { decision: 'approve', version: 2 }), 409, 'MEASUREMENT_VERSION_STALE');
    await refused(() => review(999_999, { decision: 'approve', version: 1 }), 404, 'MEASUREMENT_VALUE_NOT_FOUND');
    const returned = await ok<ValueJson>(review(first.id, { decision: 'return', version: 1, remark: 'חסרה חשבונית לחודש מרץ' }));
    expect(returned).toMatchObject({ approved: null, latest: { version: 1, state: 'returned' } });
    await refused(() => review(first.id, { decision: 'approve', version: 1 }), 409, 'MEASUREMENT_VALUE_NOT_PENDING');
    for (const who of ['rep', 'staff']) {
      const told = (await ok<{ items: { kind: string; params: Json }[] }>(c.get(who, '/api/v1/notifications'))).items[0]!;
      expect(told).toMatchObject({ kind: 'measurement_returned', params: { indicator: 'שיעור מיחזור לבדיקת הזנה', remark: 'חסרה חשבונית לחודש מרץ' } });
    }
    expect((await ok<ValueJson>(c.get('rep', `/api/v1/measurement/values/${first.id}`))).actions).toEqual(['update']);

    const second = await ok<ValueJson>(enter(ind, { authorityId: A, period: '2024', value: 42, comment: 'עם החשבונית', documentIds: [doc.id] }, 'rep'), 201);
    expect(second.id).toBe(first.id);
    expect(second.versions!.map((v) => [v.version, v.value, v.state])).toEqual([[2, 42, 'submitted'], [1, 40, 'returned']]);
    expect((await ok<ValueJson>(c.get('measurement', `/api/v1/measurement/values/${first.id}`))).actions).toEqual(['review']);
    expect(await ok<ValueJson>(review(first.id, { decision: 'approve', version: 2 }))).toMatchObject({ approved: { version: 2, value: 42 }, latest: { version: 2, state: 'approved' } });

    // A third version waits: the second still counts until it is approved.
    await ok(enter(ind, { authorityId: A, period: '2024', value: 44 }), 201);
    expect(await ok<ValueJson>(c.get('repOther', `/api/v1/measurement/values/${first.id}`))).toMatchObject({ approved: { version: 2, value: 42 }, latest: null, versions: null });
    await refused(() => c.get(null, `/api/v1/measurement/values/${first.id}`), 404, 'INDICATOR_NOT_FOUND');
    const cell = async () => (await ok<{ periods: { period: string; cells: { authorityId: string; actual: number | null }[] }[] }>(c.get('ministry', `/api/v1/measurement/indicators/${ind}/clusters/${own}?from=2024&to=2024`))).periods[0]!.cells.find((x) => x.authorityId === A)!.actual;
    expect(await cell()).toBe(42);
    await ok(review(first.id, { decision: 'approve', version: 3 }));
    expect(await cell()).toBe(44);
    const history = await ok<ValueJson>(c.get('measurement', `/api/v1/measurement/values/${first.id}`));
    expect(history.versions!.map((v) => [v.version, v.state, v.remark])).toEqual([[3, 'approved', ''], [2, 'approved', ''], [1, 'returned', 'חסרה חשבונית לחודש מרץ']]);
    // The evidence is read by the partner and by the authority's cluster's staff; not by another authority's representative.
    expect((await c.get('measurement', `/api/v1/documents/${doc.id}`)).statusCode).toBe(200);
    expect((await c.get('staff', `/api/v1/documents/${doc.id}`)).statusCode).toBe(200);
    expect((await c.get('repOther', `/api/v1/documents/${doc.id}`)).statusCode).toBe(403);
  });

  it('takes a target for a period to come, and a baseline only of before the authority joined the service', async () => {
    await ok(enter(ind, { authorityId: A, period: '2090', value: 80, kind: 'target' }), 201);
    const cost = await define({ nameHe: 'עלות לטון לבדיקת בסיס', kind: 'unit_cost', direction: 'lower-is-better', serviceId, minValue: null, maxValue: null, unitHe: '₪ לטון', fromPeriod: '2023' });
    // A joined on 1 March 2025: 2025 is not before it.
    await refused(() => enter(cost.id, { authorityId: A, period: '2025', value: 400, kind: 'baseline' }), 422, 'MEASUREMENT_BASELINE_AFTER_JOIN');
    await ok(enter(cost.id, { authorityId: A, period: '2024', value: 400, kind: 'baseline' }), 201);
    // C never joined: any past period is its baseline.
    await ok(enter(cost.id, { authorityId: C, period: '2025', value: 300, kind: 'baseline' }), 201);
  });

  it('approves several at once, or none when one of them cannot be', async () => {
    const b = await ok<ValueJson>(enter(ind, { authorityId: B, period: '2024', value: 30 }), 201);
    const cc = await ok<ValueJson>(enter(ind, { authorityId: C, period: '2024', value: 20 }), 201);
    const before = await fingerprint(t, allTables);
    await refused(() => c.post('measurement', '/api/v1/measurement/values/review', { decision: 'approve', items: [{ valueId: b.id, version: 1 }, { valueId: cc.id, version: 2 }] }), 409, 'MEASUREMENT_VERSION_STALE');
    await refused(() => c.post('measurement', '/api/v1/measurement/values/review', { decision: 'return', items: [{ valueId: b.id, version: 1 }] }), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('measurement', '/api/v1/measurement/values/review', { decision: 'approve', items: [{ valueId: b.id, version: 1 }, { valueId: b.id, version: 1 }] }), 400, 'VALIDATION_FAILED');
    expect(await fingerprint(t, allTables)).toBe(before);
    const done = await ok<{ items: ValueJson[] }>(c.post('measurement', '/api/v1/measurement/values/review', { decision: 'approve', items: [{ valueId: b.id, version: 1 }, { valueId: cc.id, version: 1 }] }));
    expect(done.items.map((v) => v.approved)).toEqual([{ version: 1, value: 30 }, { version: 1, value: 20 }]);
  });
});

describe('who sees what', () => {
  it('shows the public approved values of public indicators alone; versions to those who enter or approve them', async () => {
    const open = await define({ nameHe: 'מדד ציבורי לבדיקת צפייה', public: true, fromPeriod: '2023' });
    const closed = await define({ nameHe: 'מדד פנימי לבדיקת צפייה', fromPeriod: '2023' });
    await approvedValues(open.id, [[A, '2023', 10]]);
    await approvedValues(closed.id, [[A, '2023', 11]]);
    const waiting = await ok<ValueJson>(enter(open.id, { authorityId: B, period: '2023', value: 12 }), 201);

    await refused(() => c.get(null, `/api/v1/measurement/indicators/${closed.id}/clusters/${own}`), 404, 'INDICATOR_NOT_FOUND');
    await refused(() => c.get(null, `/api/v1/measurement/values/${waiting.id}`), 404, 'MEASUREMENT_VALUE_NOT_FOUND');
    const publicView = await ok<{ readsPending: boolean; periods: { period: string; cells: { authorityId: string; actual: number | null; valueId: number | null; standing: string | null }[] }[] }>(
      c.get(null, `/api/v1/measurement/indicators/${open.id}/clusters/${own}?from=2023&to=2023`),
    );
    expect(publicView.readsPending).toBe(false);
    const cells = publicView.periods[0]!.cells;
    expect(cells.find((x) => x.authorityId === A)).toEqual({ authorityId: A, actual: 10, target: null, valueId: null, standing: null });
    expect(cells.find((x) => x.authorityId === B)).toEqual({ authorityId: B, actual: null, target: null, valueId: null, standing: null });
    const staffView = await ok<typeof publicView>(c.get('staff', `/api/v1/measurement/indicators/${open.id}/clusters/${own}?from=2023&to=2023`));
    expect(staffView.readsPending).toBe(true);
    expect(staffView.periods[0]!.cells.find((x) => x.authorityId === B)).toMatchObject({ actual: null, valueId: waiting.id, standing: 'submitted' });

    const authorityOf = (who: string | null) => ok<{ indicators: { indicator: { id: number }; values: ValueJson[] }[]; actions: string[] }>(c.get(who, `/api/v1/measurement/authorities/${B}`));
    expect((await authorityOf(null)).indicators.find((i) => i.indicator.id === open.id)!.values).toEqual([]);
    expect((await authorityOf(null)).indicators.some((i) => i.indicator.id === closed.id)).toBe(false);
    expect((await authorityOf('repOther')).indicators.find((i) => i.indicator.id === open.id)!.values).toEqual([]);
    const own_ = await authorityOf('repB');
    expect(own_.actions).toEqual(['enter']);
    expect(own_.indicators.find((i) => i.indicator.id === open.id)!.values).toMatchObject([{ id: waiting.id, approved: null, latest: { state: 'submitted' }, versions: [{ value: 12 }] }]);
    const read = async (r: (typeof readers)[number]) => (await c.get(as(r), `/api/v1/measurement/values/${waiting.id}`)).statusCode;
    const statuses = Object.fromEntries(await Promise.all(readers.map(async (r) => [r, await read(r)] as const)));
    expect(statuses).toEqual({ ministry: 200, finance: 404, committee: 404, regulator: 404, measurement: 200, staff: 200, staffOther: 404, rep: 404, repOther: 404, anonymous: 404 });
  });
});

export { ExcelJS, siteOrigin, select, sql, xlsx, cookies };
