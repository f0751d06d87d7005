import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './fingerprint';
import { createService, join, makeClient, pdfBytes, serviceInput, signInAll, type Client } from './service-factories';
import { auditCount, buildTestApp, workbookOf, type TestApp } from './test-app';

/** Shared services: staff plan and invite, each representative answers for their own authority, history stays. */

const x = 'negev-maaravi';
const y = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let a: string, b: string, d: string, e: string, foreign: string;

const decide = (as: string | null, serviceId: number, authorityId: string, body: unknown) => c.post(as, `/api/v1/services/${serviceId}/participants/${authorityId}/decision`, body);
const setState = (id: number, state: string) => t.database.db.execute(sql`update services set state = ${state} where id = ${id}`);

beforeAll(async () => {
  t = await buildTestApp();
  const members = (await t.app.inject(`/api/v1/clusters/${x}`)).json().members as { id: string }[];
  [a, b, d, e] = members.slice(0, 4).map((m) => m.id) as [string, string, string, string];
  foreign = (await t.app.inject(`/api/v1/clusters/${y}`)).json().members[0].id;
  const cookies = await signInAll(t, {
    ministry: 'ministry@demo.local',
    committee: 'committee@demo.local',
    staff: `staff-${x}@demo.local`,
    otherStaff: `staff-${y}@demo.local`,
    repA: `rep-${a}@demo.local`,
    repB: `rep-${b}@demo.local`,
    repD: `rep-${d}@demo.local`,
    repE: `rep-${e}@demo.local`,
    foreignRep: `rep-${foreign}@demo.local`,
  });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

describe('creating a service', () => {
  it("lets the cluster's staff create one, inviting members; each invited representative is notified", async () => {
    const audits = await auditCount(t);
    const res = await c.post('staff', `/api/v1/clusters/${x}/services`, serviceInput([a, b, a], { nameEn: 'Joint waste collection' }));
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ clusterSlug: x, nameHe: 'פינוי פסולת משותף', nameEn: 'Joint waste collection', kind: 'core', state: 'planning', detail: 'full', invitedCount: 2, participantCount: 0 });
    expect(s.participants.map((p: { authorityId: string; status: string }) => [p.authorityId, p.status]).sort()).toEqual([[a, 'invited'], [b, 'invited']].sort());
    expect(s.participants[0].history).toHaveLength(1);
    // Its page names the cluster, never by its slug alone.
    const cluster = (await c.get('staff', `/api/v1/clusters/${x}`)).json();
    expect(s.cluster).toEqual({ slug: x, nameHe: cluster.nameHe, nameEn: cluster.nameEn });
    expect(s.actions).toEqual(['edit', 'invite', 'save_study', 'submit', 'read_milestones']);
    expect(await auditCount(t)).toBe(audits + 1);

    const log = (await c.get('ministry', `/api/v1/audit?entityType=service&entityId=${s.id}`)).json();
    const audit = log.items;
    expect(audit[0]).toMatchObject({ action: 'service.create', actorEmail: `staff-${x}@demo.local`, after: { nameHe: 'פינוי פסולת משותף', invited: [a, b].sort() } });
    // The page words the event with names: the log gives those of the service and of every authority it names.
    expect(log.names.services[s.id]).toEqual({ nameHe: 'פינוי פסולת משותף', nameEn: 'Joint waste collection' });
    expect(Object.keys(log.names.authorities).sort()).toEqual([a, b].sort());
    expect(log.names.authorities[a].nameHe).toBe(s.participants.find((p: { authorityId: string }) => p.authorityId === a).nameHe);

    const inbox = (await c.get('repA', '/api/v1/notifications')).json();
    expect(inbox.unread).toBeGreaterThan(0);
    expect(inbox.items[0]).toMatchObject({ kind: 'invitation', link: `/services/${s.id}`, params: { service: 'פינוי פסולת משותף' }, read: false });
    const uninvited = (await c.get('repD', '/api/v1/notifications')).json();
    expect(uninvited.items.filter((n: { link: string }) => n.link === `/services/${s.id}`)).toEqual([]);
  });

  it('refuses staff of another cluster, representatives and the ministry, changing nothing', async () => {
    const audits = await auditCount(t);
    expectProblem(await c.post('otherStaff', `/api/v1/clusters/${x}/services`, serviceInput([a])), 403, 'FORBIDDEN');
    expectProblem(await c.post('repA', `/api/v1/clusters/${x}/services`, serviceInput([a])), 403, 'FORBIDDEN');
    expectProblem(await c.post('ministry', `/api/v1/clusters/${x}/services`, serviceInput([a])), 403, 'FORBIDDEN');
    expectProblem(await c.post(null, `/api/v1/clusters/${x}/services`, serviceInput([a])), 401, 'UNAUTHENTICATED');
    expect(await auditCount(t)).toBe(audits);
  });

  it('refuses to invite an authority that is not a current member of the cluster, naming it', async () => {
    const audits = await auditCount(t);
    const before = (await c.get(null, `/api/v1/clusters/${x}/services`)).json().items.length;
    const res = await c.post('staff', `/api/v1/clusters/${x}/services`, serviceInput([a, foreign]));
    expectProblem(res, 409, 'NOT_A_CLUSTER_MEMBER');
    expect(res.json().issues[0].message).toContain(foreign);
    expect(await auditCount(t)).toBe(audits);
    expect((await c.get(null, `/api/v1/clusters/${x}/services`)).json().items).toHaveLength(before);
  });

  it.each([
    ['an unknown field', serviceInput([a], { budget: 5 })],
    ['a wrong type', serviceInput([a], { kind: 7 })],
    ['an unknown domain', serviceInput([a], { domain: 'space' })],
    ['no invited authority', serviceInput([])],
    ['a malformed authority id', serviceInput(['tel-aviv'])],
    ['a too short name', serviceInput([a], { nameHe: 'א' })],
  ])('refuses %s with 400', async (_, body) => {
    const audits = await auditCount(t);
    expectProblem(await c.post('staff', `/api/v1/clusters/${x}/services`, body), 400, 'VALIDATION_FAILED');
    expect(await auditCount(t)).toBe(audits);
  });

  it('answers 404 for an unknown cluster or service', async () => {
    expectProblem(await c.post('staff', '/api/v1/clusters/no-such/services', serviceInput([a])), 404, 'CLUSTER_NOT_FOUND');
    expectProblem(await c.get(null, '/api/v1/clusters/no-such/services'), 404, 'CLUSTER_NOT_FOUND');
    expectProblem(await c.get(null, '/api/v1/services/999999'), 404, 'SERVICE_NOT_FOUND');
    expectProblem(await c.get(null, '/api/v1/services/abc'), 400, 'VALIDATION_FAILED');
  });
});

