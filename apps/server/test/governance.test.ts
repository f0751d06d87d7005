import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, makeClient, nationalAccounts, readers, repAccount, signInAll, staffAccount, type Client, type Reader } from './service-factories';
import { auditCount, buildTestApp, workbookOf, type TestApp } from './test-app';

/** Bodies and seats through the API: who may change them, what each reader sees, and a composition on any day. */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';
const simple = { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false };
const withCastingVote = { ...simple, chairBreaksTie: true };

let t: TestApp;
let c: Client;
let members: string[];
let outsider: string;


beforeAll(async () => {
  t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  outsider = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  const cookies = await signInAll(t, { ...nationalAccounts, staff: staffAccount(own), staffOther: staffAccount(other), rep: repAccount(members[0]!), repOther: repAccount(outsider) });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

const boardInput = (extra: Record<string, unknown> = {}) => ({ kind: 'board', clusterSlug: own, nameHe: 'דירקטוריון לבדיקה', rules: simple, rulesFrom: '2025-11-01', ...extra });
const seatInput = (extra: Record<string, unknown> = {}) => ({ title: 'ראש הרשות', role: 'member', authorityId: members[0], from: '2025-11-01', email: 'head@example.org', ...extra });

async function newBoard(extra: Record<string, unknown> = {}): Promise<number> {
  const res = await c.post('staff', '/api/v1/governance/bodies', boardInput(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A refusal changes nothing: the status, the code, and the audit log as it was. */
async function refused(send: () => Promise<{ statusCode: number; json: () => { code?: string; params?: unknown } }>, status: number, code: string) {
  const before = await auditCount(t);
  const res = await send();
  expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
  expect(await auditCount(t)).toBe(before);
  return res;
}

describe('the demo bodies', () => {
  it('gives two founding clusters a board, a heads’ forum and an environment forum with a seat for each member, held by its office', async () => {
    const list = (await c.get(null, `/api/v1/governance/bodies?cluster=${own}`)).json();
    expect(list.items.map((b: { kind: string }) => b.kind).slice(0, 3)).toEqual(['board', 'heads_forum', 'professional_forum']);
    expect(list.items[2].domain).toBe('environment_waste');
    const board = (await c.get(null, `/api/v1/governance/bodies/${list.items[0].id}`)).json();
    const heads = board.seats.filter((s: { title: string }) => s.title === 'ראש הרשות');
    expect(heads.length).toBe(members.length);
    expect(heads.every((s: { personName: string | null }) => s.personName === null)).toBe(true);
    expect(board.votingMembers.length).toBe(members.length);
    expect(board.rules.rules.chairBreaksTie).toBe(true);
  });

  it('gives the programme its steering and professional committees, seated by organisation and office', async () => {
    const list = (await c.get(null, '/api/v1/governance/bodies')).json();
    expect(list.items.map((b: { kind: string }) => b.kind)).toEqual(['steering_committee', 'professional_committee']);
    const steering = (await c.get(null, `/api/v1/governance/bodies/${list.items[0].id}`)).json();
    expect(steering.seats.find((s: { role: string }) => s.role === 'chair').title).toBe('ראש מינהל השלטון המקומי');
    expect(steering.seats.filter((s: { role: string }) => s.role === 'invitee').length).toBeGreaterThanOrEqual(5);
    expect(steering.votingMembers).toEqual([]);
  });
});

describe('creating and editing bodies', () => {
  it('lets a cluster’s staff create their own cluster’s body, and writes the audit log', async () => {
    const before = await auditCount(t);
    const id = await newBoard();
    expect(await auditCount(t)).toBe(before + 1);
    const body = (await c.get('staff', `/api/v1/governance/bodies/${id}?on=2025-11-01`)).json();
    expect(body).toMatchObject({ kind: 'board', clusterSlug: own, actions: ['manage'], rules: { validFrom: '2025-11-01', rules: simple }, seats: [] });
    const edited = await c.patch('staff', `/api/v1/governance/bodies/${id}`, { nameHe: 'דירקטוריון האשכול (מתוקן)' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().nameHe).toBe('דירקטוריון האשכול (מתוקן)');
  });

  it('lets the ministry create the programme’s bodies and nobody else', async () => {
    const input = { kind: 'steering_committee', nameHe: 'ועדת היגוי לבדיקה', rules: simple, rulesFrom: '2025-01-01' };
    expect((await c.post('ministry', '/api/v1/governance/bodies', input)).statusCode).toBe(201);
    await refused(() => c.post('staff', '/api/v1/governance/bodies', input), 403, 'FORBIDDEN');
    await refused(() => c.post('finance', '/api/v1/governance/bodies', input), 403, 'FORBIDDEN');
    await refused(() => c.post(null, '/api/v1/governance/bodies', input), 401, 'UNAUTHENTICATED');
  });

  it('keeps the ministry and another cluster’s staff out of a cluster’s bodies', async () => {
    await refused(() => c.post('ministry', '/api/v1/governance/bodies', boardInput()), 403, 'FORBIDDEN');
    await refused(() => c.post('staffOther', '/api/v1/governance/bodies', boardInput()), 403, 'FORBIDDEN');
    const id = await newBoard();
    await refused(() => c.patch('staffOther', `/api/v1/governance/bodies/${id}`, { nameHe: 'שם אחר' }), 403, 'FORBIDDEN');
    await refused(() => c.post('rep', `/api/v1/governance/bodies/${id}/seats`, seatInput()), 403, 'FORBIDDEN');
  });

  it('refuses a body of a cluster that does not exist, a programme body in a cluster, a forum without a domain and rules the tally would refuse', async () => {
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ clusterSlug: 'no-such-cluster' })), 404, 'CLUSTER_NOT_FOUND');
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ kind: 'steering_committee' })), 422, 'BODY_SCOPE_INVALID');
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ clusterSlug: null })), 422, 'BODY_SCOPE_INVALID');
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ kind: 'professional_forum' })), 422, 'FORUM_DOMAIN_REQUIRED');
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ domain: 'education' })), 422, 'FORUM_DOMAIN_REQUIRED');
    const twoThirdsWithCastingVote = { ...withCastingVote, majority: { of: 'present', fraction: [2, 3], strict: false } };
    const res = await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ rules: twoThirdsWithCastingVote })), 422, 'RULES_INVALID');
    expect(res.json()).toMatchObject({ params: { fault: 'casting-vote-needs-simple-majority' } });
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ rules: { ...simple, quorum: { count: 0 } } })), 422, 'RULES_INVALID');
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ rules: { ...simple, majority: { of: 'cast', fraction: [3, 2], strict: true } } })), 422, 'RULES_INVALID');
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ nameHe: 'x'.repeat(201) })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', '/api/v1/governance/bodies', boardInput({ kind: 'senate' })), 400, 'VALIDATION_FAILED');
  });

  it('answers 404 for a body that does not exist', async () => {
    expect((await c.get(null, '/api/v1/governance/bodies/999999')).json().code).toBe('BODY_NOT_FOUND');
    expect((await c.get(null, '/api/v1/governance/bodies?cluster=no-such-cluster')).json().code).toBe('CLUSTER_NOT_FOUND');
    await refused(() => c.post('staff', '/api/v1/governance/seats/999999/end', { to: '2026-01-01' }), 404, 'SEAT_NOT_FOUND');
  });
});

