import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wallClockInIsrael } from '../src/platform/calendar';
import { makeClient, nationalAccounts, pdfBytes, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { readyService, submit } from './review-fixtures';
import { auditCount, buildTestApp, workbookOf, type TestApp } from './test-app';

/**
 * A body's meetings through the API: scheduling and invitations (with the calendar file and the
 * outbox), answers for an authority, attendance and a quorum of authorities, votes by authority,
 * decisions, forwarding, closing, minutes and the decision register.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let members: string[];
let outsider: string;
let board: number;
let forum: number;

/** A wall-clock time in Israel some days from now. */
const inDays = (days: number, hour = '18:00') => `${wallClockInIsrael(new Date(Date.now() + days * 86_400_000)).slice(0, 10)}T${hour}`;

type Json = Record<string, unknown> & { id: number };
type Unit = { authorityId: string | null; organisation: string | null };
type MeetingView = Json & {
  startsAt: string;
  bodyId: number;
  actions: string[];
  members: Unit[];
  invitations: (Json & { unit: Unit; answer: string | null; mine: boolean })[];
  attendance: (Json & { unit: Unit; counts: boolean; seatId: number | null })[];
  items: (Json & {
    title: string;
    tally: { outcome: string; counts: Record<string, number> } | null;
    decision: (Json & { number: string; ownerAuthority: { authorityId: string; names: { nameHe: string } } | null; actions: string[] }) | null;
    forwardedFrom: Json | null;
    forwardedTo: Json[];
  })[];
  quorum: { met: boolean; present: number; required: number } | null;
  minutes: { status: string; text: string } | null;
};

beforeAll(async () => {
  t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  outsider = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  const cookies = await signInAll(t, { ...nationalAccounts, staff: staffAccount(own), staffOther: staffAccount(other), rep: repAccount(members[0]!), rep2: repAccount(members[1]!), repOther: repAccount(outsider) });
  c = makeClient(t, cookies);
  const bodies = (await c.get(null, `/api/v1/governance/bodies?cluster=${own}`)).json().items as { id: number; kind: string }[];
  board = bodies.find((b) => b.kind === 'board')!.id;
  forum = bodies.find((b) => b.kind === 'professional_forum')!.id;
  // One holder with an address, so that the invitation goes by mail too.
  const seat = await c.post('staff', `/api/v1/governance/bodies/${board}/seats`, { title: 'יועץ/ת משפטי/ת', personName: 'עורכת הדין לבדיקה', email: 'legal@example.org', role: 'observer', organisation: 'הלשכה המשפטית', from: '2024-01-01' });
  expect(seat.statusCode, seat.body).toBe(201);
});
afterAll(() => t.close());

async function schedule(body = board, extra: Record<string, unknown> = {}): Promise<MeetingView> {
  const res = await c.post('staff', `/api/v1/governance/bodies/${body}/meetings`, { startsAt: inDays(20), place: 'בית האשכול', ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A refusal changes nothing: the status, the code, and the audit log as it was. */
async function refused(send: () => Promise<{ statusCode: number; json: () => { code?: string } }>, status: number, code: string) {
  const before = await auditCount(t);
  const res = await send();
  expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
  expect(await auditCount(t)).toBe(before);
}

const seatsOf = async (body: number) => (await c.get('staff', `/api/v1/governance/bodies/${body}`)).json().seats as { id: number; authorityId: string | null; role: string }[];
const seatOf = async (body: number, authorityId: string) => (await seatsOf(body)).find((s) => s.authorityId === authorityId)!.id;

async function attend(meeting: number, seatId: number): Promise<MeetingView> {
  const res = await c.post('staff', `/api/v1/governance/meetings/${meeting}/attendance`, { seatId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function addItem(meeting: number, extra: Record<string, unknown> = {}): Promise<MeetingView> {
  const res = await c.post('staff', `/api/v1/governance/meetings/${meeting}/items`, { title: 'מכרז משותף לפינוי פסולת', needsDecision: true, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('scheduling a meeting', () => {
  it('invites every authority seated on its day, mails the holders with an address and tells the representatives', async () => {
    const before = (await c.get('ministry', '/api/v1/mail/outbox')).json().items.length;
    const m = await schedule();
    expect(m.status).toBe('scheduled');
    expect(m.startsAtLocal).toBe(inDays(20));
    expect(m.members.map((u) => u.authorityId).sort()).toEqual([...members].sort());
    const invited = m.invitations.map((i) => i.unit.authorityId).filter(Boolean);
    expect(invited.sort()).toEqual([...members].sort());
    const outbox = (await c.get('ministry', '/api/v1/mail/outbox')).json().items as { to: string; subject: string; text: string; meetingId: number; hasCalendar: boolean }[];
    expect(outbox.length).toBe(before + 1);
    expect(outbox[0]).toMatchObject({ to: 'legal@example.org', meetingId: m.id, hasCalendar: true });
    expect(outbox[0]!.subject).toContain('דירקטוריון האשכול');
    expect(outbox[0]!.text).toContain('שעון ישראל');
    const bell = (await c.get('rep', '/api/v1/notifications')).json();
    expect(JSON.stringify(bell)).toContain('meeting_invitation');
  });

  it('gives a calendar file in Israel’s time zone', async () => {
    const m = await schedule(board, { startsAt: inDays(21, '09:30') });
    const res = await c.get('rep', `/api/v1/governance/meetings/${m.id}/invite.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain(`DTSTART;TZID=Asia/Jerusalem:${inDays(21, '09:30').replace(/-/g, '').replace(':', '')}00`);
    expect(res.body).toContain('TZID:Asia/Jerusalem');
  });

  it('refuses a time that has passed, a day that does not exist and another cluster’s staff, storing nothing', async () => {
    const count = async () => (await c.get('staff', `/api/v1/governance/bodies/${board}/meetings`)).json().items.length;
    const before = await count();
    await refused(() => c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: '2020-01-01T10:00' }), 422, 'MEETING_IN_PAST');
    await refused(() => c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: '2027-02-30T10:00' }), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: inDays(2000) }), 422, 'MEETING_TOO_FAR');
    await refused(() => c.post('staffOther', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: inDays(10) }), 403, 'FORBIDDEN');
    await refused(() => c.post('rep', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: inDays(10) }), 403, 'FORBIDDEN');
    await refused(() => c.post(null, `/api/v1/governance/bodies/${board}/meetings`, { startsAt: inDays(10) }), 401, 'UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it('keeps a meeting from other clusters and the public until it is marked public', async () => {
    const m = await schedule();
    expect((await c.get('staffOther', `/api/v1/governance/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await c.get(null, `/api/v1/governance/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await c.get('repOther', `/api/v1/governance/meetings/${m.id}/invite.ics`)).statusCode).toBe(404);
    expect((await c.get('rep', `/api/v1/governance/meetings/${m.id}`)).statusCode).toBe(200);
    expect((await c.get('regulator', `/api/v1/governance/meetings/${m.id}`)).statusCode).toBe(200);
    const listed = (await c.get(null, `/api/v1/governance/bodies/${board}/meetings`)).json().items.map((x: Json) => x.id);
    expect(listed).not.toContain(m.id);
    expect((await c.patch('staff', `/api/v1/governance/meetings/${m.id}`, { public: true })).statusCode).toBe(200);
    expect((await c.get(null, `/api/v1/governance/meetings/${m.id}`)).statusCode).toBe(200);
  });
});

describe('answering an invitation', () => {
  it('lets a representative answer for their own authority, and only for it', async () => {
    const m = await schedule();
    const mine = m.invitations.find((i) => i.unit.authorityId === members[0]);
    expect(mine).toBeDefined();
    const view = (await c.get('rep', `/api/v1/governance/meetings/${m.id}`)).json() as MeetingView;
    expect(view.actions).toContain('answer');
    expect(view.invitations.filter((i) => i.mine).map((i) => i.unit.authorityId)).toEqual([members[0]]);
    const res = await c.post('rep', `/api/v1/governance/meetings/${m.id}/answers`, { authorityId: members[0], answer: 'alternate', alternateName: 'סגן ראש הרשות' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as MeetingView).invitations.find((i) => i.unit.authorityId === members[0])).toMatchObject({ answer: 'alternate', alternateName: 'סגן ראש הרשות' });
    await refused(() => c.post('rep', `/api/v1/governance/meetings/${m.id}/answers`, { authorityId: members[1], answer: 'attending' }), 403, 'FORBIDDEN');
    await refused(() => c.post('rep', `/api/v1/governance/meetings/${m.id}/answers`, { authorityId: members[0], answer: 'alternate' }), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('repOther', `/api/v1/governance/meetings/${m.id}/answers`, { authorityId: outsider, answer: 'attending' }), 403, 'FORBIDDEN');
    const byStaff = await c.post('staff', `/api/v1/governance/meetings/${m.id}/answers`, { authorityId: members[1], answer: 'excused', note: 'בחופשה' });
    expect(byStaff.statusCode, byStaff.body).toBe(200);
  });
});

describe('attendance, quorum and the vote', () => {
  it('counts the quorum by authorities present, not persons, and the vote by authority', async () => {
    const m = await schedule();
    await addItem(m.id);
    const itemId = (await c.get('staff', `/api/v1/governance/meetings/${m.id}`)).json().items[0].id;
    const needed = Math.floor(members.length / 2) + 1;
    // Two persons of the first authority: the seat's holder and an alternate.
    await attend(m.id, await seatOf(board, members[0]!));
    let view = (await c.post('staff', `/api/v1/governance/meetings/${m.id}/attendance`, { personName: 'ממלא מקום לבדיקה', role: 'alternate', authorityId: members[0] })).json() as MeetingView;
    expect(view.attendance).toHaveLength(2);
    expect(view.quorum).toMatchObject({ present: 1, met: needed <= 1 });
    // The secretary (an organisation's seat) never counts.
    const secretary = (await seatsOf(board)).find((s) => s.role === 'secretary')!.id;
    view = await attend(m.id, secretary);
    expect(view.quorum!.present).toBe(1);
    expect(view.attendance.find((a) => a.seatId === secretary)!.counts).toBe(false);
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/attendance`, { seatId: secretary }), 409, 'ATTENDANCE_TWICE');

    // A decision needs a quorum.
    await refused(() => c.post('staff', `/api/v1/governance/items/${itemId}/decision`, { text: 'לאשר' }), 409, 'DECISION_NO_QUORUM');
    for (const a of members.slice(1, needed)) view = await attend(m.id, await seatOf(board, a));
    expect(view.quorum).toMatchObject({ present: needed, met: true });

    // Ballots: only present voting members, once each.
    await refused(() => c.put('staff', `/api/v1/governance/items/${itemId}/ballots`, { ballots: [{ authorityId: outsider, vote: 'for' }] }), 422, 'BALLOT_NOT_MEMBER');
    if (members.length > needed) {
      await refused(() => c.put('staff', `/api/v1/governance/items/${itemId}/ballots`, { ballots: [{ authorityId: members[needed], vote: 'for' }] }), 422, 'BALLOT_NOT_PRESENT');
    }
    await refused(
      () => c.put('staff', `/api/v1/governance/items/${itemId}/ballots`, { ballots: [{ authorityId: members[0], vote: 'for' }, { authorityId: members[0], vote: 'against' }] }),
      422,
      'BALLOT_TWICE',
    );
    await refused(() => c.put('staffOther', `/api/v1/governance/items/${itemId}/ballots`, { ballots: [] }), 403, 'FORBIDDEN');
    const ballots = members.slice(0, needed).map((authorityId, i) => ({ authorityId, vote: i === 0 && needed > 1 ? 'against' : 'for' }));
    const voted = await c.put('staff', `/api/v1/governance/items/${itemId}/ballots`, { ballots });
    expect(voted.statusCode, voted.body).toBe(200);
    const tally = (voted.json() as MeetingView).items[0]!.tally!;
    expect(tally.counts.for).toBe(needed > 1 ? needed - 1 : 1);
    expect(tally.counts.absent).toBe(members.length - needed);

    const decided = await c.post('staff', `/api/v1/governance/items/${itemId}/decision`, { text: 'הדירקטוריון מאשר את המכרז המשותף', owner: 'מנכ״ל האשכול', dueOn: '2027-03-01' });
    expect(decided.statusCode, decided.body).toBe(201);
    const decision = (decided.json() as MeetingView).items[0]!.decision!;
    expect(decision.number).toMatch(/^\d{4}\/\d+$/);
    expect(decision).toMatchObject({ outcome: tally.outcome, status: 'open', owner: 'מנכ״ל האשכול' });
    await refused(() => c.post('staff', `/api/v1/governance/items/${itemId}/decision`, { text: 'שוב' }), 409, 'DECISION_EXISTS');
    await refused(() => c.put('staff', `/api/v1/governance/items/${itemId}/ballots`, { ballots }), 409, 'DECISION_EXISTS');
  });

  it('refuses ballots on an item that is not voted on', async () => {
    const m = await schedule();
    const item = (await addItem(m.id, { needsDecision: false, title: 'עדכון המנכ״ל' })).items[0]!;
    await refused(() => c.put('staff', `/api/v1/governance/items/${item.id}/ballots`, { ballots: [] }), 409, 'ITEM_NO_VOTE');
  });
});

describe('closing, minutes and the register', () => {
  it('freezes a closed meeting, writes the minutes in Hebrew from it, and freezes them once approved', async () => {
    const m = await schedule(board, { public: true });
    const item = (await addItem(m.id, { title: 'אישור תקציב האשכול' })).items[0]!;
    for (const a of members) await attend(m.id, await seatOf(board, a));
    await c.put('staff', `/api/v1/governance/items/${item.id}/ballots`, { ballots: members.map((authorityId) => ({ authorityId, vote: 'for' })) });
    const decided = await c.post('staff', `/api/v1/governance/items/${item.id}/decision`, { text: 'התקציב אושר פה אחד', owner: 'גזבר האשכול', dueOn: '2020-01-31' });
    expect(decided.statusCode, decided.body).toBe(201);
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/minutes`, {}), 409, 'MEETING_NOT_CLOSED');
    const closed = await c.post('staff', `/api/v1/governance/meetings/${m.id}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as MeetingView).actions).toEqual(['minutes']);
    const firstSeat = await seatOf(board, members[0]!);
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/attendance`, { seatId: firstSeat }), 409, 'MEETING_CLOSED');
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/items`, { title: 'עוד נושא' }), 409, 'MEETING_CLOSED');
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/close`, {}), 409, 'MEETING_CLOSED');
    await refused(() => c.post('rep', `/api/v1/governance/meetings/${m.id}/answers`, { authorityId: members[0], answer: 'attending' }), 409, 'MEETING_CLOSED');

    const drafted = await c.post('staff', `/api/v1/governance/meetings/${m.id}/minutes`, {});
    expect(drafted.statusCode, drafted.body).toBe(201);
    const text = (drafted.json() as MeetingView).minutes!.text;
    expect(text).toContain('פרוטוקול ישיבת דירקטוריון האשכול');
    expect(text).toContain('אישור תקציב האשכול');
    expect(text).toContain(`בעד ${members.length}`);
    expect(text).toContain('התקציב אושר פה אחד');
    // The public sees draft minutes of a public meeting only once they are approved.
    expect((await c.get(null, `/api/v1/governance/meetings/${m.id}`)).json().minutes).toBeNull();
    const edited = await c.put('staff', `/api/v1/governance/meetings/${m.id}/minutes`, { text: `${text}\n\nהישיבה ננעלה בשעה 20:00.` });
    expect(edited.statusCode, edited.body).toBe(200);
    const approved = await c.post('staff', `/api/v1/governance/meetings/${m.id}/minutes/approve`, { by: 'chair' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.json() as MeetingView).minutes).toMatchObject({ status: 'approved', approvedBy: 'chair' });
    await refused(() => c.put('staff', `/api/v1/governance/meetings/${m.id}/minutes`, { text: 'שינוי' }), 409, 'MINUTES_APPROVED');
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/minutes`, {}), 409, 'MINUTES_APPROVED');
    expect((await c.get(null, `/api/v1/governance/meetings/${m.id}`)).json().minutes.text).toContain('הישיבה ננעלה');

    // The register: the decision with its vote, overdue, found by words, in Excel; the public sees it (a public meeting).
    const register = (await c.get('staff', `/api/v1/governance/decisions?scope=${own}&q=${encodeURIComponent('פה אחד')}`)).json().items as (Json & { overdue: boolean })[];
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ overdue: true, status: 'open', outcome: 'passed' });
    expect((await c.get('staff', `/api/v1/governance/decisions?scope=${own}&overdue=true`)).json().items.map((d: Json) => d.id)).toContain(register[0]!.id);
    expect((await c.get(null, `/api/v1/governance/decisions?scope=${own}`)).json().items.map((d: Json) => d.id)).toContain(register[0]!.id);
    const followed = await c.patch('staff', `/api/v1/governance/decisions/${register[0]!.id}`, { status: 'done', note: 'התקציב הוגש' });
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json()).toMatchObject({ status: 'done', overdue: false });
    await refused(() => c.patch('staffOther', `/api/v1/governance/decisions/${register[0]!.id}`, { status: 'cancelled' }), 403, 'FORBIDDEN');
    const xlsx = await c.get('staff', `/api/v1/governance/decisions.xlsx?scope=${own}`);
    expect(xlsx.statusCode).toBe(200);
    const book = await workbookOf(xlsx);
    const rows = book.getWorksheet('החלטות')!;
    expect(rows.getRow(1).values).toContain('מספר');
    expect(JSON.stringify(rows.getSheetValues())).toContain('התקציב אושר פה אחד');
    await refused(() => c.get('staff', '/api/v1/governance/decisions?scope=no-such-cluster'), 404, 'CLUSTER_NOT_FOUND');
  });

  it('approves minutes by a decision passed at a later meeting of the body, and by no other', async () => {
    const first = await schedule(board, { startsAt: inDays(30) });
    await c.post('staff', `/api/v1/governance/meetings/${first.id}/close`, {});
    await c.post('staff', `/api/v1/governance/meetings/${first.id}/minutes`, {});
    const later = await schedule(board, { startsAt: inDays(60) });
    const item = (await addItem(later.id, { title: 'אישור פרוטוקול הישיבה הקודמת' })).items[0]!;
    for (const a of members) await attend(later.id, await seatOf(board, a));
    await c.put('staff', `/api/v1/governance/items/${item.id}/ballots`, { ballots: members.map((authorityId) => ({ authorityId, vote: 'for' })) });
    const decision = ((await c.post('staff', `/api/v1/governance/items/${item.id}/decision`, { text: 'הפרוטוקול אושר' })).json() as MeetingView).items[0]!.decision!;
    const earlier = await schedule(board, { startsAt: inDays(25) });
    await c.post('staff', `/api/v1/governance/meetings/${earlier.id}/close`, {});
    await c.post('staff', `/api/v1/governance/meetings/${earlier.id}/minutes`, {});
    // The decision is of a later meeting than `first`, not than a meeting after it.
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${later.id}/minutes/approve`, { by: 'vote', decisionId: decision.id }), 409, 'MINUTES_NONE');
    const ok = await c.post('staff', `/api/v1/governance/meetings/${first.id}/minutes/approve`, { by: 'vote', decisionId: decision.id });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().minutes).toMatchObject({ status: 'approved', approvedBy: 'vote', approvalDecisionId: decision.id });
  });
});

describe('what an item is about, and its documents', () => {
  it('links a service, its study, an earlier decision or a submission of the cluster, and refuses another cluster’s or none, storing nothing', async () => {
    const serviceId = await readyService(c, { staff: 'staff', slug: own, joiners: members.slice(0, 2), reps: { [members[0]!]: 'rep', [members[1]!]: 'rep2' }, nameHe: 'הסעות תלמידים משותפות' });
    const studyId = ((await c.get('staff', `/api/v1/services/${serviceId}/studies`)).json().items as { id: number }[])[0]!.id;
    const otherService = await readyService(c, { staff: 'staffOther', slug: other, joiners: [outsider], reps: { [outsider]: 'repOther' } });
    const m = await schedule();
    const about = async (link: { kind: string; id: number }) => {
      const view = await addItem(m.id, { title: `על ${link.kind}`, needsDecision: false, link });
      return view.items.find((i) => i.title === `על ${link.kind}`)! as MeetingView['items'][number] & { linked: { serviceId: number | null; meetingId: number | null } | null };
    };
    expect((await about({ kind: 'service', id: serviceId })).linked).toEqual({ serviceId, meetingId: null });
    expect((await about({ kind: 'study', id: studyId })).linked).toEqual({ serviceId, meetingId: null });
    const register = (await c.get('staff', `/api/v1/governance/decisions?scope=${own}`)).json().items as { id: number; meetingId: number }[];
    expect((await about({ kind: 'decision', id: register[0]!.id })).linked).toEqual({ serviceId: null, meetingId: register[0]!.meetingId });

    const add = (link: { kind: string; id: number }) => () => c.post('staff', `/api/v1/governance/meetings/${m.id}/items`, { title: 'נושא', link });
    await refused(add({ kind: 'service', id: otherService }), 422, 'ITEM_LINK_SCOPE');
    await refused(add({ kind: 'service', id: 999_999 }), 422, 'ITEM_LINK_NOT_FOUND');
    await refused(add({ kind: 'study', id: 999_999 }), 422, 'ITEM_LINK_NOT_FOUND');
    await refused(add({ kind: 'submission', id: 999_999 }), 422, 'ITEM_LINK_NOT_FOUND');
    await refused(add({ kind: 'decision', id: 999_999 }), 422, 'ITEM_LINK_NOT_FOUND');
    const item = (await c.get('staff', `/api/v1/governance/meetings/${m.id}`)).json().items[0] as { id: number };
    await refused(() => c.patch('staff', `/api/v1/governance/items/${item.id}`, { link: { kind: 'service', id: otherService } }), 422, 'ITEM_LINK_SCOPE');
  });

  it('attaches the cluster’s documents, which the meeting’s readers may then download, and refuses another’s', async () => {
    const upload = await c.upload('staff', pdfBytes('board paper'), { name: 'מצגת המכרז.pdf' });
    expect(upload.statusCode, upload.body).toBe(201);
    const doc = upload.json().id as string;
    const foreign = (await c.upload('staffOther', pdfBytes('other paper'), { name: 'אחר.pdf' })).json().id as string;
    const m = await schedule();
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/items`, { title: 'מצגת', documentIds: [foreign] }), 404, 'DOCUMENT_NOT_FOUND');
    await refused(() => c.post('staff', `/api/v1/governance/meetings/${m.id}/items`, { title: 'מצגת', documentIds: [doc, doc] }), 400, 'VALIDATION_FAILED');
    const view = await addItem(m.id, { title: 'מצגת המכרז', needsDecision: false, documentIds: [doc] });
    const item = view.items.find((i) => i.title === 'מצגת המכרז')! as MeetingView['items'][number] & { documents: { id: string; fileName: string }[] };
    expect(item.documents).toEqual([{ id: doc, fileName: 'מצגת המכרז.pdf' }]);
    // A member authority’s representative reads the body’s meetings, and so the item’s document; another cluster’s staff do not.
    expect((await c.get('rep', `/api/v1/documents/${doc}`)).statusCode).toBe(200);
    expect((await c.get('repOther', `/api/v1/documents/${doc}`)).statusCode).toBe(403);
    expect((await c.get('staffOther', `/api/v1/documents/${doc}`)).statusCode).toBe(403);
  });
});