describe('reading a service', () => {
  let id: number;
  beforeAll(async () => {
    id = await createService(c, 'staff', x, [a, b]);
    await join(c, 'repA', id, a);
    expect((await decide('repB', id, b, { decision: 'decline', note: 'אין צורך כרגע' })).statusCode).toBe(200);
  });

  it('lists the cluster\'s services publicly, with counts', async () => {
    const res = await c.get(null, `/api/v1/clusters/${x}/services`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.find((s: { id: number }) => s.id === id)).toMatchObject({ nameHe: 'פינוי פסולת משותף', domain: 'environment_waste', kind: 'core', state: 'planning', participantCount: 1, invitedCount: 2 });
  });

  it.each([
    ['anonymous', null, 'public'],
    ["another cluster's staff", 'otherStaff', 'public'],
    ['a representative of a member not invited', 'repD', 'public'],
    ["a representative in another cluster", 'foreignRep', 'public'],
    ["the cluster's staff", 'staff', 'full'],
    ['the ministry', 'ministry', 'full'],
    ['the committee', 'committee', 'full'],
    ['an invited representative who joined', 'repA', 'full'],
    ['an invited representative who declined', 'repB', 'full'],
  ])('%s sees the %s view', async (_, as, detail) => {
    const res = await c.get(as, `/api/v1/services/${id}`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.detail).toBe(detail);
    if (detail === 'public') {
      expect(s.participants).toEqual([expect.objectContaining({ authorityId: a, status: 'joined', since: '2025-03-01', approval: null, history: [] })]);
    } else {
      expect(s.participants).toHaveLength(2);
      expect(s.participants.find((p: { authorityId: string }) => p.authorityId === a).approval).toMatchObject({ body: 'council', resolutionNumber: `2025-${a}` });
      expect(s.participants.find((p: { authorityId: string }) => p.authorityId === b).history.at(-1)).toMatchObject({ status: 'declined', note: 'אין צורך כרגע' });
    }
  });

  it("gives each the actions they may take: a representative's own answers, none to others", async () => {
    expect((await c.get('repA', `/api/v1/services/${id}`)).json().actions).toEqual(['leave']);
    expect((await c.get('repB', `/api/v1/services/${id}`)).json().actions).toEqual(['join']);
    expect((await c.get('repD', `/api/v1/services/${id}`)).json().actions).toEqual([]);
    expect((await c.get(null, `/api/v1/services/${id}`)).json().actions).toEqual([]);
    expect((await c.get('otherStaff', `/api/v1/services/${id}`)).json().actions).toEqual([]);
  });
});