describe('seats', () => {
  it('adds a seat on behalf of a member authority or an organisation, and shows it from its first day', async () => {
    const id = await newBoard();
    const before = await auditCount(t);
    expect((await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput({ role: 'chair' }))).statusCode).toBe(201);
    expect((await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, { title: 'מנכ״ל האשכול', role: 'secretary', organisation: 'האשכול', from: '2025-11-01' })).statusCode).toBe(201);
    expect(await auditCount(t)).toBe(before + 2);
    const on = (await c.get('staff', `/api/v1/governance/bodies/${id}?on=2025-11-01`)).json();
    expect(on.seats.map((s: { role: string; status: string }) => [s.role, s.status])).toEqual([
      ['chair', 'active'],
      ['secretary', 'active'],
    ]);
    expect(on.votingMembers.map((m: { authorityId: string }) => m.authorityId)).toEqual([members[0]]);
    expect((await c.get('staff', `/api/v1/governance/bodies/${id}?on=2025-10-31`)).json().seats).toEqual([]);
  });

  it('refuses a seat for an authority that is not a member of the cluster, a term that ends before it starts, two behalfs, and an unknown account', async () => {
    const id = await newBoard();
    const url = `/api/v1/governance/bodies/${id}/seats`;
    const res = await refused(() => c.post('staff', url, seatInput({ authorityId: outsider })), 409, 'SEAT_AUTHORITY_NOT_MEMBER');
    expect(res.json()).toMatchObject({ params: { authorityId: outsider, on: '2025-11-01' } });
    await refused(() => c.post('staff', url, seatInput({ to: '2025-10-31' })), 422, 'SEAT_TERM_INVALID');
    await refused(() => c.post('staff', url, seatInput({ organisation: 'משרד הפנים' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', url, seatInput({ authorityId: null })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', url, seatInput({ userId: 'no-such-user' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', url, seatInput({ role: 'emperor' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', url, seatInput({ email: 'not an address' })), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', url, seatInput({ from: '2025-02-30' })), 400, 'VALIDATION_FAILED');
    // An authority seat on a programme body: it has no member authorities.
    const steering = (await c.get(null, '/api/v1/governance/bodies')).json().items[0].id;
    await refused(() => c.post('ministry', `/api/v1/governance/bodies/${steering}/seats`, seatInput()), 409, 'SEAT_AUTHORITY_NOT_MEMBER');
  });

  it('ends a seat on its last day, once, and not before it began', async () => {
    const id = await newBoard();
    const seatId = (await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput())).json().seats[0].id;
    await refused(() => c.post('staff', `/api/v1/governance/seats/${seatId}/end`, { to: '2025-10-01' }), 422, 'SEAT_TERM_INVALID');
    await refused(() => c.post('staffOther', `/api/v1/governance/seats/${seatId}/end`, { to: '2026-01-31' }), 403, 'FORBIDDEN');
    expect((await c.post('staff', `/api/v1/governance/seats/${seatId}/end`, { to: '2026-01-31' })).statusCode).toBe(200);
    await refused(() => c.post('staff', `/api/v1/governance/seats/${seatId}/end`, { to: '2026-02-28' }), 409, 'SEAT_ENDED');
    expect((await c.get(null, `/api/v1/governance/bodies/${id}?on=2026-01-31`)).json().seats.length).toBe(1);
    expect((await c.get(null, `/api/v1/governance/bodies/${id}?on=2026-02-01`)).json().seats).toEqual([]);
  });

  it('corrects a seat, checking the result as a new seat', async () => {
    const id = await newBoard();
    await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput());
    const seatId = (await c.get('staff', `/api/v1/governance/bodies/${id}?on=2025-11-01`)).json().seats[0].id;
    const res = await c.patch('staff', `/api/v1/governance/seats/${seatId}`, { title: 'ראש המועצה', role: 'deputy', personName: 'ישראלה ישראלי' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await c.get('staff', `/api/v1/governance/bodies/${id}?on=2025-11-01`)).json().seats[0]).toMatchObject({ title: 'ראש המועצה', role: 'deputy', personName: 'ישראלה ישראלי' });
    await refused(() => c.patch('staff', `/api/v1/governance/seats/${seatId}`, { authorityId: outsider }), 409, 'SEAT_AUTHORITY_NOT_MEMBER');
    await refused(() => c.patch('staff', `/api/v1/governance/seats/${seatId}`, { to: '2025-01-01' }), 422, 'SEAT_TERM_INVALID');
    await refused(() => c.patch('staff', `/api/v1/governance/seats/${seatId}`, {}), 400, 'VALIDATION_FAILED');
  });

  it('shows e-mails and accounts to those who read the body’s details, and to the public not', async () => {
    const id = await newBoard();
    await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput());
    const emails = Object.fromEntries(
      await Promise.all(readers.map(async (r) => [r, (await c.get(as(r), `/api/v1/governance/bodies/${id}?on=2025-11-01`)).json().seats[0].email] as const)),
    );
    const detail = 'head@example.org';
    expect(emails).toEqual({ ministry: detail, finance: detail, committee: detail, regulator: detail, measurement: detail, staff: detail, staffOther: null, rep: detail, repOther: null, anonymous: null });
  });
});

