import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInIsrael } from '../src/platform/calendar';
import { makeClient, nationalAccounts, pdfBytes, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { buildTestApp, refusalsOf, select, workbookOf, type TestApp } from './test-app';

/**
 * A cluster's legal standing through the API: everyone, the public too, reads its legal forms over
 * time, its orders and the matrix of the powers its members delegate to it; the ministry and the
 * regulator record forms and orders; the ministry keeps the list of powers; the cluster's staff and
 * the ministry record delegations, each checked (a member on its first day, dates in order, no
 * overlap, no retired power) and ended, never overwritten; every write is audited, and a refused
 * one stores nothing. The shipped data says only what its sources say.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let member: string;
let member2: string;
let outsider: string;

beforeAll(async () => {
  t = await buildTestApp();
  // Members since the programme's slides of 2016: their membership is known from 2016-01-01.
  const members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string; membership: { observedAsOf: string | null } }[]).filter((m) => m.membership.observedAsOf === '2016');
  [member, member2] = [members[0]!.id, members[1]!.id];
  outsider = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  const cookies = await signInAll(t, { ...nationalAccounts, staff: staffAccount(own), staffOther: staffAccount(other), rep: repAccount(member) });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

const refused = refusalsOf(() => t);

type Form = { id: number; form: string; fromOn: string | null; untilOn: string | null; source: string; citations: { titleHe: string; year: string | null; url: string | null }[] };
type Order = { id: number; kind: string; draft: boolean; title: string; datedOn: string | null; document: { id: string; fileName: string } | null };
type Power = { id: number; nameHe: string; nameEn: string; retiredOn: string | null };
type Delegation = { id: number; authorityId: string; powerId: number; fromDay: string; untilDay: string | null; status: string; decision: { decidedOn: string; number: string; document: { id: string } | null }; actions: string[] };
type Cell = { powerId: number; currentId: number | null; historyIds: number[] };
type Standing = {
  legalForms: Form[];
  currentFormId: number | null;
  orders: Order[];
  powers: Power[];
  rows: { authorityId: string; member: boolean; cells: Cell[] }[];
  delegations: Delegation[];
  actions: string[];
};

async function ok<T>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status: number): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}
const standingOf = (who: string | null, slug = own) => ok<Standing>(c.get(who, `/api/v1/clusters/${slug}/standing`), 200);
const rowsOf = async (table: string) => Number((await select<{ n: number }>(t, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const auditsOf = (action: string) => select<{ actor_email: string; after: Record<string, unknown> }>(t, sql`select actor_email, after from audit_events where action = ${action} order by id`);
const today = () => dayInIsrael(new Date());

describe('the shipped standing', () => {
  it('gives each cluster only what a source says, with its source, and the rest as not recorded', async () => {
    const east = await standingOf(null, 'galil-mizrahi');
    expect(east.legalForms).toMatchObject([{ form: 'municipal_company', fromOn: '2013-01', untilOn: null, citations: [{ url: 'http://eastgalil.org.il/אודות-האשכול/אודות-האשכול' }] }]);
    expect(east.currentFormId).toBe(east.legalForms[0]!.id);
    expect(east.orders).toEqual([]);

    // A company in the ministry's letter of 2016, a cities association from 2018: the first ends where the second begins.
    const west = await standingOf(null, 'galil-maaravi');
    expect(west.legalForms.map((f) => [f.form, f.fromOn, f.untilOn])).toEqual([
      ['municipal_company', null, '2018'],
      ['cities_association', '2018', null],
    ]);
    expect(west.legalForms[0]!.citations.map((x) => x.year)).toEqual(['2016', '2016']);
    expect(west.currentFormId).toBe(west.legalForms[1]!.id);
    expect(west.orders).toMatchObject([{ kind: 'amendment', draft: true, datedOn: '2024' }]);

    const valleys = await standingOf(null, 'hagalil-vehaamakim');
    expect(valleys.orders.map((o) => [o.kind, o.draft, o.datedOn])).toEqual([
      ['establishing', false, '2018'],
      ['amendment', true, '2020'],
    ]);
    expect(valleys.orders[0]!.title).toBe('צו איגוד ערים (אשכול רשויות הגליל והעמקים), התשע"ח-2018');

    const unknown = await standingOf(null, 'sorek-dromi');
    expect(unknown).toMatchObject({ legalForms: [], currentFormId: null, orders: [], delegations: [], actions: [] });
    expect(unknown.powers.length).toBe(12);
    expect(unknown.rows.every((r) => r.member && r.cells.every((x) => x.currentId === null && x.historyIds.length === 0))).toBe(true);
    // Loaded by nobody: the log says the system recorded them.
    expect((await auditsOf('legal_form.record')).every((a) => a.actor_email === 'system')).toBe(true);
    expect(await rowsOf('standing_delegations')).toBe(0);
  });

  it('opens the list of powers and an authority’s delegations to everyone, and refuses an unknown cluster or authority', async () => {
    const powers = await ok<{ items: Power[]; actions: string[] }>(c.get(null, '/api/v1/standing/powers'), 200);
    expect(powers.items.map((p) => p.nameEn)).toContain('Student transport');
    expect(powers.actions).toEqual([]);
    expect((await ok<{ actions: string[] }>(c.get('ministry', '/api/v1/standing/powers'), 200)).actions).toEqual(['manage']);
    const authority = await ok<{ clusters: { slug: string }[]; cells: unknown[]; delegations: unknown[] }>(c.get(null, `/api/v1/authorities/${member}/standing`), 200);
    expect(authority.clusters.map((x) => x.slug)).toEqual([own]);
    expect(authority.cells.length).toBe(12);
    await refused(() => c.get(null, '/api/v1/clusters/no-such-cluster/standing'), 404, 'CLUSTER_NOT_FOUND');
    await refused(() => c.get(null, '/api/v1/authorities/loc-99999/standing'), 404, 'AUTHORITY_NOT_FOUND');
  });
});

describe('legal forms', () => {
  const form = { form: 'cities_association', fromOn: '2019-05', source: 'https://example.org/order', note: '' };
  const post = (who: string | null, body: unknown, slug = own) => c.post(who, `/api/v1/clusters/${slug}/standing/legal-forms`, body);

  it('are recorded by the ministry and the regulator alone', async () => {
    for (const who of ['staff', 'rep', 'finance', 'committee', 'measurement']) await refused(() => post(who, form), 403, 'FORBIDDEN');
    await refused(() => post(null, form), 401, 'UNAUTHENTICATED');
    expect((await standingOf('ministry')).actions).toEqual(['record_legal_form', 'record_order', 'record_delegation']);
    expect((await standingOf('regulator')).actions).toEqual(['record_legal_form', 'record_order']);
  });

  it('refuse bad dates, an end before the start and an overlap, storing nothing', async () => {
    const before = await rowsOf('standing_legal_forms');
    await refused(() => post('regulator', { ...form, fromOn: '2019-13' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('regulator', { ...form, fromOn: '1800' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('regulator', { ...form, fromOn: '2019-02-30' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('regulator', { ...form, form: 'company' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('regulator', { ...form, source: '' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('regulator', { ...form, untilOn: '2019-04' }), 422, 'LEGAL_FORM_DATES_INVALID');
    // The shipped company has no recorded start: a form from an unknown start overlaps it.
    await refused(() => post('regulator', { ...form, fromOn: null }), 409, 'LEGAL_FORM_OVERLAP');
    await refused(() => post('regulator', form, 'no-such-cluster'), 404, 'CLUSTER_NOT_FOUND');
    expect(await rowsOf('standing_legal_forms')).toBe(before);
  });

  it('keep their history: a new form ends the open one on its start, both stay, both audited', async () => {
    const recorded = await ok<Form>(post('regulator', form), 201);
    expect(recorded).toMatchObject({ form: 'cities_association', fromOn: '2019-05', untilOn: null, citations: [{ titleHe: 'https://example.org/order' }] });
    const view = await standingOf(null);
    expect(view.legalForms.map((f) => [f.form, f.fromOn, f.untilOn])).toEqual([
      ['municipal_company', null, '2019-05'],
      ['cities_association', '2019-05', null],
    ]);
    expect(view.currentFormId).toBe(recorded.id);
    expect((await auditsOf('legal_form.end')).at(-1)).toMatchObject({ actor_email: 'regulator@demo.local', after: { clusterSlug: own, untilOn: '2019-05' } });
    expect((await auditsOf('legal_form.record')).at(-1)).toMatchObject({ actor_email: 'regulator@demo.local', after: { clusterSlug: own, form: 'cities_association' } });
    // An earlier closed period fits before the company's end only where nothing else is.
    await refused(() => post('ministry', { ...form, form: 'municipal_company', fromOn: '2015', untilOn: '2017' }), 409, 'LEGAL_FORM_OVERLAP');
    await refused(() => post('ministry', { ...form, fromOn: '2019-05' }), 409, 'LEGAL_FORM_OVERLAP');
  });
});

describe('orders', () => {
  const establishing = { kind: 'establishing', title: 'צו איגודי ערים (אשכול רשויות נגב מערבי), התשע"ט-2019', datedOn: '2019-05-01', publication: 'ק"ת 8200, עמ\' 1500', sourceUrl: 'https://example.org/order' };
  const post = (who: string | null, body: unknown) => c.post(who, `/api/v1/clusters/${own}/standing/orders`, body);
  let documentId: string;

  it('are recorded by the ministry and the regulator, with a document the recorder uploaded, read by any account', async () => {
    for (const who of ['staff', 'rep', 'finance']) await refused(() => post(who, establishing), 403, 'FORBIDDEN');
    await refused(() => post(null, establishing), 401, 'UNAUTHENTICATED');
    await refused(() => post('ministry', { ...establishing, sourceUrl: 'ftp://example.org/x' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('ministry', { ...establishing, title: 'x' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('ministry', { ...establishing, documentId: '00000000-0000-4000-8000-000000000000' }), 404, 'DOCUMENT_NOT_FOUND');
    const staffDoc = (await ok<{ id: string }>(c.upload('staffOther', pdfBytes('another cluster')), 201)).id;
    await refused(() => post('ministry', { ...establishing, documentId: staffDoc }), 404, 'DOCUMENT_NOT_FOUND');

    documentId = (await ok<{ id: string }>(c.upload('ministry', pdfBytes('the order'), { name: 'צו הקמה.pdf' }), 201)).id;
    const order = await ok<Order>(post('ministry', { ...establishing, documentId }), 201);
    expect(order).toMatchObject({ kind: 'establishing', draft: false, datedOn: '2019-05-01', document: { id: documentId, fileName: 'צו הקמה.pdf' } });
    expect((await standingOf(null)).orders[0]!.document).toBeNull();
    expect((await standingOf('rep')).orders[0]!.document).toMatchObject({ id: documentId });
    expect((await c.get('rep', `/api/v1/documents/${documentId}`)).statusCode).toBe(200);
    expect((await auditsOf('cluster_order.record')).at(-1)).toMatchObject({ actor_email: 'ministry@demo.local', after: { clusterSlug: own, kind: 'establishing', documentId } });
  });

  it('hold one establishing order a cluster; the amendments follow it', async () => {
    await refused(() => post('regulator', establishing), 409, 'ORDER_ESTABLISHING_EXISTS');
    const amendment = await ok<Order>(post('regulator', { kind: 'amendment', draft: true, title: 'צו איגודי ערים (אשכול רשויות נגב מערבי) (תיקון), התשפ"ד-2024', datedOn: '2024', effect: 'מצרף את המועצה האזורית בני שמעון' }), 201);
    expect(amendment).toMatchObject({ kind: 'amendment', draft: true, document: null });
    expect((await standingOf(null)).orders.map((o) => o.kind)).toEqual(['establishing', 'amendment']);
  });
});

describe('the list of powers', () => {
  const post = (who: string | null, body: unknown) => c.post(who, '/api/v1/standing/powers', body);
  let fire: Power;

  it('is kept by the ministry alone: added to, renamed and retired, a name at most once among the offered', async () => {
    for (const who of ['regulator', 'staff', 'rep']) await refused(() => post(who, { nameHe: 'שירותי כבאות', nameEn: 'Fire services' }), 403, 'FORBIDDEN');
    await refused(() => post(null, { nameHe: 'שירותי כבאות', nameEn: 'Fire services' }), 401, 'UNAUTHENTICATED');
    await refused(() => post('ministry', { nameHe: 'כ', nameEn: 'Fire services' }), 400, 'VALIDATION_FAILED');
    await refused(() => post('ministry', { nameHe: 'הסעות תלמידים', nameEn: 'Pupil transport' }), 409, 'POWER_NAME_TAKEN');
    await refused(() => post('ministry', { nameHe: 'הסעות', nameEn: 'student TRANSPORT' }), 409, 'POWER_NAME_TAKEN');
    fire = await ok<Power>(post('ministry', { nameHe: 'שירותי כבאות', nameEn: 'Fire services' }), 201);
    expect(fire.retiredOn).toBeNull();

    await refused(() => c.patch('regulator', `/api/v1/standing/powers/${fire.id}`, { nameEn: 'Fire and rescue' }), 403, 'FORBIDDEN');
    await refused(() => c.patch('ministry', `/api/v1/standing/powers/${fire.id}`, {}), 400, 'VALIDATION_FAILED');
    await refused(() => c.patch('ministry', `/api/v1/standing/powers/${fire.id}`, { nameHe: 'תיירות' }), 409, 'POWER_NAME_TAKEN');
    await refused(() => c.patch('ministry', '/api/v1/standing/powers/999999', { nameEn: 'X-ray' }), 404, 'POWER_NOT_FOUND');
    expect(await ok<Power>(c.patch('ministry', `/api/v1/standing/powers/${fire.id}`, { nameHe: 'שירותי כבאות והצלה', nameEn: 'Fire and rescue services' }), 200)).toMatchObject({ nameHe: 'שירותי כבאות והצלה' });
    expect((await auditsOf('power.rename')).at(-1)!.after).toEqual({ nameHe: 'שירותי כבאות והצלה', nameEn: 'Fire and rescue services' });
  });

  it('keeps a retired power in the list, and the power is delegated no more', async () => {
    await refused(() => c.post('staff', `/api/v1/standing/powers/${fire.id}/retire`, {}), 403, 'FORBIDDEN');
    const retired = await ok<Power>(c.post('ministry', `/api/v1/standing/powers/${fire.id}/retire`, {}), 200);
    expect(retired.retiredOn).toBe(today());
    await refused(() => c.post('ministry', `/api/v1/standing/powers/${fire.id}/retire`, {}), 409, 'POWER_RETIRED');
    expect((await ok<{ items: Power[] }>(c.get(null, '/api/v1/standing/powers'), 200)).items.find((p) => p.id === fire.id)!.retiredOn).toBe(today());
    // Not a column of a matrix that never named it; its name is free again.
    expect((await standingOf(null)).powers.map((p) => p.id)).not.toContain(fire.id);
    const decision = { decidedOn: '2024-01-01' };
    await refused(() => c.post('staff', `/api/v1/clusters/${own}/standing/delegations`, { authorityId: member, powerId: fire.id, fromDay: '2024-02-01', decision }), 409, 'POWER_RETIRED');
    const again = await ok<Power>(c.post('ministry', '/api/v1/standing/powers', { nameHe: 'שירותי כבאות והצלה', nameEn: 'Fire and rescue services' }), 201);
    expect(again.id).not.toBe(fire.id);
  });
});

describe('delegations', () => {
  const post = (who: string | null, body: unknown, slug = own) => c.post(who, `/api/v1/clusters/${slug}/standing/delegations`, body);
  const end = (who: string | null, id: number, untilDay: string) => c.post(who, `/api/v1/standing/delegations/${id}/end`, { untilDay });
  let waste: number;
  let transport: number;
  let first: Delegation;

  beforeAll(async () => {
    const powers = (await ok<{ items: Power[] }>(c.get(null, '/api/v1/standing/powers'), 200)).items;
    waste = powers.find((p) => p.nameEn === 'Waste collection and removal')!.id;
    transport = powers.find((p) => p.nameEn === 'Student transport')!.id;
  });
  const body = (extra: Record<string, unknown> = {}) => ({ authorityId: member, powerId: waste, fromDay: '2024-01-01', decision: { decidedOn: '2023-12-10', number: '12/2023' }, ...extra });

  it('are recorded by the cluster’s own staff and the ministry alone', async () => {
    for (const who of ['staffOther', 'rep', 'regulator', 'finance', 'committee', 'measurement']) await refused(() => post(who, body()), 403, 'FORBIDDEN');
    await refused(() => post(null, body()), 401, 'UNAUTHENTICATED');
    expect((await standingOf('staff')).actions).toEqual(['record_delegation']);
    expect((await standingOf('staffOther')).actions).toEqual([]);
  });

  it('refuse every invalid delegation by its code, storing nothing', async () => {
    const before = await rowsOf('standing_delegations');
    await refused(() => post('staff', body({ fromDay: '2024-02-30' })), 400, 'VALIDATION_FAILED');
    await refused(() => post('staff', body({ authorityId: 'x-1' })), 400, 'VALIDATION_FAILED');
    await refused(() => post('staff', body({ decision: { decidedOn: '2023-12-10', number: 'x'.repeat(51) } })), 400, 'VALIDATION_FAILED');
    await refused(() => post('staff', body({ untilDay: '2023-12-31' })), 422, 'DELEGATION_DATES_INVALID');
    await refused(() => post('staff', body({ powerId: 999999 })), 404, 'POWER_NOT_FOUND');
    // Not a member: an authority of another cluster, and a member before the first day its membership is known (2016).
    await refused(() => post('staff', body({ authorityId: outsider })), 409, 'DELEGATION_NOT_MEMBER');
    await refused(() => post('staff', body({ fromDay: '2015-06-01' })), 409, 'DELEGATION_NOT_MEMBER');
    await refused(() => post('staff', body({ decision: { decidedOn: '2023-12-10', documentId: '00000000-0000-4000-8000-000000000000' } })), 404, 'DOCUMENT_NOT_FOUND');
    await refused(() => post('staff', body(), 'no-such-cluster'), 403, 'FORBIDDEN');
    await refused(() => post('ministry', body(), 'no-such-cluster'), 404, 'CLUSTER_NOT_FOUND');
    expect(await rowsOf('standing_delegations')).toBe(before);
  });

  it('fill the matrix: the cell in force today with its decision, and its history', async () => {
    const decisionDoc = (await ok<{ id: string }>(c.upload('staff', pdfBytes('council decision'), { name: 'החלטה 12-2023.pdf' }), 201)).id;
    first = await ok<Delegation>(post('staff', body({ decision: { decidedOn: '2023-12-10', number: '12/2023', documentId: decisionDoc } })), 201);
    expect(first).toMatchObject({ authorityId: member, powerId: waste, fromDay: '2024-01-01', untilDay: null, status: 'in_force', actions: ['end'], decision: { number: '12/2023', document: { id: decisionDoc } } });
    await refused(() => post('ministry', body({ fromDay: '2025-06-01' })), 409, 'DELEGATION_OVERLAP');
    await refused(() => post('ministry', body({ fromDay: '2020-01-01', untilDay: '2024-01-01' })), 409, 'DELEGATION_OVERLAP');
    const earlier = await ok<Delegation>(post('ministry', body({ fromDay: '2020-01-01', untilDay: '2023-12-31', decision: { decidedOn: '2019-11-01' } })), 201);
    expect(earlier).toMatchObject({ status: 'ended', actions: [] });
    const upcoming = await ok<Delegation>(post('staff', body({ authorityId: member2, powerId: transport, fromDay: '2090-09-01' })), 201);
    expect(upcoming.status).toBe('upcoming');

    const view = await standingOf(null);
    const cell = (authorityId: string, powerId: number) => view.rows.find((r) => r.authorityId === authorityId)!.cells.find((x) => x.powerId === powerId)!;
    expect(cell(member, waste)).toEqual({ powerId: waste, currentId: first.id, historyIds: [first.id, earlier.id] });
    expect(cell(member2, transport)).toEqual({ powerId: transport, currentId: null, historyIds: [upcoming.id] });
    expect(view.delegations.find((d) => d.id === first.id)).toMatchObject({ decision: { document: null }, actions: [] });
    expect((await standingOf('staff')).delegations.find((d) => d.id === first.id)).toMatchObject({ decision: { document: { id: decisionDoc } }, actions: ['end'] });
    expect((await standingOf('staffOther')).delegations.find((d) => d.id === first.id)!.actions).toEqual([]);
    expect((await auditsOf('delegation.record')).at(-1)).toMatchObject({ actor_email: `staff-${own}@demo.local`, after: { clusterSlug: own, authorityId: member2, powerNameEn: 'Student transport', fromDay: '2090-09-01' } });

    const authority = await ok<{ cells: (Cell & { clusterSlug: string })[]; delegations: Delegation[] }>(c.get(null, `/api/v1/authorities/${member}/standing`), 200);
    expect(authority.cells.find((x) => x.powerId === waste)).toEqual({ clusterSlug: own, powerId: waste, currentId: first.id, historyIds: [first.id, earlier.id] });
    expect(authority.delegations.map((d) => d.id).sort()).toEqual([first.id, earlier.id].sort());
  });

  it('end on their last day and stay in the history', async () => {
    await refused(() => end('staffOther', first.id, '2025-12-31'), 403, 'FORBIDDEN');
    await refused(() => end('regulator', first.id, '2025-12-31'), 403, 'FORBIDDEN');
    await refused(() => end('staff', first.id, '2023-12-31'), 422, 'DELEGATION_DATES_INVALID');
    await refused(() => end('staff', 999999, '2025-12-31'), 404, 'DELEGATION_NOT_FOUND');
    const ended = await ok<Delegation>(end('staff', first.id, '2025-12-31'), 200);
    expect(ended).toMatchObject({ untilDay: '2025-12-31', actions: [] });
    await refused(() => end('ministry', first.id, '2026-12-31'), 409, 'DELEGATION_ENDED');
    expect((await auditsOf('delegation.end')).at(-1)).toMatchObject({ actor_email: `staff-${own}@demo.local`, after: { untilDay: '2025-12-31', powerNameHe: 'איסוף ופינוי פסולת' } });
    // A delegation after the end is a new record; the old one keeps its days.
    const renewed = await ok<Delegation>(post('staff', body({ fromDay: '2026-01-01', decision: { decidedOn: '2025-12-20', number: '40/2025' } })), 201);
    const view = await standingOf(null);
    expect(view.rows.find((r) => r.authorityId === member)!.cells.find((x) => x.powerId === waste)!.historyIds).toEqual([renewed.id, first.id, view.delegations.find((d) => d.fromDay === '2020-01-01')!.id]);
    expect(view.delegations.find((d) => d.id === first.id)).toMatchObject({ fromDay: '2024-01-01', untilDay: '2025-12-31' });
  });

  it('export as a right-to-left workbook of the matrix today and the whole history', async () => {
    const res = await c.get(null, `/api/v1/clusters/${own}/standing.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await workbookOf(res);
    const matrix = wb.getWorksheet('מטריצת סמכויות')!;
    expect(matrix.views[0]?.rightToLeft).toBe(true);
    const headers = (matrix.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['רשות', 'חברה באשכול כיום', 'איסוף ופינוי פסולת']);
    const names = (await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string; nameHe: string }[];
    const memberRow = matrix.getRows(2, matrix.rowCount - 1)!.find((r) => r.getCell(1).value === names.find((n) => n.id === member)!.nameHe)!;
    expect(String(memberRow.getCell(3).value)).toContain('החלטה 40/2025');
    const history = wb.getWorksheet('היסטוריה')!;
    expect(history.rowCount - 1).toBe((await standingOf(null)).delegations.length);
    expect((history.getRow(1).values as unknown[]).slice(1)).toEqual(['רשות', 'סמכות', 'מיום', 'עד יום', 'מצב', 'יום החלטת המועצה', 'מספר ההחלטה']);
  });
});

describe('the clusters’ list', () => {
  it('names each cluster’s legal form in force today as its standing records say, and unknown where none is recorded', async () => {
    const list = (await t.app.inject('/api/v1/clusters')).json().items as { slug: string; legalForm: string }[];
    const standingOf = async (slug: string) => (await t.app.inject(`/api/v1/clusters/${slug}/standing`)).json() as { currentFormId: number | null; legalForms: { id: number; form: string }[] };
    for (const c of list) {
      const s = await standingOf(c.slug);
      const current = s.legalForms.find((f) => f.id === s.currentFormId);
      const expected = !current ? 'unknown' : current.form === 'cities_association' ? 'multi_purpose_association' : 'municipal_corporation';
      expect({ slug: c.slug, legalForm: c.legalForm }).toEqual({ slug: c.slug, legalForm: expected });
    }
    expect(list.some((c) => c.legalForm !== 'unknown')).toBe(true);
    expect((await t.app.inject(`/api/v1/clusters/${list[0]!.slug}`)).json().legalForm).toBe(list[0]!.legalForm);
  });
});