describe('editing and inviting more', () => {
  /** A service renamed and with d invited, as the first test leaves its own. */
  let id: number;
  beforeAll(async () => {
    id = await createService(c, 'staff', x, [a]);
    expect((await c.patch('staff', `/api/v1/services/${id}`, { nameHe: 'הסעות תלמידים', funders: ['משרד החינוך'], invite: [a, d] })).statusCode).toBe(200);
  });

  it('renames and invites another member, notifying it; the audit keeps before and after', async () => {
    const id = await createService(c, 'staff', x, [a]);
    const res = await c.patch('staff', `/api/v1/services/${id}`, { nameHe: 'הסעות תלמידים', funders: ['משרד החינוך'], invite: [a, d] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ nameHe: 'הסעות תלמידים', funders: ['משרד החינוך'], invitedCount: 2 });
    const audit = (await c.get('ministry', `/api/v1/audit?entityType=service&entityId=${id}`)).json().items[0];
    expect(audit).toMatchObject({ action: 'service.update', before: { nameHe: 'פינוי פסולת משותף', invited: [a] }, after: { nameHe: 'הסעות תלמידים', invited: [a, d].sort() } });
    const inbox = (await c.get('repD', '/api/v1/notifications')).json();
    expect(inbox.items.find((n: { link: string }) => n.link === `/services/${id}`)).toMatchObject({ kind: 'invitation', params: { service: 'הסעות תלמידים' } });
  });

  it('writes nothing when nothing changes', async () => {
    const audits = await auditCount(t);
    expect((await c.patch('staff', `/api/v1/services/${id}`, { invite: [a, d] })).statusCode).toBe(200);
    expect((await c.patch('staff', `/api/v1/services/${id}`, {})).statusCode).toBe(200);
    expect(await auditCount(t)).toBe(audits);
  });

  it('refuses another cluster\'s staff, a representative, a non-member invitation and bad input', async () => {
    const audits = await auditCount(t);
    expectProblem(await c.patch('otherStaff', `/api/v1/services/${id}`, { nameHe: 'שם אחר' }), 403, 'FORBIDDEN');
    expectProblem(await c.patch('repA', `/api/v1/services/${id}`, { nameHe: 'שם אחר' }), 403, 'FORBIDDEN');
    expectProblem(await c.patch('staff', `/api/v1/services/${id}`, { invite: [foreign] }), 409, 'NOT_A_CLUSTER_MEMBER');
    expectProblem(await c.patch('staff', `/api/v1/services/${id}`, { state: 'approved' }), 400, 'VALIDATION_FAILED');
    expectProblem(await c.patch('staff', `/api/v1/services/${id}`, { funders: 'משרד' }), 400, 'VALIDATION_FAILED');
    expectProblem(await c.patch('staff', '/api/v1/services/999999', { nameHe: 'שם אחר' }), 404, 'SERVICE_NOT_FOUND');
    expect(await auditCount(t)).toBe(audits);
    expect((await c.get(null, `/api/v1/services/${id}`)).json().nameHe).toBe('הסעות תלמידים');
  });
});