describe('a decision’s owner', () => {
  type Bell = { items: { kind: string; link: string; params: Record<string, string> }[] };
  const bell = async (who: string) => ((await c.get(who, '/api/v1/notifications')).json() as Bell).items;

  it('tells the representatives of the authority that carries it out, refuses one outside the cluster, and lets only the managers follow it up', async () => {
    const m = await schedule();
    const item = (await addItem(m.id, { title: 'מינוי רכז הרכש המשותף' })).items[0]!;
    for (const a of members) await attend(m.id, await seatOf(board, a));
    await c.put('staff', `/api/v1/governance/items/${item.id}/ballots`, { ballots: members.map((authorityId) => ({ authorityId, vote: 'for' })) });
    await refused(() => c.post('staff', `/api/v1/governance/items/${item.id}/decision`, { text: 'למנות', ownerAuthorityId: outsider }), 422, 'DECISION_OWNER_NOT_MEMBER');
    const before = (await bell('rep')).length;
    const decided = await c.post('staff', `/api/v1/governance/items/${item.id}/decision`, { text: 'הרשות תמנה רכז רכש', owner: 'מנהל הרכש', ownerAuthorityId: members[0], dueOn: '2027-06-30' });
    expect(decided.statusCode, decided.body).toBe(201);
    const decision = (decided.json() as MeetingView).items[0]!.decision!;
    expect(decision.ownerAuthority?.authorityId).toBe(members[0]);
    expect(decision.ownerAuthority?.names.nameHe).not.toBe(members[0]);
    expect(decision.actions).toEqual(['followUp']);
    const told = await bell('rep');
    expect(told.length).toBe(before + 1);
    expect(told[0]).toMatchObject({ kind: 'decision_assigned', link: `/meetings/${m.id}`, params: { number: decision.number, item: 'מינוי רכז הרכש המשותף' } });
    expect((await bell('rep2')).some((n) => n.kind === 'decision_assigned' && n.params.number === decision.number)).toBe(false);

    // The register says who may follow each decision up: the cluster's staff, not a representative or the public.
    const of = async (who: string | null) => ((await c.get(who, `/api/v1/governance/decisions?scope=${own}`)).json().items as (Json & { actions: string[] })[]).find((d) => d.id === decision.id)!;
    expect((await of('staff')).actions).toEqual(['followUp']);
    expect((await of('rep')).actions).toEqual([]);
  });

  it('tells the cluster’s staff and the owner’s representatives once when a decision is past its due day', async () => {
    const m = await schedule();
    const item = (await addItem(m.id, { title: 'הגשת דוח הביצוע' })).items[0]!;
    for (const a of members) await attend(m.id, await seatOf(board, a));
    await c.put('staff', `/api/v1/governance/items/${item.id}/ballots`, { ballots: members.map((authorityId) => ({ authorityId, vote: 'for' })) });
    const decision = ((await c.post('staff', `/api/v1/governance/items/${item.id}/decision`, { text: 'להגיש את הדוח', ownerAuthorityId: members[1], dueOn: '2021-01-31' })).json() as MeetingView).items[0]!.decision!;
    const overdue = (n: { kind: string; params: Record<string, string> }) => n.kind === 'decision_overdue' && n.params.number === decision.number && n.params.body === 'דירקטוריון האשכול';
    expect((await bell('staff')).some(overdue)).toBe(false);
    expect(await t.services.governance.decisions.remindOverdue()).toBeGreaterThanOrEqual(1);
    const staffTold = (await bell('staff')).filter(overdue);
    expect(staffTold).toHaveLength(1);
    expect(staffTold[0]!.params.item).toBe('הגשת דוח הביצוע');
    expect(staffTold[0]).toMatchObject({ link: `/clusters/${own}/decisions?overdue=true` });
    expect((await bell('rep2')).filter(overdue)).toHaveLength(1);
    expect((await bell('rep')).filter(overdue)).toHaveLength(0);
    expect((await bell('staffOther')).filter(overdue)).toHaveLength(0);
    // Told once: a second round tells nobody again.
    await t.services.governance.decisions.remindOverdue();
    expect((await bell('staff')).filter(overdue)).toHaveLength(1);
    expect((await bell('rep2')).filter(overdue)).toHaveLength(1);
  });
});

