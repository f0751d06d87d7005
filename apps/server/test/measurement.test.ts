import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTables, fingerprint } from './fingerprint';
import { decided, decision, readyService, submitted } from './review-fixtures';
import { as, makeClient, nationalAccounts, pdfBytes, readers, repAccount, signInAll, siteOrigin, staffAccount, type Client } from './service-factories';
import { buildTestApp, refusalsOf, select, workbookOf, type TestApp } from './test-app';
import { sql } from 'drizzle-orm';
import { toAgorot } from '@eshkol/engine/cost-sharing/rounding';
import { nextPeriod, periodOfDay, type Period } from '@eshkol/engine/measurement/periods';
import { dayInIsrael } from '../src/platform/calendar';

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

/** A sheet of values as a user fills it: the template's columns, then a row a value. */
async function sheetOf(rows: (string | number | null)[][], header: string[] = ['indicator_id', 'authority_id', 'period', 'value', 'kind', 'comment']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ערכים');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const importing = (bytes: Buffer, who: string | null = 'staff', query = '') =>
  t.app.inject({ method: 'POST', url: `/api/v1/measurement/import${query}`, payload: bytes, headers: { 'content-type': xlsx, ...(who ? { cookie: cookies[who]!, origin: siteOrigin } : {}) } });

describe('a sheet of values imported', () => {
  let imp: number;
  beforeAll(async () => {
    imp = (await define({ nameHe: 'מדד לבדיקת ייבוא', fromPeriod: '2023' })).id;
  });

  it('starts from a template that names the indicators and the authorities the reader enters for', async () => {
    const book = await workbookOf(await c.get('staff', '/api/v1/measurement/import/template.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['ערכים', 'מדדים', 'רשויות']);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, 'indicator_id', 'authority_id', 'period', 'value', 'kind', 'comment']);
    const listed = (book.getWorksheet('רשויות')!.getColumn(1).values as unknown[]).slice(2);
    expect(listed).toEqual(expect.arrayContaining([A, B, C, D, N]));
    expect(listed).not.toContain(O);
    expect((book.getWorksheet('מדדים')!.getColumn(1).values as unknown[]).slice(2)).toContain(imp);
    expect((await c.get(null, '/api/v1/measurement/import/template.xlsx')).statusCode).toBe(401);
    expect((await c.get('finance', '/api/v1/measurement/import/template.xlsx')).statusCode).toBe(403);
  });

  it('names every bad line with its number and reason, and stores nothing', async () => {
    const bad = await sheetOf([
      [imp, A, '2024', 'abc', null, null],
      [999_999, A, '2024', 5, null, null],
      [imp, A, '2024-Q1', 5, null, null],
      [imp, O, '2024', 5, null, null],
      [imp, B, '2024', 5, null, null],
      [imp, B, '2024', 6, null, null],
      [imp, null, '2024', 5, null, null],
      [imp, N, '2023', 5, null, null],
      [imp, C, '2024', 5, 'maybe', null],
      [imp, D, '2024', 500, null, null],
      [imp, D, '2090', 5, null, null],
    ]);
    const before = await fingerprint(t, allTables);
    const res = await importing(bad);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('IMPORT_INVALID_ROWS');
    expect((res.json().issues as { line: number; code: string }[]).map((i) => [i.line, i.code])).toEqual([
      [2, 'not_a_number'],
      [3, 'unknown_indicator'],
      [4, 'period_invalid'],
      [5, 'outside_scope'],
      [7, 'duplicate_row'],
      [8, 'empty'],
      [9, 'not_member_in_period'],
      [10, 'unknown_value'],
      [11, 'not_a_number'],
      [12, 'period_future'],
    ]);
    expect(await fingerprint(t, allTables)).toBe(before);
    await refused(() => importing(Buffer.from('not a workbook')), 400, 'IMPORT_XLSX_UNREADABLE');
    await refused(async () => importing(await sheetOf([[imp, A, '2024']], ['indicator_id', 'authority_id', 'period'])), 400, 'CSV_HEADER');
    await refused(async () => importing(await sheetOf([[imp, A, '2024', 5]]), 'ministry'), 403, 'FORBIDDEN');
    expect(await fingerprint(t, allTables)).toBe(before);
  });

  it('counts a dry run and stores nothing; imports whole; imported again, changes nothing', async () => {
    const good = await sheetOf([
      [imp, A, '2023', 10, null, 'לפי דוח שנתי'],
      [imp, B, 2023, '20', 'actual', null],
      [imp, C, '2023', 30, 'יעד', null],
    ]);
    const before = await fingerprint(t, allTables);
    expect(await ok(importing(good, 'staff', '?dryRun=true'))).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0, dryRun: true });
    expect(await fingerprint(t, allTables)).toBe(before);
    expect(await ok(importing(good))).toEqual({ rows: 3, created: 3, updated: 0, unchanged: 0, dryRun: false });
    const queue = (await ok<{ items: { valueId: number; version: number; indicator: { id: number }; kind: string; source: string; value: number }[] }>(c.get('measurement', '/api/v1/measurement/queue'))).items.filter((i) => i.indicator.id === imp);
    expect(queue.map((i) => [i.kind, i.value, i.source])).toEqual([['actual', 10, 'import'], ['actual', 20, 'import'], ['target', 30, 'import']]);
    expect((await ok<{ items: { kind: string; params: Json }[] }>(c.get('measurement', '/api/v1/notifications'))).items[0]).toMatchObject({ kind: 'measurement_to_approve', params: { count: '3' } });
    const imported = await fingerprint(t, allTables);
    expect(await ok(importing(good))).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3, dryRun: false });
    expect(await fingerprint(t, allTables)).toBe(imported);

    // A changed value while its version waits is refused by its line; once approved, it is a new version.
    const changed = await sheetOf([[imp, A, '2023', 11], [imp, B, '2023', 20], [imp, C, '2023', 30, 'target']]);
    const waiting = await importing(changed);
    expect((waiting.json().issues as { line: number; code: string }[]).map((i) => [i.line, i.code])).toEqual([[2, 'value_pending']]);
    await ok(c.post('measurement', '/api/v1/measurement/values/review', { decision: 'approve', items: queue.map(({ valueId, version }) => ({ valueId, version })) }));
    expect(await ok(importing(changed))).toEqual({ rows: 3, created: 0, updated: 1, unchanged: 2, dryRun: false });
    // A representative imports for their own authority alone.
    const theirs = await importing(await sheetOf([[imp, A, '2024', 12], [imp, B, '2024', 13]]), 'rep');
    expect((theirs.json().issues as { line: number; code: string }[]).map((i) => [i.line, i.code])).toEqual([[3, 'outside_scope']]);
  });
});