describe('voting rules with their history', () => {
  it('adds new rules from a day on, keeps the earlier ones, and refuses a day before the latest', async () => {
    const id = await newBoard();
    const res = await c.post('staff', `/api/v1/governance/bodies/${id}/rules`, { validFrom: '2026-03-01', rules: withCastingVote, note: 'החלטת הדירקטוריון' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().rulesHistory.map((r: { validFrom: string }) => r.validFrom)).toEqual(['2025-11-01', '2026-03-01']);
    expect((await c.get(null, `/api/v1/governance/bodies/${id}?on=2026-02-28`)).json().rules.rules).toEqual(simple);
    expect((await c.get(null, `/api/v1/governance/bodies/${id}?on=2026-03-01`)).json().rules).toMatchObject({ rules: withCastingVote, note: 'החלטת הדירקטוריון' });
    expect((await c.get(null, `/api/v1/governance/bodies/${id}?on=2025-10-31`)).json().rules).toBeNull();
    const early = await refused(() => c.post('staff', `/api/v1/governance/bodies/${id}/rules`, { validFrom: '2026-02-01', rules: simple }), 409, 'RULES_BEFORE_CURRENT');
    expect(early.json().params).toEqual({ latest: '2026-03-01' });
    await refused(() => c.post('staff', `/api/v1/governance/bodies/${id}/rules`, { validFrom: '2026-04-01', rules: { ...withCastingVote, majority: { of: 'members', fraction: [1, 2], strict: true } } }), 422, 'RULES_INVALID');
    await refused(() => c.post('staffOther', `/api/v1/governance/bodies/${id}/rules`, { validFrom: '2026-04-01', rules: simple }), 403, 'FORBIDDEN');
  });
});

describe('an authority that leaves the cluster', () => {
  it('loses its seats from the day it left, without a change to the seat, and keeps them on the days before', async () => {
    const id = await newBoard();
    const leaver = members[2]!;
    await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput({ authorityId: members[1] }));
    await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput({ authorityId: leaver }));
    const left = await c.patch('ministry', `/api/v1/clusters/${own}/memberships/${leaver}`, { leftOn: '2026-06-01' });
    expect(left.statusCode, left.body).toBe(200);
    const before = (await c.get(null, `/api/v1/governance/bodies/${id}?on=2026-05-31`)).json();
    expect(before.seats.map((s: { status: string }) => s.status)).toEqual(['active', 'active']);
    expect(before.votingMembers.map((m: { authorityId: string }) => m.authorityId).sort()).toEqual([members[1], leaver].sort());
    const after = (await c.get(null, `/api/v1/governance/bodies/${id}?on=2026-06-01`)).json();
    expect(after.seats.map((s: { authorityId: string; status: string; lapsedOn: string | null; to: string | null }) => [s.authorityId, s.status, s.lapsedOn, s.to])).toEqual([
      [members[1], 'active', null, null],
      [leaver, 'lapsed', '2026-06-01', null],
    ]);
    expect(after.votingMembers.map((m: { authorityId: string }) => m.authorityId)).toEqual([members[1]]);
    // A new seat for it from a day it is no longer a member is refused.
    await refused(() => c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput({ authorityId: leaver, from: '2026-07-01' })), 409, 'SEAT_AUTHORITY_NOT_MEMBER');
  });
});

