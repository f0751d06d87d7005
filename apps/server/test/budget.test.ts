import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectRefused, reviewTables } from './fingerprint';
import { decided, decision, programme, readyService, reportApproved, submitted } from './review-fixtures';
import { makeClient, nationalAccounts, pdfBytes, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { buildTestApp, select, workbookOf, type TestApp } from './test-app';

/**
 * The incentive programme: the ministry sets it up and allocates it; approvals commit, payments
 * disburse, rejections release, all in an append-only ledger in agorot whose balances never go
 * below zero; who reads which part.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';

/** A database of its own, with everyone signed in; the same shipped members in each. */
type World = { t: TestApp; c: Client };
let members: string[];
const reps: Record<string, string> = {};

async function openWorld(): Promise<World> {
  const t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id).slice(0, 3);
  const cookies = await signInAll(t, {
    ...nationalAccounts,
    staff: staffAccount(own),
    staffOther: staffAccount(other),
    ...Object.fromEntries(members.map((m, i) => [`rep${i}`, repAccount(m)])),
  });
  members.forEach((m, i) => (reps[m] = `rep${i}`));
  return { t, c: makeClient(t, cookies) };
}

/** Most tests share one database; each builds the programme and services it reads. */
let t: TestApp;
let c: Client;

/**
 * The whole story of one programme, told once on a database where nothing else happens: tests
 * that count every allocation or read every row of its ledger read it there.
 */
let storyWorld: Promise<World & { story: BudgetStory }> | null = null;
const theStory = () =>
  (storyWorld ??= openWorld().then(async (w) => ({ ...w, story: await budgetStory(w.c, 'released') })));

beforeAll(async () => {
  ({ t, c } = await openWorld());
});
afterAll(async () => {
  await t.close();
  if (storyWorld) await (await storyWorld).t.close();
});

const refused = (call: () => Promise<LightMyRequestResponse>, status: number, code: string) => expectRefused(t, reviewTables, call, status, code);

const detailOf = async (k: Client, id: number, who = 'ministry') => (await k.get(who, `/api/v1/budget/programmes/${id}`)).json();
const clusterOf = (p: { clusters: { clusterSlug: string }[] }, slug: string) => p.clusters.find((x) => x.clusterSlug === slug);

/** A core service of the own cluster, approved with a grant (₪). */
async function approvedService(k: Client, grant: number, nameHe: string) {
  const id = await readyService(k, { staff: 'staff', slug: own, joiners: members.slice(0, 2), reps, nameHe });
  const submission = await submitted(k, 'staff', id, grant);
  await decided(k, submission, decision('approve'));
  return { id, submission };
}