describe("an authority's answer", () => {
  const joinBody = (documentId: string, extra: Record<string, unknown> = {}) => ({ decision: 'join', body: 'council', decidedOn: '2025-03-10', resolutionNumber: '45/2025', documentId, ...extra });
  const steps = ['invited', 'joined', 'left'] as const;
  /** A service inviting a, b and d, with a's council approval uploaded; then a joined with it; then a left. */
  async function answersUpTo(step: (typeof steps)[number]) {
    const reached = (s: (typeof steps)[number]) => steps.indexOf(step) >= steps.indexOf(s);
    const id = await createService(c, 'staff', x, [a, b, d]);
    const docA = (await c.upload('repA', pdfBytes('approval'), { name: 'פרוטוקול מועצה.pdf' })).json().id as string;
    if (reached('joined')) expect((await decide('repA', id, a, joinBody(docA))).statusCode).toBe(200);
    if (reached('left')) expect((await decide('repA', id, a, { decision: 'leave', leftOn: '2025-12-31', note: 'עוברים לספק אחר' })).statusCode).toBe(200);
    return { id, docA };
  }

  it('is given only by the representative of that authority: not staff, ministry, or another representative', async () => {
    const { id, docA } = await answersUpTo('invited');
    const audits = await auditCount(t);
    expectProblem(await decide('staff', id, a, joinBody(docA)), 403, 'FORBIDDEN');
    expectProblem(await decide('ministry', id, a, joinBody(docA)), 403, 'FORBIDDEN');
    expectProblem(await decide('repB', id, a, joinBody(docA)), 403, 'FORBIDDEN');
    expectProblem(await decide(null, id, a, joinBody(docA)), 401, 'UNAUTHENTICATED');
    expectProblem(await decide('repE', id, e, { decision: 'decline' }), 409, 'NOT_INVITED');
    expect(await auditCount(t)).toBe(audits);
  });

  it('joins only with a document of its own authority, dated no later than today', async () => {
    const { id, docA } = await answersUpTo('invited');
    const audits = await auditCount(t);
    const docB = (await c.upload('repB', pdfBytes('b'))).json().id;
    expectProblem(await decide('repA', id, a, joinBody(docB)), 404, 'DOCUMENT_NOT_FOUND');
    expectProblem(await decide('repA', id, a, joinBody('00000000-0000-4000-8000-000000000000')), 404, 'DOCUMENT_NOT_FOUND');
    expectProblem(await decide('repA', id, a, joinBody(docA, { decidedOn: '2999-01-01' })), 400, 'VALIDATION_FAILED');
    expectProblem(await decide('repA', id, a, { decision: 'join', body: 'council', decidedOn: '2025-03-10', resolutionNumber: '45/2025' }), 400, 'VALIDATION_FAILED');
    expectProblem(await decide('repA', id, a, joinBody(docA, { body: 'parliament' })), 400, 'VALIDATION_FAILED');
    expectProblem(await decide('repA', id, a, joinBody(docA, { decidedOn: '2025-02-30' })), 400, 'VALIDATION_FAILED');
    expectProblem(await decide('repA', id, a, joinBody(docA, { extra: true })), 400, 'VALIDATION_FAILED');
    expectProblem(await decide('repA', id, a, { decision: 'maybe' }), 400, 'VALIDATION_FAILED');
    expect(await auditCount(t)).toBe(audits + 1); // the upload of docB only
  });

  it('records the approval with its document; the audit keeps before and after', async () => {
    const { id, docA } = await answersUpTo('invited');
    const res = await decide('repA', id, a, joinBody(docA));
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json().participants.find((x: { authorityId: string }) => x.authorityId === a);
    expect(p).toMatchObject({
      status: 'joined',
      since: '2025-03-10',
      approval: { body: 'council', decidedOn: '2025-03-10', resolutionNumber: '45/2025', documentId: docA, documentName: 'פרוטוקול מועצה.pdf' },
    });
    const audit = (await c.get('ministry', `/api/v1/audit?entityType=service_participation&entityId=${id}:${a}`)).json().items[0];
    expect(audit).toMatchObject({ action: 'service_participation.join', actorEmail: `rep-${a}@demo.local`, before: { status: 'invited' }, after: { status: 'joined', approvalDocumentId: docA } });
  });

  it('refuses transitions the state does not allow', async () => {
    const { id, docA } = await answersUpTo('joined');
    expectProblem(await decide('repA', id, a, joinBody(docA)), 409, 'PARTICIPATION_STATE');
    expectProblem(await decide('repA', id, a, { decision: 'decline' }), 409, 'PARTICIPATION_STATE');
    expectProblem(await decide('repB', id, b, { decision: 'leave', leftOn: '2025-05-01' }), 409, 'PARTICIPATION_STATE');
    expect((await decide('repB', id, b, { decision: 'decline' })).statusCode).toBe(200);
    expectProblem(await decide('repB', id, b, { decision: 'decline' }), 409, 'PARTICIPATION_STATE');
  });

  it('leaves only on or after the day it joined', async () => {
    const { id } = await answersUpTo('joined');
    expectProblem(await decide('repA', id, a, { decision: 'leave', leftOn: '2025-03-09' }), 422, 'PARTICIPATION_DATES_INVALID');
    const res = await decide('repA', id, a, { decision: 'leave', leftOn: '2025-12-31', note: 'עוברים לספק אחר' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().participants.find((x: { authorityId: string }) => x.authorityId === a)).toMatchObject({ status: 'left', since: '2025-03-10', leftOn: '2025-12-31' });
    expect(res.json().participantCount).toBe(0);
  });

  it('keeps every answer in the history, also after joining again', async () => {
    const { id, docA } = await answersUpTo('left');
    expect((await decide('repA', id, a, joinBody(docA, { decidedOn: '2026-01-15', resolutionNumber: '3/2026' }))).statusCode).toBe(200);
    const p = (await c.get('staff', `/api/v1/services/${id}`)).json().participants.find((x: { authorityId: string }) => x.authorityId === a);
    expect(p.history.map((h: { status: string }) => h.status)).toEqual(['invited', 'joined', 'left', 'joined']);
    expect(p.history[1].approval.resolutionNumber).toBe('45/2025');
    expect(p.history[2].note).toBe('עוברים לספק אחר');
    expect(p.history[3].approval.resolutionNumber).toBe('3/2026');
    expect(p.history.every((h: { by: string | null }) => h.by !== null)).toBe(true);
    expect(p).toMatchObject({ status: 'joined', since: '2026-01-15', leftOn: null });
  });

  it("lets the other invited authorities' representatives download the approval document, not others", async () => {
    const { docA } = await answersUpTo('joined');
    expect((await c.get('repD', `/api/v1/documents/${docA}`)).statusCode).toBe(200);
    expect((await c.get('committee', `/api/v1/documents/${docA}`)).statusCode).toBe(200);
    expectProblem(await c.get('repE', `/api/v1/documents/${docA}`), 403, 'FORBIDDEN');
    expectProblem(await c.get('otherStaff', `/api/v1/documents/${docA}`), 403, 'FORBIDDEN');
  });

  it('two answers of different authorities at once both land', async () => {
    const s2 = await createService(c, 'staff', x, [b, d]);
    const results = await Promise.all([decide('repB', s2, b, { decision: 'decline' }), decide('repD', s2, d, { decision: 'decline' })]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const s = (await c.get('staff', `/api/v1/services/${s2}`)).json();
    expect(s.participants.map((p: { status: string }) => p.status)).toEqual(['declined', 'declined']);
  });
});

describe('a submitted or decided service is frozen', () => {
  let id: number;
  beforeAll(async () => {
    id = await createService(c, 'staff', x, [a, b]);
    await join(c, 'repA', id, a);
  });

  it.each(['submitted', 'approved', 'approved_with_conditions', 'rejected'])('in %s: no edits, invitations or answers', async (state) => {
    await setState(id, state);
    const audits = await auditCount(t);
    expectProblem(await c.patch('staff', `/api/v1/services/${id}`, { nameHe: 'שינוי' }), 409, 'SERVICE_FROZEN');
    expectProblem(await c.patch('staff', `/api/v1/services/${id}`, { invite: [d] }), 409, 'SERVICE_FROZEN');
    expectProblem(await decide('repB', id, b, { decision: 'decline' }), 409, 'SERVICE_FROZEN');
    expectProblem(await decide('repA', id, a, { decision: 'leave', leftOn: '2025-06-01' }), 409, 'SERVICE_FROZEN');
    expect(await auditCount(t)).toBe(audits);
    const s = (await c.get('staff', `/api/v1/services/${id}`)).json();
    expect(s.actions).not.toContain('edit');
    expect((await c.get('repB', `/api/v1/services/${id}`)).json().actions).toEqual([]);
  });

  it('opens again when returned for changes', async () => {
    // Its own service: b's answer here stays out of the frozen one's checks.
    const id = await createService(c, 'staff', x, [a, b]);
    await join(c, 'repA', id, a);
    await setState(id, 'returned');
    expect((await decide('repB', id, b, { decision: 'decline' })).statusCode).toBe(200);
    expect((await c.patch('staff', `/api/v1/services/${id}`, { description: 'מעודכן' })).statusCode).toBe(200);
  });
});

describe('the service × authority matrix', () => {
  let id: number;
  beforeAll(async () => {
    id = await createService(c, 'staff', x, [a, b], { nameHe: 'מוקד חירום אזורי', domain: 'emergency' });
    await join(c, 'repA', id, a, '2025-04-01');
  });

  it("shows each member's status in each service and since when, to the cluster's staff", async () => {
    const res = await c.get('staff', `/api/v1/clusters/${x}/services/matrix`);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    const col = m.services.findIndex((s: { id: number }) => s.id === id);
    expect(col).toBeGreaterThanOrEqual(0);
    const cell = (authorityId: string) => m.rows.find((r: { authorityId: string }) => r.authorityId === authorityId).cells[col];
    expect(cell(a)).toEqual({ serviceId: id, status: 'joined', since: '2025-04-01' });
    expect(cell(b)).toMatchObject({ serviceId: id, status: 'invited' });
    expect(cell(b).since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cell(d)).toEqual({ serviceId: id, status: null, since: null });
  });

  it('is read by national roles and member representatives; refused to other clusters and the public', async () => {
    expect((await c.get('committee', `/api/v1/clusters/${x}/services/matrix`)).statusCode).toBe(200);
    expect((await c.get('repD', `/api/v1/clusters/${x}/services/matrix`)).statusCode).toBe(200);
    expectProblem(await c.get('otherStaff', `/api/v1/clusters/${x}/services/matrix`), 403, 'FORBIDDEN');
    expectProblem(await c.get('foreignRep', `/api/v1/clusters/${x}/services/matrix.xlsx`), 403, 'FORBIDDEN');
    expectProblem(await c.get(null, `/api/v1/clusters/${x}/services/matrix`), 401, 'UNAUTHENTICATED');
    expectProblem(await c.get('staff', '/api/v1/clusters/no-such/services/matrix'), 404, 'CLUSTER_NOT_FOUND');
  });

  it('exports to a right-to-left Excel sheet', async () => {
    const res = await c.get('staff', `/api/v1/clusters/${x}/services/matrix.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="negev-maaravi-services.xlsx"/);
    const wb = await workbookOf(res);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ rightToLeft: true });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('רשות');
    expect(header).toContain('מוקד חירום אזורי');
    const col = header.indexOf('מוקד חירום אזורי') + 1;
    const names = (await t.app.inject(`/api/v1/authorities/${a}`)).json().nameHe;
    const rowA = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === names)!;
    expect(rowA.getCell(col).value).toBe('הצטרפה 2025-04-01');
  });
});
