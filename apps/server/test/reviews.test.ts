import { errorCatalog } from '@eshkol/contracts/errors';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectRefused, fingerprint, reviewTables } from './fingerprint';
import { decided, decision, programme, readyService, reportApproved, saveStudy, submit, submitted } from './review-fixtures';
import { createService, join, makeClient, nationalAccounts, repAccount, signInAll, siteOrigin, staffAccount, studyInput, type Client } from './service-factories';
import { buildTestApp, select, workbookOf, type TestApp } from './test-app';

/**
 * Submission to the professional committee and its decisions: every gate refused with its code
 * and nothing changed; the whole story from submission to payment, with audit and notifications;
 * who may read and decide what.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let a: string, b: string, d: string, e: string, outsider: string;
const reps: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  const members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  [a, b, d, e] = members as [string, string, string, string];
  outsider = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  const cookies = await signInAll(t, {
    ...nationalAccounts,
    staff: staffAccount(own),
    staffOther: staffAccount(other),
    repA: repAccount(a),
    repB: repAccount(b),
    repD: repAccount(d),
    repE: repAccount(e),
    repOther: repAccount(outsider),
  });
  c = makeClient(t, cookies);
  Object.assign(reps, { [a]: 'repA', [b]: 'repB', [d]: 'repD', [e]: 'repE' });
});
afterAll(() => t.close());

const refused = (call: () => Promise<import('fastify').LightMyRequestResponse>, status: number, code: string) => expectRefused(t, reviewTables, call, status, code);

const serviceState = async (id: number) => (await c.get('staff', `/api/v1/services/${id}`)).json().state as string;

describe('the gates of a submission, each refused with its code, changing nothing', () => {
  let core: number;

  beforeAll(async () => {
    core = await readyService(c, { staff: 'staff', slug: own, joiners: [a, b], decliners: [d], reps });
    // Programmes are global and cannot be ended: the refusal without one has a database of its own, below.
    await programme(c, 'ministry', 15_000_000, { [own]: 1_000_000 });
  });

  it('refuses while an invited authority has not answered (APPROVALS_MISSING)', async () => {
    const id = await createService(c, 'staff', own, [a, b]);
    await join(c, 'repA', id, a);
    await saveStudy(c, 'staff', id, [a]);
    await refused(() => submit(c, 'staff', id, 0), 409, 'APPROVALS_MISSING');
  });

  it('refuses when a joined authority has no approval document (APPROVALS_MISSING)', async () => {
    const id = await readyService(c, { staff: 'staff', slug: own, joiners: [a], reps });
    await t.database.db.execute(sql`update service_participants set approval_document_id = null where service_id = ${id}`);
    await refused(() => submit(c, 'staff', id, 0), 409, 'APPROVALS_MISSING');
  });

  it('refuses when every invited authority declined (NO_PARTICIPANTS), with a clear message in Hebrew and English', async () => {
    const id = await readyService(c, { staff: 'staff', slug: own, joiners: [], decliners: [a], reps });
    const he = await refused(() => submit(c, 'staff', id, 0), 409, 'NO_PARTICIPANTS');
    expect(he.json().detail).toBe(errorCatalog.NO_PARTICIPANTS.he);
    const cookie = (await signInAll(t, { s: staffAccount(own) })).s!;
    const en = await t.app.inject({ method: 'POST', url: `/api/v1/services/${id}/submit`, payload: { requestedGrant: 0 }, headers: { cookie, origin: siteOrigin, 'accept-language': 'en' } });
    expectProblem(en, 409, 'NO_PARTICIPANTS');
    expect(en.json().detail).toBe(errorCatalog.NO_PARTICIPANTS.en);
  });

  it('refuses without a feasibility study (STUDY_REQUIRED) and a study version that does not exist (STUDY_NOT_FOUND)', async () => {
    const id = await createService(c, 'staff', own, [a]);
    await join(c, 'repA', id, a);
    await refused(() => submit(c, 'staff', id, 0), 409, 'STUDY_REQUIRED');
    await refused(() => submit(c, 'staff', core, 0, { studyVersion: 7 }), 404, 'STUDY_NOT_FOUND');
  });

  it('refuses a study of other authorities than those that joined (STUDY_PARTICIPANTS_MISMATCH)', async () => {
    const id = await createService(c, 'staff', own, [a, b]);
    await join(c, 'repA', id, a);
    await saveStudy(c, 'staff', id, [a]);
    await join(c, 'repB', id, b);
    await refused(() => submit(c, 'staff', id, 0), 409, 'STUDY_PARTICIPANTS_MISMATCH');
  });

  it('refuses a grant for a project that is not a core service (GRANT_ONLY_FOR_CORE); without a grant it needs no programme', async () => {
    const id = await readyService(c, { staff: 'staff', slug: own, joiners: [a], reps, kind: 'regional', nameHe: 'תחבורה ציבורית אזורית' });
    await refused(() => submit(c, 'staff', id, 1000), 409, 'GRANT_ONLY_FOR_CORE');
    const ok = await submit(c, 'staff', id, 0);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ requestedGrantAgorot: 0, serviceState: 'submitted', pending: true });
  });

  it("refuses a grant beyond the cluster's available allocation (BUDGET_EXCEEDS_ALLOCATION)", async () => {
    await programme(c, 'ministry', 15_000_000, { [own]: 1_000_000 });
    await refused(() => submit(c, 'staff', core, 1_000_000.01), 409, 'BUDGET_EXCEEDS_ALLOCATION');
    await refused(() => submit(c, 'staff', core, 10.005), 400, 'VALIDATION_FAILED');
  });

  it("refuses other clusters' staff and other roles, then a second submission of a submitted service (TRANSITION_NOT_ALLOWED)", async () => {
    // Its own service: submitting it would close the gates the other tests open.
    const id = await readyService(c, { staff: 'staff', slug: own, joiners: [a, b], decliners: [d], reps });
    await refused(() => submit(c, 'staffOther', id, 0), 403, 'FORBIDDEN');
    for (const who of ['committee', 'ministry', 'repA']) await refused(() => submit(c, who, id, 0), 403, 'FORBIDDEN');
    await refused(() => submit(c, null, id, 0), 401, 'UNAUTHENTICATED');
    await refused(() => submit(c, 'staff', 999_999, 0), 404, 'SERVICE_NOT_FOUND');
    expect((await submit(c, 'staff', id, 1_000_000)).statusCode).toBe(201);
    await refused(() => submit(c, 'staff', id, 0), 409, 'TRANSITION_NOT_ALLOWED');
  });

  describe('on a database where no programme was ever set up', () => {
    let fresh: TestApp;
    let f: Client;
    let id: number;
    beforeAll(async () => {
      fresh = await buildTestApp();
      f = makeClient(fresh, await signInAll(fresh, { ministry: 'ministry@demo.local', staff: staffAccount(own), repA: repAccount(a) }));
      id = await readyService(f, { staff: 'staff', slug: own, joiners: [a], reps: { [a]: 'repA' } });
    });
    afterAll(() => fresh.close());

    it('refuses a grant when no programme runs today (NO_PROGRAMME), also when one ran in the past', async () => {
      const refusedHere = (call: () => Promise<import('fastify').LightMyRequestResponse>) => expectRefused(fresh, reviewTables, call, 409, 'NO_PROGRAMME');
      await refusedHere(() => submit(f, 'staff', id, 1000));
      await programme(f, 'ministry', 15_000_000, { [own]: 2_000_000 }, { startsOn: '2014-01-01', endsOn: '2016-12-31' });
      await refusedHere(() => submit(f, 'staff', id, 1000));
    });
  });
});

describe('which gates a service meets now', () => {
  const readiness = async (id: number, who = 'staff') => {
    const res = await c.get(who, `/api/v1/services/${id}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { open: boolean; checks: { gate: string; met: boolean; authorities: string[] }[]; studyVersion: number | null; availableAgorot: number | null };
    return { ...body, checks: Object.fromEntries(body.checks.map((x) => [x.gate, [x.met, x.authorities]])) };
  };

  it('names the authorities that hold each gate back, step by step, until the service can be submitted', async () => {
    const id = await createService(c, 'staff', own, [a, b, d]);
    expect(await readiness(id)).toMatchObject({
      open: true,
      checks: { answers: [false, [a, b, d]], approvals: [true, []], participants: [false, []], study: [false, []] },
      studyVersion: null,
    });
    await join(c, 'repA', id, a);
    await saveStudy(c, 'staff', id, [a]);
    await join(c, 'repB', id, b);
    await c.post('repD', `/api/v1/services/${id}/participants/${d}/decision`, { decision: 'decline', note: null });
    const [held] = await select<{ doc: string }>(t, sql`select approval_document_id as doc from service_participants where service_id = ${id} and authority_id = ${b}`);
    await t.database.db.execute(sql`update service_participants set approval_document_id = null where service_id = ${id} and authority_id = ${b}`);
    expect((await readiness(id)).checks).toEqual({ answers: [true, []], approvals: [false, [b]], participants: [true, []], study: [false, [b]] });
    await t.database.db.execute(sql`update service_participants set approval_document_id = ${held!.doc} where service_id = ${id} and authority_id = ${b}`);
    await saveStudy(c, 'staff', id, [a, b]);
    const ready = await readiness(id);
    expect(ready.checks).toEqual({ answers: [true, []], approvals: [true, []], participants: [true, []], study: [true, []] });
    expect(ready.studyVersion).toBe(2);
    // The budget gate depends on the grant asked for: the available allocation is given, not judged.
    expect(ready.availableAgorot).toBe((await readiness(id, 'ministry')).availableAgorot);
    expect((await submit(c, 'staff', id, 0)).statusCode).toBe(201);
    expect((await readiness(id)).open).toBe(false);
  });

  it("is for the cluster's staff and the national readers only", async () => {
    const id = await createService(c, 'staff', own, [a]);
    for (const who of ['committee', 'ministry', 'finance', 'regulator']) expect((await c.get(who, `/api/v1/services/${id}/readiness`)).statusCode).toBe(200);
    for (const who of ['staffOther', 'repA', 'measurement']) expectProblem(await c.get(who, `/api/v1/services/${id}/readiness`), 403, 'FORBIDDEN');
    expectProblem(await c.get(null, `/api/v1/services/${id}/readiness`), 401, 'UNAUTHENTICATED');
    expectProblem(await c.get('staff', '/api/v1/services/999999/readiness'), 404, 'SERVICE_NOT_FOUND');
  });
});

describe('from submission to payment', () => {
  let programmeId: number;

  beforeAll(async () => {
    // The programme running today that is created last is the one grants draw from: this one, while these tests run.
    programmeId = await programme(c, 'ministry', 15_000_000, { [own]: 3_000_000 });
  });

  const steps = ['ready', 'submitted', 'returned', 'resubmitted', 'conditional', 'met', 'approved', 'paid'] as const;
  /** The story up to `step`, on a service of its own: each test starts where the one before it in the story ends. */
  async function storyUpTo(step: (typeof steps)[number]) {
    const reached = (s: (typeof steps)[number]) => steps.indexOf(step) >= steps.indexOf(s);
    const service = await readyService(c, { staff: 'staff', slug: own, joiners: [d, e], decliners: [b], reps, nameHe: 'מוקד רווחה משותף' });
    const story = { service, first: 0, second: 0 };
    if (reached('submitted')) story.first = await submitted(c, 'staff', service, 400_000);
    if (reached('returned')) await decided(c, story.first, decision('return', { reasons: 'חסר פירוט עלויות התפעול' }));
    if (reached('resubmitted')) {
      await saveStudy(c, 'staff', service, [d, e], 1200);
      story.second = await submitted(c, 'staff', service, 400_000);
    }
    if (reached('conditional')) {
      const s = await decided(c, story.second, decision('approve_with_conditions', { conditions: ['חתימה על הסכם בין הרשויות', 'מינוי רכז שירות'] }));
      for (const x of reached('met') ? (s.decisions[0].conditions as { id: number }[]) : []) {
        expect((await c.post('committee', `/api/v1/submissions/${story.second}/conditions/${x.id}/met`, undefined)).statusCode).toBe(200);
      }
    }
    if (reached('approved')) await decided(c, story.second, decision('approve'));
    if (reached('paid')) {
      const m = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'הפעלת המוקד', plannedOn: '2026-06-30', amount: 150_000, deliverable: 'דו"ח הפעלה' });
      expect(m.statusCode, m.body).toBe(201);
      expect((await c.post('staff', `/api/v1/milestones/${m.json().id}/done`, undefined)).statusCode).toBe(200);
      await reportApproved(c, 'staff', m.json().id);
      expect((await c.post('ministry', `/api/v1/milestones/${m.json().id}/payment`, undefined)).statusCode).toBe(200);
    }
    return story;
  }

  it('freezes the package exactly as submitted and tells the committee', async () => {
    const { service } = await storyUpTo('ready');
    const before = (await c.get('committee', '/api/v1/notifications')).json().unread as number;
    const res = await submit(c, 'staff', service, 400_000);
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    const first = s.id as number;
    expect(s).toMatchObject({ serviceId: service, clusterSlug: own, serviceState: 'submitted', pending: true, requestedGrantAgorot: 40_000_000, decisions: [] });
    expect(s.package.study).toMatchObject({ serviceId: service, version: 1, submitted: true });
    expect(s.package.study.input.baseline.map((x: { authorityId: string }) => x.authorityId).sort()).toEqual([d, e].sort());
    const statuses = Object.fromEntries(s.package.participants.map((p: { authorityId: string; status: string }) => [p.authorityId, p.status]));
    expect(statuses).toEqual({ [d]: 'joined', [e]: 'joined', [b]: 'declined' });
    for (const p of s.package.participants.filter((x: { status: string }) => x.status === 'joined')) {
      expect(p.approval).toMatchObject({ body: 'council', documentName: expect.stringMatching(/\.pdf$/) });
      expect(p.history.length).toBeGreaterThanOrEqual(2);
    }
    expect(s.package.cover).toBe('מבקשים את אישור הוועדה');
    expect(await serviceState(service)).toBe('submitted');
    expect((await c.get('staff', `/api/v1/services/${service}/studies`)).json().items[0]).toMatchObject({ version: 1, submitted: true });

    const inbox = (await c.get('committee', '/api/v1/notifications')).json();
    expect(inbox.unread).toBe(before + 1);
    expect(inbox.items[0]).toMatchObject({ kind: 'submission', link: `/submissions/${first}`, params: { service: 'מוקד רווחה משותף' } });
    expect((await c.get('finance', '/api/v1/notifications')).json().items.some((n: { link: string }) => n.link === `/submissions/${first}`)).toBe(false);
  });

  it('keeps the service frozen while submitted', async () => {
    const { service } = await storyUpTo('submitted');
    const baseline = [d, e].map((authorityId) => ({ authorityId, quantity: 500, currentCost: 100_000 }));
    expectProblem(await c.post('staff', `/api/v1/services/${service}/studies`, studyInput(baseline)), 409, 'SERVICE_FROZEN');
    expectProblem(await c.patch('staff', `/api/v1/services/${service}`, { description: 'שינוי אחרי הגשה' }), 409, 'SERVICE_FROZEN');
  });

  it('returns it to the cluster with reasons; the submission leaves the queue', async () => {
    const { service, first } = await storyUpTo('submitted');
    await refused(() => c.post('committee', `/api/v1/submissions/${first}/decisions`, decision('return')), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('committee', `/api/v1/submissions/${first}/decisions`, decision('approve', { conditions: ['תנאי'] })), 400, 'VALIDATION_FAILED');
    for (const who of ['ministry', 'finance', 'staff', 'repD']) await refused(() => c.post(who, `/api/v1/submissions/${first}/decisions`, decision('reject', { reasons: 'x' })), 403, 'FORBIDDEN');
    await refused(() => c.post('committee', '/api/v1/submissions/999999/decisions', decision('reject', { reasons: 'x' })), 404, 'SUBMISSION_NOT_FOUND');

    const res = await c.post('committee', `/api/v1/submissions/${first}/decisions`, decision('return', { reasons: 'חסר פירוט עלויות התפעול', checklist: { ...decision('x').checklist, feasibilityShown: false } }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ pending: false, serviceState: 'returned', decisions: [{ outcome: 'return', reasons: 'חסר פירוט עלויות התפעול', grantAgorot: null, decidedBy: expect.any(String) }] });
    expect(res.json().decisions[0].checklist.feasibilityShown).toBe(false);
    expect(await serviceState(service)).toBe('returned');
    const staffInbox = (await c.get('staff', '/api/v1/notifications')).json();
    expect(staffInbox.items[0]).toMatchObject({ kind: 'decision', link: `/services/${service}`, params: { outcome: 'return' } });
    expect((await c.get('staffOther', '/api/v1/notifications')).json().items.some((n: { link: string }) => n.link === `/services/${service}`)).toBe(false);
    const queue = (await c.get('committee', '/api/v1/submissions?pending=true')).json().items.map((x: { id: number }) => x.id);
    expect(queue).not.toContain(first);
    await refused(() => c.post('committee', `/api/v1/submissions/${first}/decisions`, decision('approve')), 409, 'TRANSITION_NOT_ALLOWED');
  });

  it('takes a resubmission as a new submission and keeps the first one as it was', async () => {
    const { service, first } = await storyUpTo('returned');
    const firstBefore = (await c.get('committee', `/api/v1/submissions/${first}`)).json();
    expect(await saveStudy(c, 'staff', service, [d, e], 1200)).toBe(2);
    const second = await submitted(c, 'staff', service, 400_000);
    expect(second).not.toBe(first);
    const s = (await c.get('committee', `/api/v1/submissions/${second}`)).json();
    expect(s).toMatchObject({ pending: true, serviceState: 'submitted', package: { study: { version: 2 } } });
    const firstAfter = (await c.get('committee', `/api/v1/submissions/${first}`)).json();
    expect({ ...firstAfter, serviceState: null }).toEqual({ ...firstBefore, serviceState: null });
    const list = (await c.get('staff', `/api/v1/services/${service}/submissions`)).json().items;
    expect(list.map((x: { id: number }) => x.id)).toEqual([second, first]);
    expect(list[1]).toMatchObject({ lastOutcome: 'return', pending: false, participantCount: 2 });
    // A decision addresses only the latest submission.
    await refused(() => c.post('committee', `/api/v1/submissions/${first}/decisions`, decision('approve')), 409, 'TRANSITION_NOT_ALLOWED');
  });

  it('approves with conditions and commits the grant in the same step', async () => {
    const { service, second } = await storyUpTo('resubmitted');
    const res = await c.post('committee', `/api/v1/submissions/${second}/decisions`, decision('approve_with_conditions', { conditions: ['חתימה על הסכם בין הרשויות', 'מינוי רכז שירות'] }));
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ serviceState: 'approved_with_conditions', pending: false });
    expect(s.decisions[0]).toMatchObject({ outcome: 'approve_with_conditions', grantAgorot: 40_000_000 });
    expect(s.decisions[0].conditions.map((x: { text: string; metAt: null }) => [x.text, x.metAt])).toEqual([
      ['חתימה על הסכם בין הרשויות', null],
      ['מינוי רכז שירות', null],
    ]);
    const commits = await select<{ decision_id: number; amount_agorot: number }>(t, sql`select decision_id, amount_agorot from ledger_entries where kind = 'commit' and service_id = ${service}`);
    expect(commits).toEqual([{ decision_id: s.decisions[0].id, amount_agorot: 40_000_000 }]);
    const p = (await c.get('ministry', `/api/v1/budget/programmes/${programmeId}`)).json();
    expect(p.projects.find((x: { serviceId: number }) => x.serviceId === service)).toMatchObject({ committed: 40_000_000, paid: 0, unpaid: 40_000_000 });
  });

  it('records a condition met by the committee or the ministry; marking it again changes nothing', async () => {
    const { first, second } = await storyUpTo('conditional');
    const s = (await c.get('committee', `/api/v1/submissions/${second}`)).json();
    const [c1, c2] = s.decisions[0].conditions as { id: number }[];
    for (const who of ['finance', 'staff', 'repD']) await refused(() => c.post(who, `/api/v1/submissions/${second}/conditions/${c1!.id}/met`, undefined), 403, 'FORBIDDEN');
    await refused(() => c.post('committee', `/api/v1/submissions/${first}/conditions/${c1!.id}/met`, undefined), 404, 'CONDITION_NOT_FOUND');
    await refused(() => c.post('committee', `/api/v1/submissions/${second}/conditions/999999/met`, undefined), 404, 'CONDITION_NOT_FOUND');
    const r1 = await c.post('ministry', `/api/v1/submissions/${second}/conditions/${c1!.id}/met`, undefined);
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json().decisions[0].conditions[0]).toMatchObject({ metAt: expect.any(String), metBy: expect.any(String) });
    const before = await fingerprint(t, reviewTables);
    expect((await c.post('committee', `/api/v1/submissions/${second}/conditions/${c1!.id}/met`, undefined)).statusCode).toBe(200);
    expect(await fingerprint(t, reviewTables)).toBe(before);
    const r2 = await c.post('committee', `/api/v1/submissions/${second}/conditions/${c2!.id}/met`, undefined);
    expect(r2.json().decisions[0].conditions.every((x: { metAt: string | null }) => x.metAt !== null)).toBe(true);
  });

  it('approves once the conditions are met, without committing the grant twice', async () => {
    const { service, second } = await storyUpTo('met');
    const res = await c.post('committee', `/api/v1/submissions/${second}/decisions`, decision('approve'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ serviceState: 'approved' });
    expect(res.json().decisions.map((x: { outcome: string; grantAgorot: number | null }) => [x.outcome, x.grantAgorot])).toEqual([
      ['approve_with_conditions', 40_000_000],
      ['approve', null],
    ]);
    const [{ n }] = (await select<{ n: number }>(t, sql`select count(*)::int as n from ledger_entries where kind = 'commit' and service_id = ${service}`)) as [{ n: number }];
    expect(n).toBe(1);
    await refused(() => c.post('committee', `/api/v1/submissions/${second}/decisions`, decision('approve')), 409, 'TRANSITION_NOT_ALLOWED');
    await refused(() => c.post('committee', `/api/v1/submissions/${second}/decisions`, decision('return', { reasons: 'מאוחר מדי' })), 409, 'TRANSITION_NOT_ALLOWED');
  });

  it('plans milestones within the grant, marks one done, and the ministry pays it from the ledger', async () => {
    const { service } = await storyUpTo('approved');
    const m1 = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'הפעלת המוקד', plannedOn: '2026-06-30', amount: 150_000, deliverable: 'דו"ח הפעלה' });
    expect(m1.statusCode, m1.body).toBe(201);
    expect(m1.json()).toMatchObject({ state: 'planned', amountAgorot: 15_000_000, doneAt: null, paidAt: null });
    const m2 = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'שנת הפעלה ראשונה', plannedOn: '2027-06-30', amount: 250_000, deliverable: 'דו"ח שנתי' });
    expect(m2.statusCode, m2.body).toBe(201);
    await refused(() => c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'עוד', plannedOn: '2027-12-31', amount: 0.01, deliverable: 'עוד' }), 409, 'MILESTONES_EXCEED_GRANT');
    await refused(() => c.post('staffOther', `/api/v1/services/${service}/milestones`, { title: 'עוד', plannedOn: '2027-12-31', amount: 1, deliverable: 'עוד' }), 403, 'FORBIDDEN');

    const id = m1.json().id as number;
    await refused(() => c.post('ministry', `/api/v1/milestones/${id}/payment`, undefined), 409, 'TRANSITION_NOT_ALLOWED');
    await refused(() => c.post('staffOther', `/api/v1/milestones/${id}/done`, undefined), 403, 'FORBIDDEN');
    const done = await c.post('staff', `/api/v1/milestones/${id}/done`, undefined);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'done', doneAt: expect.any(String) });
    expect((await c.get('ministry', '/api/v1/notifications')).json().items[0]).toMatchObject({ kind: 'milestone_done', link: `/services/${service}`, params: { milestone: 'הפעלת המוקד' } });
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/done`, undefined), 409, 'TRANSITION_NOT_ALLOWED');
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/payment`, undefined), 403, 'FORBIDDEN');
    // No payment before the ministry approves the milestone's progress report.
    await refused(() => c.post('ministry', `/api/v1/milestones/${id}/payment`, undefined), 409, 'PROGRESS_REPORT_MISSING');
    await reportApproved(c, 'staff', id);

    const paid = await c.post('ministry', `/api/v1/milestones/${id}/payment`, undefined);
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ state: 'paid', paidAt: expect.any(String) });
    await refused(() => c.post('ministry', `/api/v1/milestones/${id}/payment`, undefined), 409, 'TRANSITION_NOT_ALLOWED');
    const p = (await c.get('ministry', `/api/v1/budget/programmes/${programmeId}`)).json();
    expect(p.projects.find((x: { serviceId: number }) => x.serviceId === service)).toMatchObject({ committed: 40_000_000, paid: 15_000_000, unpaid: 25_000_000 });
    const pays = await select<{ milestone_id: number; amount_agorot: number }>(t, sql`select milestone_id, amount_agorot from ledger_entries where kind = 'pay' and service_id = ${service}`);
    expect(pays).toEqual([{ milestone_id: id, amount_agorot: 15_000_000 }]);
  });

  it('tells the whole story in the audit log', async () => {
    const { service } = await storyUpTo('paid');
    const log = (await c.get('ministry', '/api/v1/audit?limit=500')).json().items as { action: string; entityType: string; entityId: string; actorEmail: string }[];
    const story = log
      .filter((x) => (x.entityType === 'service' && x.entityId === String(service)) || ['submission', 'decision', 'ledger', 'milestone', 'feasibility_study'].includes(x.entityType))
      .map((x) => x.action)
      .reverse();
    for (const action of [
      'feasibility_study.submit', 'submission.create', 'service.submit', 'decision.return', 'service.decide', 'submission.close',
      'decision.approve_with_conditions', 'ledger.commit', 'decision.condition_met', 'decision.approve', 'milestone.create', 'milestone.done', 'ledger.pay', 'milestone.pay',
    ]) {
      expect(story, action).toContain(action);
    }
    expect(log.find((x) => x.action === 'decision.approve')!.actorEmail).toBe('committee@demo.local');
    expect(log.find((x) => x.action === 'ledger.pay')!.actorEmail).toBe('ministry@demo.local');
  });
});