/** The programme of 2014, running today; it becomes the one new grants draw from. */
async function newProgramme(k: Client) {
  const res = await k.post('ministry', '/api/v1/budget/programmes', { nameHe: 'תוכנית התמריצים 2014', total: 15_000_000, startsOn: '2020-01-01', endsOn: '2099-12-31' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const storySteps = ['allocated', 'paid', 'released'] as const;
type BudgetStory = { programmeId: number; service: number; submission: number; m1: number; m2: number; m3: number };

/**
 * A new programme allocated to both clusters (₪1,000,000 and ₪13,999,999.99); then a grant of
 * ₪300,000 approved, three milestones planned, two done and the first paid; then the approval
 * revoked by a rejection.
 */
async function budgetStory(k: Client, step: (typeof storySteps)[number]): Promise<BudgetStory> {
  const reached = (s: (typeof storySteps)[number]) => storySteps.indexOf(step) >= storySteps.indexOf(s);
  const id = await newProgramme(k);
  for (const body of [{ clusterSlug: own, amount: 1_000_000, note: 'הקצאה ראשונה' }, { clusterSlug: other, amount: 13_999_999.99 }]) {
    const res = await k.post('ministry', `/api/v1/budget/programmes/${id}/allocations`, body);
    expect(res.statusCode, res.body).toBe(201);
  }
  const story = { programmeId: id, service: 0, submission: 0, m1: 0, m2: 0, m3: 0 };
  if (!reached('paid')) return story;
  ({ id: story.service, submission: story.submission } = await approvedService(k, 300_000, 'איסוף פסולת אזורי'));
  const add = async (title: string, amount: number) => {
    const res = await k.post('staff', `/api/v1/services/${story.service}/milestones`, { title, plannedOn: '2026-12-31', amount, deliverable: 'דו"ח' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  [story.m1, story.m2, story.m3] = [await add('שלב א', 100_000), await add('שלב ב', 150_000), await add('שלב ג', 50_000)];
  for (const m of [story.m1, story.m2]) {
    expect((await k.post('staff', `/api/v1/milestones/${m}/done`, undefined)).statusCode).toBe(200);
    await reportApproved(k, 'staff', m);
  }
  expect((await k.post('ministry', `/api/v1/milestones/${story.m1}/payment`, undefined)).statusCode).toBe(200);
  if (reached('released')) await decided(k, story.submission, decision('reject', { reasons: 'הרשויות לא עמדו בהתחייבויותיהן' }));
  return story;
}

describe('setting up the programme', () => {
  describe('on a database with no programme yet', () => {
    // The list of programmes must hold this one alone.
    let t: TestApp;
    let c: Client;
    beforeAll(async () => {
      ({ t, c } = await openWorld());
    });
    afterAll(() => t.close());
    const refused = (call: () => Promise<LightMyRequestResponse>, status: number, code: string) => expectRefused(t, reviewTables, call, status, code);

    it('creates a programme with its total in agorot', async () => {
      await refused(() => c.post('ministry', '/api/v1/budget/programmes', { nameHe: 'תוכנית', total: 1000, startsOn: '2026-01-01', endsOn: '2025-01-01' }), 400, 'VALIDATION_FAILED');
      await refused(() => c.post('ministry', '/api/v1/budget/programmes', { nameHe: 'תוכנית', total: 1000.001, startsOn: '2025-01-01', endsOn: '2026-01-01' }), 400, 'VALIDATION_FAILED');
      await refused(() => c.post('finance', '/api/v1/budget/programmes', { nameHe: 'תוכנית', total: 1000, startsOn: '2025-01-01', endsOn: '2026-01-01' }), 403, 'FORBIDDEN');
      const res = await c.post('ministry', '/api/v1/budget/programmes', { nameHe: 'תוכנית התמריצים 2014', total: 15_000_000, startsOn: '2020-01-01', endsOn: '2099-12-31' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ nameHe: 'תוכנית התמריצים 2014', total: 1_500_000_000, allocated: 0, unallocated: 1_500_000_000, committed: 0, paid: 0, clusters: [], projects: [] });
      const programmeId = res.json().id;
      expect((await c.get('finance', '/api/v1/budget/programmes')).json().items).toEqual([
        { id: programmeId, nameHe: 'תוכנית התמריצים 2014', startsOn: '2020-01-01', endsOn: '2099-12-31', total: 1_500_000_000 },
      ]);
    });
  });

  it('allocates it to clusters, never beyond what remains unallocated', async () => {
    const programmeId = await newProgramme(c);
    const detail = (who = 'ministry') => detailOf(c, programmeId, who);
    const r1 = await c.post('ministry', `/api/v1/budget/programmes/${programmeId}/allocations`, { clusterSlug: own, amount: 1_000_000, note: 'הקצאה ראשונה' });
    expect(r1.statusCode, r1.body).toBe(201);
    const r2 = await c.post('ministry', `/api/v1/budget/programmes/${programmeId}/allocations`, { clusterSlug: other, amount: 13_999_999.99 });
    expect(r2.statusCode, r2.body).toBe(201);
    expect(r2.json()).toMatchObject({ allocated: 1_499_999_999, unallocated: 1 });
    await refused(() => c.post('ministry', `/api/v1/budget/programmes/${programmeId}/allocations`, { clusterSlug: other, amount: 0.02 }), 409, 'BUDGET_EXCEEDS_PROGRAMME');
    await refused(() => c.post('ministry', `/api/v1/budget/programmes/${programmeId}/allocations`, { clusterSlug: 'no-such-cluster', amount: 0.01 }), 404, 'CLUSTER_NOT_FOUND');
    await refused(() => c.post('ministry', '/api/v1/budget/programmes/999999/allocations', { clusterSlug: own, amount: 1 }), 404, 'PROGRAMME_NOT_FOUND');
    await refused(() => c.post('ministry', `/api/v1/budget/programmes/${programmeId}/allocations`, { clusterSlug: own, amount: -5 }), 400, 'VALIDATION_FAILED');
    expect(clusterOf(await detail(), own)).toEqual({ clusterSlug: own, allocated: 100_000_000, committed: 0, paid: 0, available: 100_000_000 });
  });
});

describe('commitments, payments and releases', () => {
  it('commits an approved grant and pays its milestones', async () => {
    // A new programme: the one grants draw from, its projects this one alone.
    const { programmeId } = await budgetStory(c, 'allocated');
    const detail = (who = 'ministry') => detailOf(c, programmeId, who);
    const { id: service } = await approvedService(c, 300_000, 'איסוף פסולת אזורי');
    expect(clusterOf(await detail(), own)).toMatchObject({ allocated: 100_000_000, committed: 30_000_000, paid: 0, available: 70_000_000 });
    const add = async (title: string, amount: number) => {
      const res = await c.post('staff', `/api/v1/services/${service}/milestones`, { title, plannedOn: '2026-12-31', amount, deliverable: 'דו"ח' });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const [m1, m2] = [await add('שלב א', 100_000), await add('שלב ב', 150_000), await add('שלב ג', 50_000)];
    for (const m of [m1, m2]) expect((await c.post('staff', `/api/v1/milestones/${m}/done`, undefined)).statusCode).toBe(200);
    await reportApproved(c, 'staff', m1);
    expect((await c.post('ministry', `/api/v1/milestones/${m1}/payment`, undefined)).statusCode).toBe(200);
    const p = await detail();
    expect(clusterOf(p, own)).toMatchObject({ committed: 30_000_000, paid: 10_000_000, available: 70_000_000 });
    expect(p.projects).toEqual([
      expect.objectContaining({ serviceId: service, clusterSlug: own, nameHe: 'איסוף פסולת אזורי', committed: 30_000_000, paid: 10_000_000, unpaid: 20_000_000 }),
    ]);
    expect(p.projects[0].milestones.map((m: { title: string; state: string }) => [m.title, m.state])).toEqual([
      ['שלב א', 'paid'],
      ['שלב ב', 'done'],
      ['שלב ג', 'planned'],
    ]);
    expect((await c.get('staff', `/api/v1/services/${service}/milestones`)).json().items).toHaveLength(3);
  });

  it('releases what remains unpaid when an approval is revoked by a rejection', async () => {
    const { programmeId, service, submission, m2, m3 } = await budgetStory(c, 'paid');
    const detail = (who = 'ministry') => detailOf(c, programmeId, who);
    const res = await c.post('committee', `/api/v1/submissions/${submission}/decisions`, decision('reject', { reasons: 'הרשויות לא עמדו בהתחייבויותיהן' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().serviceState).toBe('rejected');
    const releases = await select<{ amount_agorot: number; decision_id: number }>(t, sql`select amount_agorot, decision_id from ledger_entries where kind = 'release' and service_id = ${service}`);
    expect(releases).toEqual([{ amount_agorot: 20_000_000, decision_id: res.json().decisions.at(-1).id }]);
    const p = await detail();
    expect(clusterOf(p, own)).toMatchObject({ allocated: 100_000_000, committed: 10_000_000, paid: 10_000_000, available: 90_000_000 });
    expect(p.projects[0]).toMatchObject({ committed: 10_000_000, paid: 10_000_000, unpaid: 0 });
    // Nothing is left to pay: the done milestone is refused by the ledger, the planned one cannot move.
    await refused(() => c.post('ministry', `/api/v1/milestones/${m2}/payment`, undefined), 409, 'PAYMENT_EXCEEDS_COMMITMENT');
    await refused(() => c.post('staff', `/api/v1/milestones/${m3}/done`, undefined), 409, 'TRANSITION_NOT_ALLOWED');
    await refused(() => c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'עוד', plannedOn: '2027-01-01', amount: 1, deliverable: 'דו"ח' }), 409, 'TRANSITION_NOT_ALLOWED');
    await refused(() => c.post('committee', `/api/v1/submissions/${submission}/decisions`, decision('approve')), 409, 'TRANSITION_NOT_ALLOWED');
  });

  it('gives events written before the trail existed their service, by the migrations that added it and made it their owner', async () => {
    // Progress reports came after both migrations: their events were written with their owner.
    const owned = sql`select id, owner_id from audit_events where owner_type = 'service' and entity_type <> 'progress_report' order by id`;
    const before = await select<{ id: number; owner_id: string }>(t, owned);
    expect(before.length).toBeGreaterThan(0);
    // The log as it stood before either migration: no trail at all.
    await t.database.db.execute(sql`alter table audit_events add column service_id integer`);
    await t.database.db.execute(sql`update audit_events set owner_type = null, owner_id = null`);
    for (const file of ['0003_audit_service_trail.sql', '0005_audit_owner.sql']) {
      const migration = fs.readFileSync(path.join(import.meta.dirname, '../drizzle', file), 'utf8');
      for (const statement of migration.split('--> statement-breakpoint').filter((s) => /^\s*(--.*\n)*\s*UPDATE/.test(s))) {
        await t.database.db.execute(sql.raw(statement));
      }
    }
    await t.database.db.execute(sql`alter table audit_events drop column service_id`);
    expect(await select(t, owned)).toEqual(before);
  });

  it('refuses milestones of a project that is not approved, and unknown ones', async () => {
    const id = await readyService(c, { staff: 'staff', slug: own, joiners: members.slice(0, 1), reps, nameHe: 'שירות בתכנון' });
    await refused(() => c.post('staff', `/api/v1/services/${id}/milestones`, { title: 'שלב', plannedOn: '2027-01-01', amount: 1, deliverable: 'דו"ח' }), 409, 'TRANSITION_NOT_ALLOWED');
    await refused(() => c.post('staff', '/api/v1/services/999999/milestones', { title: 'שלב', plannedOn: '2027-01-01', amount: 1, deliverable: 'דו"ח' }), 404, 'SERVICE_NOT_FOUND');
    await refused(() => c.post('staff', '/api/v1/milestones/999999/done', undefined), 404, 'MILESTONE_NOT_FOUND');
    await refused(() => c.post('ministry', '/api/v1/milestones/999999/payment', undefined), 404, 'MILESTONE_NOT_FOUND');
  });

  describe('the story told once', () => {
    // The story's own database: every allocation in its audit log is this programme's.
    let t: TestApp;
    let c: Client;
    let story: BudgetStory;
    let programmeId: number;
    beforeAll(async () => {
      ({ t, c, story } = await theStory());
      programmeId = story.programmeId;
    });

    it("tells the service's whole story in the audit log, and nothing of other services", async () => {
      const service = story.service;
      const res = await c.get('ministry', `/api/v1/audit?serviceId=${service}&limit=500`);
      expect(res.statusCode, res.body).toBe(200);
      const events = (res.json().items as { action: string; entityType: string; serviceId: number | null }[]).reverse();
      expect(events.every((e) => e.serviceId === service)).toBe(true);
      expect(events.map((e) => e.action)).toEqual([
        'service.create',
        'service_participation.join',
        'service_participation.join',
        'feasibility_study.save',
        'feasibility_study.submit',
        'submission.create',
        'service.submit',
        'ledger.commit',
        'decision.approve',
        'service.decide',
        'submission.close',
        'milestone.create',
        'milestone.create',
        'milestone.create',
        'milestone.done',
        'progress_report.submit',
        'progress_report.review',
        'milestone.done',
        'progress_report.submit',
        'progress_report.review',
        'ledger.pay',
        'milestone.pay',
        'ledger.release',
        'decision.reject',
        'service.decide',
      ]);
      // The programme's allocations belong to no service.
      const all = (await c.get('ministry', '/api/v1/audit?entityType=ledger&limit=500')).json().items as { action: string; serviceId: number | null }[];
      expect(all.filter((e) => e.action === 'ledger.allocate').map((e) => e.serviceId)).toEqual([null, null]);
      expectProblem(await c.get('staff', `/api/v1/audit?serviceId=${service}`), 403, 'FORBIDDEN');
      expectProblem(await c.get('ministry', '/api/v1/audit?serviceId=0'), 400, 'VALIDATION_FAILED');
    });

    it("reads an event written under an earlier name of its action under today's name, and finds an owner's events by type and id", async () => {
      const service = story.service;
      const legacy = `${service}:legacy`;
      await t.database.db.execute(
        sql`insert into audit_events (actor_email, action, entity_type, entity_id, owner_type, owner_id) values ('system', 'feasibility-study.save', 'feasibility_study', ${legacy}, 'service', ${String(service)})`,
      );
      try {
        const res = await c.get('ministry', `/api/v1/audit?ownerType=service&ownerId=${service}&limit=1`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().items[0]).toMatchObject({ action: 'feasibility_study.save', entityId: legacy, owner: { type: 'service', id: String(service) }, serviceId: service });
        expectProblem(await c.get('ministry', '/api/v1/audit?ownerType=service'), 400, 'VALIDATION_FAILED');
      } finally {
        await t.database.db.execute(sql`delete from audit_events where entity_id = ${legacy}`);
      }
    });

    it('keeps the ledger append-only and in positive agorot', async () => {
      await expect(t.database.db.execute(sql`update ledger_entries set amount_agorot = 1`)).rejects.toThrow();
      await expect(t.database.db.execute(sql`delete from ledger_entries`)).rejects.toThrow();
      const [row] = await select<{ programme_id: number }>(t, sql`select programme_id from ledger_entries limit 1`);
      await expect(
        t.database.db.execute(sql`insert into ledger_entries (programme_id, kind, cluster_slug, amount_agorot) values (${row!.programme_id}, 'allocate', ${own}, -1)`),
      ).rejects.toThrow();
      const ledger = (await c.get('ministry', `/api/v1/budget/programmes/${programmeId}/ledger`)).json().items as { kind: string; amountAgorot: number; by: string | null; decisionId: number | null; note: string }[];
      expect(ledger.map((x) => x.kind)).toEqual(['allocate', 'allocate', 'commit', 'pay', 'release']);
      // Notes are people's words (the allocation's, the milestone's title); a commitment names its decision by id.
      expect(ledger.map((x) => [x.note, x.decisionId !== null])).toEqual([
        ['הקצאה ראשונה', false],
        ['', false],
        ['', true],
        ['שלב א', false],
        ['', true],
      ]);
      expect(ledger.every((x) => x.amountAgorot > 0 && x.by !== null)).toBe(true);
    });
  });
});

describe('progress reports before payment', () => {
  it('pays a milestone only once the ministry approves its report, kept version by version with its remarks', async () => {
    await budgetStory(c, 'allocated');
    const { id: service } = await approvedService(c, 200_000, 'הסעות תלמידים אזוריות');
    const m = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'הפעלה ראשונה', plannedOn: '2026-12-31', amount: 120_000, deliverable: 'דו"ח הפעלה' });
    expect(m.statusCode, m.body).toBe(201);
    const id = m.json().id as number;
    expect((await c.post('staff', `/api/v1/milestones/${id}/done`, undefined)).statusCode).toBe(200);
    await refused(() => c.post('ministry', `/api/v1/milestones/${id}/payment`, undefined), 409, 'PROGRESS_REPORT_MISSING');

    // The cluster reports, with its evidence; bad input and other clusters' staff change nothing.
    const evidence = (await c.upload('staff', pdfBytes('evidence'), { name: 'חשבוניות.pdf' })).json().id as string;
    const foreign = (await c.upload('staffOther', pdfBytes('other'), { name: 'אחר.pdf' })).json().id as string;
    const report = { narrative: 'ההסעות פעלו בכל ימי הלימודים', spent: 118_500.5, documentIds: [evidence] };
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/reports`, { ...report, spent: -1 }), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/reports`, { ...report, spent: 1.001 }), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/reports`, { ...report, documentIds: [foreign] }), 404, 'DOCUMENT_NOT_FOUND');
    await refused(() => c.post('staffOther', `/api/v1/milestones/${id}/reports`, report), 403, 'FORBIDDEN');
    const first = await c.post('staff', `/api/v1/milestones/${id}/reports`, report);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, state: 'submitted', spentAgorot: 11_850_050, documents: [{ id: evidence, fileName: 'חשבוניות.pdf' }] });
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/reports`, report), 409, 'PROGRESS_REPORT_PENDING');
    expect((await c.get('ministry', '/api/v1/notifications')).json().items[0]).toMatchObject({ kind: 'progress_report', link: `/services/${service}`, params: { milestone: 'הפעלה ראשונה' } });
    expect((await c.get('ministry', `/api/v1/documents/${evidence}`)).statusCode).toBe(200);

    // The ministry returns it with remarks; a return needs them; the cluster sends a second version.
    await refused(() => c.post('staff', `/api/v1/progress-reports/${first.json().id}/review`, { decision: 'approve' }), 403, 'FORBIDDEN');
    await refused(() => c.post('ministry', `/api/v1/progress-reports/${first.json().id}/review`, { decision: 'return', remarks: '' }), 400, 'VALIDATION_FAILED');
    const returned = await c.post('ministry', `/api/v1/progress-reports/${first.json().id}/review`, { decision: 'return', remarks: 'חסר דוח נוכחות' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned', remarks: 'חסר דוח נוכחות' });
    await refused(() => c.post('ministry', `/api/v1/progress-reports/${first.json().id}/review`, { decision: 'approve' }), 409, 'PROGRESS_REPORT_NOT_PENDING');
    await refused(() => c.post('ministry', `/api/v1/milestones/${id}/payment`, undefined), 409, 'PROGRESS_REPORT_MISSING');
    expect((await c.get('staff', '/api/v1/notifications')).json().items[0]).toMatchObject({ kind: 'progress_report_reviewed', params: { outcome: 'returned' } });
    const second = await c.post('staff', `/api/v1/milestones/${id}/reports`, { ...report, narrative: 'ההסעות פעלו; מצורף דוח נוכחות' });
    expect(second.json()).toMatchObject({ version: 2, state: 'submitted' });
    expect((await c.post('ministry', `/api/v1/progress-reports/${second.json().id}/review`, { decision: 'approve' })).statusCode).toBe(200);
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/reports`, report), 409, 'PROGRESS_REPORT_APPROVED');

    // Every version is kept; the milestone shows its latest; readers are the cluster's and the national.
    const versions = (await c.get('ministry', `/api/v1/milestones/${id}/reports`)).json().items as { version: number; state: string; remarks: string }[];
    expect(versions.map((v) => [v.version, v.state, v.remarks])).toEqual([
      [2, 'approved', ''],
      [1, 'returned', 'חסר דוח נוכחות'],
    ]);
    expect((await c.get('staffOther', `/api/v1/milestones/${id}/reports`)).statusCode).toBe(403);
    const listed = (await c.get('staff', `/api/v1/services/${service}/milestones`)).json().items[0];
    expect(listed.report).toMatchObject({ version: 2, state: 'approved', spentAgorot: 11_850_050 });
    const paid = await c.post('ministry', `/api/v1/milestones/${id}/payment`, undefined);
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().state).toBe('paid');
    await refused(() => c.post('staff', `/api/v1/milestones/${id}/reports`, report), 409, 'TRANSITION_NOT_ALLOWED');
  });
});

describe('who reads the budget', () => {
  // Reads the story's own database.
  let c: Client;
  let programmeId: number;
  beforeAll(async () => {
    const w = await theStory();
    c = w.c;
    programmeId = w.story.programmeId;
  });
  const detail = (who = 'ministry') => detailOf(c, programmeId, who);

  it('gives the national readers every cluster and each cluster its own part', async () => {
    for (const who of ['ministry', 'finance', 'committee', 'regulator']) {
      const p = await detail(who);
      expect(p.clusters.map((x: { clusterSlug: string }) => x.clusterSlug).sort(), who).toEqual([other, own].sort());
    }
    const mine = await detail('staff');
    expect(mine.clusters.map((x: { clusterSlug: string }) => x.clusterSlug)).toEqual([own]);
    expect(mine.projects.every((x: { clusterSlug: string }) => x.clusterSlug === own)).toBe(true);
    const theirs = await detail('staffOther');
    expect(theirs.clusters.map((x: { clusterSlug: string }) => x.clusterSlug)).toEqual([other]);
    expect(theirs.projects).toEqual([]);
    const ledger = (await c.get('staffOther', `/api/v1/budget/programmes/${programmeId}/ledger`)).json().items;
    expect(ledger.map((x: { clusterSlug: string }) => x.clusterSlug)).toEqual([other]);
    for (const who of ['measurement', 'rep0']) {
      for (const url of ['/api/v1/budget/programmes', `/api/v1/budget/programmes/${programmeId}`, `/api/v1/budget/programmes/${programmeId}/ledger`, `/api/v1/budget/programmes/${programmeId}/export.xlsx`]) {
        expectProblem(await c.get(who, url), 403, 'FORBIDDEN');
      }
    }
    expectProblem(await c.get(null, `/api/v1/budget/programmes/${programmeId}`), 401, 'UNAUTHENTICATED');
    expectProblem(await c.get('ministry', '/api/v1/budget/programmes/999999'), 404, 'PROGRAMME_NOT_FOUND');
    const service = (await detail()).projects[0].serviceId as number;
    expectProblem(await c.get('staffOther', `/api/v1/services/${service}/milestones`), 403, 'FORBIDDEN');
    expect((await c.get('finance', `/api/v1/services/${service}/milestones`)).statusCode).toBe(200);
  });

  it('exports per cluster, per project and per milestone, right to left, in shekels', async () => {
    const res = await c.get('finance', `/api/v1/budget/programmes/${programmeId}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`budget-${programmeId}.xlsx`);
    const wb = await workbookOf(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['אשכולות', 'פרויקטים', 'אבני דרך', 'תנועות']);
    expect(wb.worksheets.every((w) => w.views[0]!.rightToLeft)).toBe(true);
    const clusters = wb.worksheets[0]!;
    expect(clusters.getRow(1).values).toEqual([undefined, 'אשכול', 'הוקצה (₪)', 'התחייבויות (₪)', 'שולם (₪)', 'יתרה זמינה (₪)']);
    const ownName = (await c.get('ministry', `/api/v1/clusters/${own}`)).json().nameHe;
    const ownRow = [2, 3].map((n) => clusters.getRow(n)).find((r) => r.getCell(1).value === ownName)!;
    expect([2, 3, 4, 5].map((n) => ownRow.getCell(n).value)).toEqual([1_000_000, 100_000, 100_000, 900_000]);
    expect(clusters.getRow(4).getCell(1).value).toBe('סה"כ');
    expect(clusters.getRow(4).getCell(2).value).toBeCloseTo(14_999_999.99, 2);
    expect(wb.worksheets[1]!.getRow(2).getCell(2).value).toBe('איסוף פסולת אזורי');
    expect(wb.worksheets[2]!.rowCount).toBe(4);
    const ledger = wb.worksheets[3]!;
    expect(ledger.rowCount).toBe(6);
    expect([3, 5, 6].map((n) => ledger.getRow(6).getCell(n).value)).toEqual(['שחרור התחייבות', 'איסוף פסולת אזורי', 200_000]);
    const staffBook = await workbookOf(await c.get('staffOther', `/api/v1/budget/programmes/${programmeId}/export.xlsx`));
    expect(staffBook.worksheets[1]!.rowCount).toBe(1);
    expect(staffBook.worksheets[3]!.rowCount).toBe(2);
  });
});

describe('which programme a grant draws from', () => {
  it('commits from the programme running today, the one created last when periods overlap', async () => {
    const later = await programme(c, 'ministry', 2_000_000, { [own]: 500_000 }, { startsOn: '2024-01-01', endsOn: '2099-12-31' });
    await programme(c, 'ministry', 9_000_000, { [own]: 9_000_000 }, { startsOn: '2099-01-01', endsOn: '2099-12-31' });
    const { id } = await approvedService(c, 200_000, 'חינוך משלים');
    const commits = await select<{ programme_id: number }>(t, sql`select programme_id from ledger_entries where kind = 'commit' and service_id = ${id}`);
    expect(commits).toEqual([{ programme_id: later }]);
    // The new programme's allocation is what the gate checks too.
    const next = await readyService(c, { staff: 'staff', slug: own, joiners: members.slice(0, 1), reps, nameHe: 'שירות נוסף' });
    await refused(() => c.post('staff', `/api/v1/services/${next}/submit`, { requestedGrant: 300_000.01 }), 409, 'BUDGET_EXCEEDS_ALLOCATION');
  });
});

describe('taking back an allocation', () => {
  it('takes back only what the cluster has not committed, with its reason, in a new ledger entry', async () => {
    const id = await programme(c, 'ministry', 3_000_000, { [own]: 1_000_000 });
    await approvedService(c, 300_000, 'הסעות תלמידים');
    const withdraw = (who: string, body: Record<string, unknown>) => c.post(who, `/api/v1/budget/programmes/${id}/withdrawals`, body);
    await refused(() => withdraw('ministry', { clusterSlug: own, amount: 700_000.01, note: 'הוקצה ביתר' }), 409, 'WITHDRAWAL_EXCEEDS_AVAILABLE');
    await refused(() => withdraw('ministry', { clusterSlug: other, amount: 1, note: 'לא הוקצה לו' }), 409, 'WITHDRAWAL_EXCEEDS_AVAILABLE');
    await refused(() => withdraw('ministry', { clusterSlug: own, amount: 1 }), 400, 'VALIDATION_FAILED');
    await refused(() => withdraw('ministry', { clusterSlug: 'no-such-cluster', amount: 1, note: 'אין כזה' }), 404, 'CLUSTER_NOT_FOUND');
    await refused(() => withdraw('finance', { clusterSlug: own, amount: 1, note: 'לא מורשה' }), 403, 'FORBIDDEN');
    const res = await withdraw('ministry', { clusterSlug: own, amount: 700_000, note: 'הוקצה ביתר' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ allocated: 30_000_000, unallocated: 270_000_000, committed: 30_000_000 });
    expect(clusterOf(res.json(), own)).toEqual({ clusterSlug: own, allocated: 30_000_000, committed: 30_000_000, paid: 0, available: 0 });
    const ledger = (await c.get('ministry', `/api/v1/budget/programmes/${id}/ledger`)).json().items as { kind: string; amountAgorot: number; note: string }[];
    expect(ledger.at(-1)).toMatchObject({ kind: 'withdraw', amountAgorot: 70_000_000, note: 'הוקצה ביתר' });
    const audit = (await c.get('ministry', '/api/v1/audit?entityType=ledger&limit=1')).json().items[0];
    expect(audit).toMatchObject({ action: 'ledger.withdraw', serviceId: null });
  });
});