describe('the values owed', () => {
  /** The quarter before today's, which has ended: its value is owed, and not yet overdue with a year's grace. */
  const lastQuarter = (): Period => {
    const today = dayInIsrael(new Date());
    const current = periodOfDay(today, 'quarter')!;
    const previous = periodOfDay(new Date(Date.parse(`${current.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10), 'quarter')!;
    expect(nextPeriod(previous)!.key).toBe(current.key);
    return previous;
  };
  let yearly: number;
  let quarterly: number;
  type DueJson = { total: number; overdue: number; items: { indicator: { id: number }; authorityId: string; period: string; overdue: boolean; returned: boolean; dueOn: string }[] };
  const dueOf = (who: string, query = '') => ok<DueJson>(c.get(who, `/api/v1/measurement/due${query}`));

  beforeAll(async () => {
    // Of the service: owed by A and B, who joined on 1 March 2025, from 2025 on; 2025 was due at the end of January 2026.
    yearly = (await define({ nameHe: 'מדד שירות לבדיקת חובות', serviceId, fromPeriod: '2024', dueDays: 30, minValue: null, maxValue: null })).id;
    // Of no service: owed by every member of a cluster, with a year's grace.
    quarterly = (await define({ nameHe: 'מדד רבעוני לבדיקת חובות', frequency: 'quarter', fromPeriod: lastQuarter().key, dueDays: 365, minValue: null, maxValue: null })).id;
  });

  it('lists who owes which value for which period, the overdue flagged, each reader within their scope', async () => {
    await approvedValues(yearly, [[A, '2025', 10]]);
    const returned = await ok<ValueJson>(enter(quarterly, { authorityId: C, period: lastQuarter().key, value: 5 }), 201);
    await ok(review(returned.id, { decision: 'return', version: 1, remark: 'הערך אינו סביר' }));
    await ok(enter(quarterly, { authorityId: D, period: lastQuarter().key, value: 5 }), 201);

    const service = await dueOf('measurement', `?indicatorId=${yearly}`);
    expect(service.items.map((i) => [i.authorityId, i.period, i.overdue])).toEqual([[B, '2025', true]]);
    expect(service.items[0]!.dueOn).toBe('2026-01-30');
    const ofCluster = await dueOf('staff', `?indicatorId=${quarterly}`);
    const owers = ofCluster.items.map((i) => i.authorityId);
    expect(owers).toEqual(expect.arrayContaining([A, B, C, N]));
    expect(owers).not.toContain(D);
    expect(ofCluster.items.every((i) => !i.overdue && i.period === lastQuarter().key)).toBe(true);
    expect(ofCluster.items.find((i) => i.authorityId === C)!.returned).toBe(true);
    expect(ofCluster.total).toBe(ofCluster.items.length);
    expect((await dueOf('staff', `?indicatorId=${quarterly}&overdue=true`)).items).toEqual([]);
    // The partner sees every cluster's; a representative their own authority's.
    expect((await dueOf('measurement', `?indicatorId=${quarterly}`)).items.some((i) => i.authorityId === O)).toBe(true);
    expect((await dueOf('repB', `?indicatorId=${yearly}`)).items.map((i) => i.authorityId)).toEqual([B]);
    expect((await dueOf('rep', `?indicatorId=${yearly}`)).items).toEqual([]);
    await refused(() => c.get('staff', `/api/v1/measurement/due?cluster=${other}`), 403, 'FORBIDDEN');
    await refused(() => c.get('rep', `/api/v1/measurement/due?authorityId=${B}`), 403, 'FORBIDDEN');
    await refused(() => c.get('finance', '/api/v1/measurement/due'), 403, 'FORBIDDEN');
    await refused(() => c.get(null, '/api/v1/measurement/due'), 401, 'UNAUTHENTICATED');
    const book = await workbookOf(await c.get('staff', `/api/v1/measurement/due.xlsx?indicatorId=${quarterly}`));
    expect(book.worksheets[0]!.rowCount).toBe(ofCluster.items.length + 1);
  });

  it('tells the representative and the cluster’s staff of a value overdue, once', async () => {
    expect(await t.services.measurement.due.remindOverdue()).toBeGreaterThan(0);
    const told = async (who: string) => (await ok<{ items: { kind: string; params: Json }[] }>(c.get(who, '/api/v1/notifications'))).items.filter((n) => n.kind === 'measurement_overdue' && n.params.indicator === 'מדד שירות לבדיקת חובות');
    expect((await told('repB')).map((n) => n.params)).toEqual([{ indicator: 'מדד שירות לבדיקת חובות', period: '2025', authority: expect.any(String) }]);
    expect(await told('rep')).toEqual([]);
    expect((await told('staff')).map((n) => n.params.count)).toEqual(['1']);
    expect(await t.services.measurement.due.remindOverdue()).toBe(0);
  });
});

describe('the gaps over time, by group, across the programme', () => {
  let gap: number;
  beforeAll(async () => {
    gap = (await define({ nameHe: 'מדד לבדיקת פערים', public: true, fromPeriod: '2023', minValue: null, maxValue: null })).id;
    await approvedValues(gap, [[A, '2023', 2], [B, '2023', 4], [C, '2023', 6], [D, '2023', 8], [A, '2024', 3], [B, '2024', 3], [N, '2025', 7], [A, '2024', 5, 'target'], [B, '2024', 2, 'target']]);
  });
  type Gaps = { n: number; mean: number | null; gaps: Record<string, unknown> | null };
  type ClusterJson = { periods: { period: string; cells: { authorityId: string; actual: number | null; target: number | null }[]; gaps: Gaps; socioEconomic: (Gaps & { group: number | null })[]; peripherality: (Gaps & { group: number | null })[]; targets: { met: number; missed: number } }[]; beforeAfter: unknown; authorities: { id: string; socioEconomicCluster: number | null }[] };

  it('measures each period of the cluster against figures worked by hand, its members of the period alone', async () => {
    const view = await ok<ClusterJson>(c.get(null, `/api/v1/measurement/indicators/${gap}/clusters/${own}?from=2023&to=2025`));
    const [y23, y24, y25] = view.periods;
    // 2, 4, 6, 8: mean 5, σ² = 5, cv = √5/5, Gini = 40 / (2 · 4² · 5) = 0.25; quartiles 3.5 and 6.5.
    expect(y23!.gaps).toMatchObject({ n: 4, mean: 5, gaps: { median: 5, min: 2, max: 8, range: 6, maxMinRatio: 4, gini: 0.25, q1: 3.5, q3: 6.5, best: [D], worst: [A] } });
    expect((y23!.gaps.gaps as { cv: number }).cv).toBeCloseTo(Math.sqrt(5) / 5, 12);
    // 3 and 3: no spread.
    expect(y24!.gaps).toMatchObject({ n: 2, mean: 3, gaps: { range: 0, gini: 0 } });
    // A's 3 meets its target of 5? No (higher is better); B's 3 meets its 2.
    expect(y24!.targets).toEqual({ met: 1, missed: 1 });
    // N was a member from October 2025 alone: in 2025's cells, not in 2023's.
    expect(y23!.cells.map((x) => x.authorityId)).not.toContain(N);
    expect(y25!.cells.find((x) => x.authorityId === N)!.actual).toBe(7);
    expect(y25!.gaps).toEqual({ n: 1, mean: 7, gaps: null });
    expect(view.beforeAfter).toBeNull();

    // Split by the registry's socio-economic cluster: each group's count and mean, of 2023's values.
    const index = new Map(view.authorities.map((a) => [a.id, a.socioEconomicCluster]));
    const values: Record<string, number> = { [A]: 2, [B]: 4, [C]: 6, [D]: 8 };
    const expected = new Map<number | null, number[]>();
    for (const [id, v] of Object.entries(values)) expected.set(index.get(id) ?? null, [...(expected.get(index.get(id) ?? null) ?? []), v]);
    expect(y23!.socioEconomic.map((g) => [g.group, g.n, g.mean])).toEqual(
      [...expected.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b)).map(([g, vs]) => [g, vs.length, vs.reduce((s, x) => s + x, 0) / vs.length]),
    );
    expect(y23!.peripherality.reduce((s, g) => s + g.n, 0)).toBe(4);

    const book = await workbookOf(await c.get(null, `/api/v1/measurement/indicators/${gap}/clusters/${own}/values.xlsx?from=2023&to=2025`));
    expect(book.worksheets.map((w) => w.name)).toEqual(['ערכים', 'פערים', 'לפי אשכול חברתי-כלכלי', 'לפי אשכול פריפריאליות', 'לפני ואחרי']);
    expect(book.getWorksheet('פערים')!.getRow(2).getCell(3).value).toBe(5);
    await refused(() => c.get(null, `/api/v1/measurement/indicators/${gap}/clusters/${own}?from=2023-Q1`), 422, 'MEASUREMENT_PERIOD_INVALID');
    await refused(() => c.get(null, `/api/v1/measurement/indicators/${gap}/clusters/no-such-cluster`), 404, 'CLUSTER_NOT_FOUND');
  });

  it('gives the programme’s figures by cluster and each authority’s value for a map', async () => {
    const view = await ok<{ periods: { period: string; all: Gaps; clusters: (Gaps & { clusterSlug: string })[]; values: { authorityId: string; clusterSlug: string | null; value: number }[] }[] }>(
      c.get(null, `/api/v1/measurement/indicators/${gap}/programme?from=2023&to=2023`),
    );
    expect(view.periods[0]).toMatchObject({ period: '2023', all: { n: 4, mean: 5 }, clusters: [{ clusterSlug: own, n: 4, mean: 5 }] });
    expect(view.periods[0]!.values).toEqual(expect.arrayContaining([{ authorityId: D, clusterSlug: own, value: 8 }]));
    const book = await workbookOf(await c.get(null, `/api/v1/measurement/indicators/${gap}/programme.xlsx?from=2023&to=2023`));
    expect(book.getWorksheet('לפי רשות')!.rowCount).toBe(5);
  });
});

describe('before and after joining the service, and its savings', () => {
  let cost: number;
  beforeAll(async () => {
    cost = (await define({ nameHe: 'עלות פינוי לטון', kind: 'unit_cost', direction: 'lower-is-better', unitHe: '₪ לטון', serviceId, fromPeriod: '2022', minValue: null, maxValue: null })).id;
    await approvedValues(cost, [
      [A, '2022', 100], [A, '2023', 110], [A, '2026', 80],
      [B, '2023', 50], [B, '2024', 60], [B, '2025', 1000], [B, '2026', 45],
      [C, '2022', 100], [C, '2023', 100], [C, '2024', 100], [C, '2025', 100], [C, '2026', 100],
      [D, '2022', 80], [D, '2023', 90], [D, '2024', 95], [D, '2025', 105], [D, '2026', 120],
      [A, '2024', 420, 'baseline'],
    ]);
  });

  it('holds the joined members against those that did not join, with the number of authorities behind each figure', async () => {
    const view = await ok<{ beforeAfter: { joined: { authorityId: string; before: { mean: number; n: number } | null; after: { mean: number; n: number } | null; change: number | null; difference: number | null }[]; treated: Json; control: { before: { mean: number; n: number }; after: { mean: number; n: number }; change: number }; difference: { value: number; n: number; controls: number }; improvement: number }; authorities: { id: string; joinedServiceOn: string | null }[]; baselines: Json[] }>(
      c.get('ministry', `/api/v1/measurement/indicators/${cost}/clusters/${own}?from=2022&to=2026`),
    );
    const ba = view.beforeAfter;
    expect(view.authorities.filter((a) => a.joinedServiceOn).map((a) => [a.id, a.joinedServiceOn])).toEqual([[A, '2025-03-01'], [B, '2025-03-01']].sort());
    // A: before (2022–2024) (100 + 110)/2 = 105, after (2026) 80: −25. B: 55 → 45: −10; 2025, the year they joined, counts on neither side.
    const [a, b] = [ba.joined.find((j) => j.authorityId === A)!, ba.joined.find((j) => j.authorityId === B)!];
    expect(a).toMatchObject({ before: { mean: 105, n: 2 }, after: { mean: 80, n: 1 }, change: -25 });
    expect(b).toMatchObject({ before: { mean: 55, n: 2 }, after: { mean: 45, n: 1 }, change: -10 });
    // The members that did not join, over the same spans: C 100 → 100; D (80 + 90 + 95)/3 = 265/3 → 120. Together 565/6 → 110, +95/6.
    expect(ba.control.before.mean).toBeCloseTo(565 / 6, 12);
    expect(ba.control.after.mean).toBe(110);
    expect(ba.control.change).toBeCloseTo(95 / 6, 12);
    expect(ba.control.before.n).toBe(2);
    expect(ba.treated).toEqual({ before: { mean: 80, n: 2 }, after: { mean: 62.5, n: 2 }, change: -17.5 });
    // −17.5 − 95/6 = −100/3, of 2 joined against 2 that did not; lower is better, so an improvement of 100/3.
    expect(ba.difference.value).toBeCloseTo(-100 / 3, 12);
    expect(ba.difference).toMatchObject({ n: 2, controls: 2 });
    expect(ba.improvement).toBeCloseTo(100 / 3, 12);
    expect(a.difference).toBeCloseTo(-25 - 95 / 6, 12);
    expect(view.baselines).toEqual([{ authorityId: A, period: '2024', value: 420 }]);
  });

  it('gives the savings achieved against the baseline and the approved study’s promise', async () => {
    const quantity = await define({ nameHe: 'כמות פסולת', kind: 'quantity', unitHe: 'טון', serviceId, fromPeriod: '2022', minValue: null, maxValue: null });
    await approvedValues(quantity.id, [[B, '2026', 2500]]);
    const share = async (authorityId: string) => (await ok<{ share: number }>(c.get('staff', `/api/v1/services/${serviceId}/studies/1/share?authorityId=${authorityId}`))).share;
    const [shareA, shareB] = [await share(A), await share(B)];
    type Row = Record<string, number | string | null>;
    const view = await ok<{ promise: Json; indicator: { id: number }; periods: { period: string; rows: Row[]; totals: Record<string, { agorot: number; n: number }> }[] }>(
      c.get('staff', `/api/v1/measurement/services/${serviceId}/savings?indicatorId=${cost}&from=2026&to=2026`),
    );
    expect(view.promise).toEqual({ studyVersion: 1, method: 'shapley' });
    const [rowA, rowB] = view.periods[0]!.rows;
    // A: 1,000 tons (the study's), its approved baseline of 420 ₪ a ton against 80 measured: 340,000 ₪ saved.
    expect(rowA).toMatchObject({ authorityId: A, quantity: 1000, quantitySource: 'study', baselineUnitCost: 420, baselineSource: 'measured', measuredUnitCost: 80, baselineCostAgorot: 42_000_000, measuredCostAgorot: 8_000_000, achievedAgorot: 34_000_000 });
    expect(rowA!.promisedCostAgorot).toBe(toAgorot((shareA / 1000) * 1000));
    expect(rowA!.promisedAgorot).toBe(42_000_000 - toAgorot(shareA));
    // B: 2,500 tons measured; no baseline of its own, so the study's 800,000 ₪ for 2,000 tons, 400 ₪ a ton; 45 measured: 887,500 ₪ saved.
    expect(rowB).toMatchObject({ authorityId: B, quantity: 2500, quantitySource: 'measured', baselineUnitCost: 400, baselineSource: 'study', measuredUnitCost: 45, achievedAgorot: 88_750_000 });
    expect(rowB!.againstPromiseAgorot).toBe(toAgorot((shareB / 2000) * 2500) - 11_250_000);
    expect(view.periods[0]!.totals.achieved).toEqual({ agorot: 34_000_000 + 88_750_000, n: 2 });
    await refused(() => c.get('repOther', `/api/v1/measurement/services/${serviceId}/savings`), 403, 'FORBIDDEN');
    await refused(() => c.get(null, `/api/v1/measurement/services/${serviceId}/savings`), 401, 'UNAUTHENTICATED');
    await refused(() => c.get('staff', `/api/v1/measurement/services/${serviceId}/savings?indicatorId=${quantity.id}`), 404, 'INDICATOR_NOT_FOUND');
    const book = await workbookOf(await c.get('ministry', `/api/v1/measurement/services/${serviceId}/savings.xlsx?indicatorId=${cost}&from=2026&to=2026`));
    expect(book.worksheets[0]!.rowCount).toBe(3);
  });
});

describe('the audit log', () => {
  it('holds every change: indicators defined and changed, versions entered and decided, sheets imported', async () => {
    const rows = await select<{ action: string; n: number }>(t, sql`select action, count(*)::int as n from audit_events where action like 'indicator.%' or action like 'measurement%' group by action order by action`);
    expect(rows.map((r) => r.action)).toEqual(['indicator.create', 'indicator.update', 'measurement_import.run', 'measurement_value.review', 'measurement_value.submit']);
  });
});