describe('the composition as a workbook', () => {
  it('exports the seats on a day and the voting member authorities, without e-mails for the public', async () => {
    const id = await newBoard();
    await c.post('staff', `/api/v1/governance/bodies/${id}/seats`, seatInput());
    const res = await c.get(null, `/api/v1/governance/bodies/${id}/composition.xlsx?on=2025-11-01`);
    expect(res.statusCode).toBe(200);
    const wb = await workbookOf(res);
    const seats = wb.getWorksheet('מושבים')!;
    expect(seats.rowCount).toBe(2);
    expect(seats.getRow(2).getCell(3).value).toBe('ראש הרשות');
    expect(seats.getRow(2).getCell(8).value).toBe('');
    expect(wb.getWorksheet('רשויות בעלות זכות הצבעה')!.rowCount).toBe(2);
    const staffs = await workbookOf(await c.get('staff', `/api/v1/governance/bodies/${id}/composition.xlsx?on=2025-11-01`));
    expect(staffs.getWorksheet('מושבים')!.getRow(2).getCell(8).value).toBe('head@example.org');
    expect((await c.get(null, `/api/v1/governance/bodies/${id}/composition.xlsx?on=2025-13-01`)).statusCode).toBe(400);
  });
});

describe('what each reader may do with bodies', () => {
  it('offers the management of a cluster’s bodies to its staff and of the programme’s to the ministry', async () => {
    const id = await newBoard();
    const steering = (await c.get(null, '/api/v1/governance/bodies')).json().items[0].id;
    const table = async (url: string) => Object.fromEntries(await Promise.all(readers.map(async (r) => [r, (await c.get(as(r), url)).json().actions] as const)));
    const only = (who: Reader, actions: string[]) => Object.fromEntries(readers.map((r) => [r, r === who ? actions : []]));
    expect(await table(`/api/v1/governance/bodies/${id}`)).toEqual(only('staff', ['manage']));
    expect(await table(`/api/v1/governance/bodies/${steering}`)).toEqual(only('ministry', ['manage']));
    expect(await table(`/api/v1/governance/bodies?cluster=${own}`)).toEqual(only('staff', ['create']));
    expect(await table('/api/v1/governance/bodies')).toEqual(only('ministry', ['create']));
  });
});