describe('forwarding a forum’s recommendation', () => {
  it('puts it on the board’s next meeting with the forum’s vote, and both show the trail', async () => {
    const forumMeeting = await schedule(forum, { startsAt: inDays(5) });
    const boardMeeting = await schedule(board, { startsAt: inDays(40) });
    const item = (await addItem(forumMeeting.id, { title: 'המלצה: מכרז משותף לפינוי פסולת' })).items[0]!;
    const forumSeats = await seatsOf(forum);
    for (const a of members) await attend(forumMeeting.id, forumSeats.find((s) => s.authorityId === a)!.id);
    await c.put('staff', `/api/v1/governance/items/${item.id}/ballots`, { ballots: members.map((authorityId) => ({ authorityId, vote: 'for' })) });
    await refused(() => c.post('staff', `/api/v1/governance/items/${item.id}/forward`, { toBodyId: board }), 409, 'ITEM_NOT_DECIDED');
    await c.post('staff', `/api/v1/governance/items/${item.id}/decision`, { text: 'הפורום ממליץ לדירקטוריון לצאת למכרז משותף' });
    const otherBoard = ((await c.get(null, `/api/v1/governance/bodies?cluster=${other}`)).json().items as { id: number; kind: string }[]).find((b) => b.kind === 'board')!.id;
    await refused(() => c.post('staff', `/api/v1/governance/items/${item.id}/forward`, { toBodyId: otherBoard }), 422, 'FORWARD_SCOPE_INVALID');
    const forwarded = await c.post('staff', `/api/v1/governance/items/${item.id}/forward`, { toBodyId: board });
    expect(forwarded.statusCode, forwarded.body).toBe(201);
    expect((forwarded.json() as MeetingView).items[0]!.forwardedTo).toHaveLength(1);
    const next = (forwarded.json() as MeetingView).items[0]!.forwardedTo[0]! as Json & { meetingId: number };
    // The board's next meeting still to be held: an earlier one of the tests, or the one set up here.
    const boardView = (await c.get('staff', `/api/v1/governance/meetings/${next.meetingId}`)).json() as MeetingView;
    expect(boardView.bodyId).toBe(board);
    expect(next.meetingId === boardMeeting.id || boardView.startsAt <= boardMeeting.startsAt).toBe(true);
    const arrived = boardView.items.find((i) => i.forwardedFrom !== null)!;
    expect(arrived.title).toBe('המלצה: מכרז משותף לפינוי פסולת');
    expect(arrived.forwardedFrom).toMatchObject({ bodyId: forum, decision: { outcome: 'passed', tally: { counts: { for: members.length } } } });
  });
});