describe('who reads submissions', () => {
  let id: number;
  let serviceId: number;
  beforeAll(async () => {
    // An approved core service that d and e joined and b declined, and two submissions still waiting.
    await programme(c, 'ministry', 15_000_000, { [own]: 1_000_000 });
    serviceId = await readyService(c, { staff: 'staff', slug: own, joiners: [d, e], decliners: [b], reps, nameHe: 'מוקד רווחה משותף' });
    id = await submitted(c, 'staff', serviceId, 400_000);
    await decided(c, id, decision('approve'));
    for (const joiner of [a, b]) await submitted(c, 'staff', await readyService(c, { staff: 'staff', slug: own, joiners: [joiner], reps }), 0);
  });

  it('gives national readers every cluster, and the queue of pending ones', async () => {
    for (const who of ['committee', 'ministry', 'finance', 'regulator']) {
      const res = await c.get(who, '/api/v1/submissions');
      expect(res.statusCode, who).toBe(200);
      expect(res.json().items.length).toBeGreaterThanOrEqual(3);
    }
    const pending = (await c.get('committee', '/api/v1/submissions?pending=true')).json().items;
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((s: { pending: boolean }) => s.pending)).toBe(true);
    const summary = (await c.get('committee', `/api/v1/submissions?cluster=${own}`)).json().items.find((s: { id: number }) => s.id === id);
    expect(summary).toMatchObject({ clusterSlug: own, participantCount: 2, lastOutcome: 'approve', total: expect.any(Number), saving: expect.any(Number) });
    expect((await c.get('committee', `/api/v1/submissions?cluster=${other}`)).json().items).toEqual([]);
  });

  it("gives a cluster's staff their own cluster only", async () => {
    const mine = (await c.get('staff', '/api/v1/submissions')).json().items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((s: { clusterSlug: string }) => s.clusterSlug === own)).toBe(true);
    expect((await c.get('staff', `/api/v1/submissions?cluster=${own}`)).statusCode).toBe(200);
    expectProblem(await c.get('staff', `/api/v1/submissions?cluster=${other}`), 403, 'FORBIDDEN');
    expect((await c.get('staffOther', '/api/v1/submissions')).json().items).toEqual([]);
    expectProblem(await c.get('staffOther', `/api/v1/submissions/${id}`), 403, 'FORBIDDEN');
    expectProblem(await c.get('staffOther', `/api/v1/services/${serviceId}/submissions`), 403, 'FORBIDDEN');
  });

  it('lets representatives of the authorities that joined read their service, and nobody else', async () => {
    for (const who of ['repD', 'repE', 'staff', 'regulator']) {
      expect((await c.get(who, `/api/v1/submissions/${id}`)).statusCode, who).toBe(200);
      expect((await c.get(who, `/api/v1/services/${serviceId}/submissions`)).statusCode, who).toBe(200);
    }
    for (const who of ['repB', 'repOther', 'measurement']) {
      expectProblem(await c.get(who, `/api/v1/submissions/${id}`), 403, 'FORBIDDEN');
      expectProblem(await c.get(who, `/api/v1/services/${serviceId}/submissions`), 403, 'FORBIDDEN');
    }
    for (const who of ['repD', 'measurement']) expectProblem(await c.get(who, '/api/v1/submissions'), 403, 'FORBIDDEN');
    expectProblem(await c.get(null, `/api/v1/submissions/${id}`), 401, 'UNAUTHENTICATED');
    expectProblem(await c.get('committee', '/api/v1/submissions/999999'), 404, 'SUBMISSION_NOT_FOUND');
  });

  it("exports a meeting's agenda to a right-to-left sheet and gives its data for a printed summary", async () => {
    const others = (await c.get('committee', '/api/v1/submissions')).json().items.map((s: { id: number }) => s.id).filter((x: number) => x !== id);
    const ids = [others[0], id, others[1]] as number[];
    const res = await c.get('committee', `/api/v1/submissions/agenda.xlsx?ids=${ids.join(',')}`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = await workbookOf(res);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]!.rightToLeft).toBe(true);
    expect(ws.getRow(1).values).toEqual([undefined, 'מס׳ הגשה', 'אשכול', 'שירות', 'סוג', 'רשויות משתתפות', 'עלות משותפת (₪)', 'חיסכון (₪)', 'מענק מבוקש (₪)', 'החלטה אחרונה']);
    expect(ws.rowCount).toBe(1 + ids.length);
    const row = ws.getRow(3);
    expect(row.getCell(1).value).toBe(id);
    expect(row.getCell(2).value).toBe((await c.get('committee', `/api/v1/clusters/${own}`)).json().nameHe);
    expect(row.getCell(3).value).toBe('מוקד רווחה משותף');
    expect(row.getCell(4).value).toBe('שירות ליבה');
    expect(String(row.getCell(5).value).split(', ')).toHaveLength(2);
    expect(row.getCell(6).value).toEqual(expect.any(Number));
    expect(row.getCell(8).value).toBe(400_000);
    // The decision's day as a Hebrew sentence gives it, never an ISO date.
    expect(String(row.getCell(9).value)).toMatch(/^אושר \(\d{1,2} ב[א-ת]+ \d{4}\)$/);
    const data = await c.get('finance', `/api/v1/submissions/agenda?ids=${ids.join(',')}`);
    expect(data.statusCode).toBe(200);
    expect(data.json().items.map((s: { id: number }) => s.id)).toEqual(ids);
    expect(data.json().items[0].package.study.result.allocations.length).toBeGreaterThan(0);
    for (const who of ['staff', 'regulator', 'repD']) expectProblem(await c.get(who, `/api/v1/submissions/agenda.xlsx?ids=${ids[0]}`), 403, 'FORBIDDEN');
    expectProblem(await c.get('committee', '/api/v1/submissions/agenda.xlsx?ids=999999'), 404, 'SUBMISSION_NOT_FOUND');
    expectProblem(await c.get('committee', '/api/v1/submissions/agenda.xlsx?ids=1;2'), 400, 'VALIDATION_FAILED');
  });
});