describe('the programme’s bodies', () => {
  it('count the steering committee’s votes by organisation, run by the ministry', async () => {
    const steering = ((await c.get(null, '/api/v1/governance/bodies')).json().items as { id: number; kind: string }[]).find((b) => b.kind === 'steering_committee')!.id;
    await refused(() => c.post('staff', `/api/v1/governance/bodies/${steering}/meetings`, { startsAt: inDays(15) }), 403, 'FORBIDDEN');
    const res = await c.post('ministry', `/api/v1/governance/bodies/${steering}/meetings`, { startsAt: inDays(15) });
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json() as MeetingView;
    expect(m.members.map((u) => u.organisation)).toHaveLength(3);
    expect(m.members.every((u) => u.authorityId === null)).toBe(true);
    expect((await c.get('staff', `/api/v1/governance/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await c.get('finance', `/api/v1/governance/meetings/${m.id}`)).statusCode).toBe(200);
  });
});

describe('the mail outbox', () => {
  it('is the ministry’s to read', async () => {
    for (const who of ['staff', 'rep', 'regulator', null] as const) expect((await c.get(who, '/api/v1/mail/outbox')).statusCode).toBe(who === null ? 401 : 403);
  });
});

describe('the board’s approval before a submission', () => {
  it('holds a submission back in a cluster that requires it, until the board decides to approve the service', async () => {
    const serviceId = await readyService(c, { staff: 'staff', slug: own, joiners: members.slice(0, 2), reps: { [members[0]!]: 'rep', [members[1]!]: 'rep2' } });
    const gates = async () => ((await c.get('staff', `/api/v1/services/${serviceId}/readiness`)).json().checks as { gate: string; met: boolean }[]).map((g) => `${g.gate}:${g.met}`);
    expect(await gates()).not.toContain('board:false');
    await refused(() => c.put('staffOther', `/api/v1/governance/clusters/${own}/settings`, { boardApprovalRequired: true }), 403, 'FORBIDDEN');
    const set = await c.put('staff', `/api/v1/governance/clusters/${own}/settings`, { boardApprovalRequired: true });
    expect(set.statusCode, set.body).toBe(200);
    expect((await c.get(null, `/api/v1/governance/clusters/${own}/settings`)).json()).toEqual({ boardApprovalRequired: true, actions: [] });
    expect(await gates()).toContain('board:false');
    await refused(() => submit(c, 'staff', serviceId, 0), 409, 'BOARD_APPROVAL_MISSING');

    const m = await schedule();
    const item = (await addItem(m.id, { title: 'אישור הגשת השירות לוועדה המקצועית', link: { kind: 'service', id: serviceId } })).items[0]!;
    for (const a of members) await attend(m.id, await seatOf(board, a));
    await c.put('staff', `/api/v1/governance/items/${item.id}/ballots`, { ballots: members.map((authorityId) => ({ authorityId, vote: 'for' })) });
    await c.post('staff', `/api/v1/governance/items/${item.id}/decision`, { text: 'הדירקטוריון מאשר את הגשת השירות' });
    expect(await gates()).toContain('board:true');
    expect((await c.get('staff', `/api/v1/governance/decisions?scope=${own}&service=${serviceId}`)).json().items).toHaveLength(1);
    const res = await submit(c, 'staff', serviceId, 0);
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('the readers’ own work', () => {
  const workOf = async (who: string) => (await c.get(who, '/api/v1/me/work')).json().items as ({ kind: string } & Record<string, unknown>)[];

  it('shows the ministry whether the steering committee met this calendar year, and its next meeting', async () => {
    const steering = (await workOf('ministry')).find((i) => i.kind === 'steering')!;
    expect(steering).toMatchObject({ openDecisions: 0, overdueDecisions: 0 });
    const m = await c.post('ministry', `/api/v1/governance/bodies/${steering.bodyId}/meetings`, { startsAt: inDays(3) });
    const after = (await workOf('regulator')).find((i) => i.kind === 'steering')!;
    expect(after.nextMeeting).not.toBeNull();
    await c.post('ministry', `/api/v1/governance/meetings/${m.json().id}/close`, {});
    const closed = (await workOf('ministry')).find((i) => i.kind === 'steering')!;
    const sameYear = m.json().startsAtLocal.slice(0, 4) === wallClockInIsrael(new Date()).slice(0, 4);
    expect(closed.metThisYear).toBe(sameYear);
    expect(closed.lastMetAt).toBe(m.json().startsAt);
    expect((await workOf('staff')).some((i) => i.kind === 'steering')).toBe(false);
  });

  it('shows a representative the coming meetings their authority is invited to, and whether it answered', async () => {
    const m = await schedule(board, { startsAt: inDays(9) });
    const mine = (await workOf('rep2')).find((i) => i.kind === 'meeting' && i.meetingId === m.id);
    expect(mine).toMatchObject({ answer: true, body: { nameHe: 'דירקטוריון האשכול', nameEn: 'Board of directors' } });
    await c.post('rep2', `/api/v1/governance/meetings/${m.id}/answers`, { authorityId: members[1], answer: 'attending' });
    expect((await workOf('rep2')).find((i) => i.kind === 'meeting' && i.meetingId === m.id)).toMatchObject({ answer: false });
    expect((await workOf('repOther')).some((i) => i.kind === 'meeting' && i.meetingId === m.id)).toBe(false);
    const staff = await workOf('staff');
    expect(staff.some((i) => i.kind === 'meeting' && i.meetingId === m.id)).toBe(true);
    expect(staff.find((i) => i.kind === 'decisions')).toMatchObject({ clusterSlug: own });
  });
});
