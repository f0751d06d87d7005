import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wallClockInIsrael } from '../src/platform/calendar';
import { decided, decision, programme, readyService, submitted } from './review-fixtures';
import { financialFigures } from './financial-report-fixtures';
import { makeClient, nationalAccounts, pdfBytes, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { auditCount, buildTestApp, workbookOf, type TestApp } from './test-app';

/**
 * The compliance calendar through the API: the programme's rules with their history, and each
 * cluster's obligations computed from its board's meetings and its milestones' progress reports.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let members: string[];

type Obligation = { kind: string; status: string; held?: number; required?: number; year?: number; milestoneId?: number; dueOn?: string | null };
type ClusterView = { clusterSlug: string; status: string; counts: Record<string, number>; obligations: Obligation[] };

beforeAll(async () => {
  t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  const cookies = await signInAll(t, { ...nationalAccounts, staff: staffAccount(own), staffOther: staffAccount(other), rep: repAccount(members[0]!), rep2: repAccount(members[1]!) });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

async function refused(send: () => Promise<{ statusCode: number; json: () => { code?: string } }>, status: number, code: string) {
  const before = await auditCount(t);
  const res = await send();
  expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
  expect(await auditCount(t)).toBe(before);
}

const clusterOf = async (who: string, slug = own) => {
  const res = await c.get(who, `/api/v1/compliance/clusters/${slug}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().cluster as ClusterView;
};
const thisYear = Number(wallClockInIsrael(new Date()).slice(0, 4));

describe('the programme’s rules', () => {
  it('ship with defaults, are set by the ministry from a day with their history, and refuse bad input storing nothing', async () => {
    const shipped = (await c.get(null, '/api/v1/compliance/rules')).json();
    expect(shipped).toMatchObject({ current: { validFrom: null, rules: { steeringMeetingsPerYear: 1, boardMeetingsPerYear: 4, dueSoonDays: 30 } }, history: [], actions: [] });
    expect((await c.get('ministry', '/api/v1/compliance/rules')).json().actions).toEqual(['set']);
    const rules = { steeringMeetingsPerYear: 1, boardMeetingsPerYear: 2, dueSoonDays: 45 };
    await refused(() => c.post('ministry', '/api/v1/compliance/rules', { validFrom: '2020-01-01', rules: { ...rules, boardMeetingsPerYear: -1 } }), 400, 'VALIDATION_FAILED');
    await refused(() => c.post('staff', '/api/v1/compliance/rules', { validFrom: '2020-01-01', rules }), 403, 'FORBIDDEN');
    const set = await c.post('ministry', '/api/v1/compliance/rules', { validFrom: '2020-01-01', rules, note: 'לפי החלטת ועדת ההיגוי' });
    expect(set.statusCode, set.body).toBe(201);
    // Rules set without the financial report's due day take the shipped one: 30 June.
    expect(set.json().current).toMatchObject({ validFrom: '2020-01-01', rules: { ...rules, financialReportDueMonth: 6, financialReportDueDay: 30 }, note: 'לפי החלטת ועדת ההיגוי' });
    await refused(() => c.post('ministry', '/api/v1/compliance/rules', { validFrom: '2020-01-01', rules }), 409, 'COMPLIANCE_RULES_EXIST');
    // The financial report's due day is a day of every year: never 30 February, nor 29.
    for (const [month, day] of [[2, 30], [2, 29], [13, 1], [4, 31]])
      await refused(() => c.post('ministry', '/api/v1/compliance/rules', { validFrom: '2021-01-01', rules: { ...rules, financialReportDueMonth: month, financialReportDueDay: day } }), 400, 'VALIDATION_FAILED');
    // Rules from a later day are history to come, not yet in force.
    const later = await c.post('ministry', '/api/v1/compliance/rules', { validFrom: `${thisYear + 5}-01-01`, rules: { ...rules, boardMeetingsPerYear: 12 } });
    expect(later.json().current.rules.boardMeetingsPerYear).toBe(2);
    expect(later.json().history.map((h: { validFrom: string }) => h.validFrom)).toEqual([`${thisYear + 5}-01-01`, '2020-01-01']);
  });
});

describe('a cluster’s obligations', () => {
  it('count its board’s held meetings a year against the rule, and are read by the national readers and its own staff only', async () => {
    const before = await clusterOf('staff');
    const year = (o: Obligation) => o.kind === 'board_meetings' && o.year === thisYear;
    expect(before.obligations.find(year)).toMatchObject({ held: 0, required: 2 });

    // The board meets once, with the rule at two a year: held 1 of 2.
    const board = ((await c.get(null, `/api/v1/governance/bodies?cluster=${own}`)).json().items as { id: number; kind: string }[]).find((b) => b.kind === 'board')!.id;
    const soon = `${wallClockInIsrael(new Date(Date.now() + 86_400_000)).slice(0, 10)}T18:00`;
    const m = await c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: soon });
    expect(m.statusCode, m.body).toBe(201);
    expect((await c.post('staff', `/api/v1/governance/meetings/${m.json().id}/close`, {})).statusCode).toBe(200);
    // Until its day comes it is not counted; once that day has passed (here: moved to an hour ago), it is.
    expect((await clusterOf('ministry')).obligations.find(year)!.held).toBe(0);
    await t.database.db.execute(sql`update governance_meetings set starts_at = now() - interval '1 hour' where id = ${m.json().id}`);
    const heldYear = Number(wallClockInIsrael(new Date(Date.now() - 3_600_000)).slice(0, 4));
    const after = await clusterOf('ministry');
    expect(after.obligations.find((o) => o.kind === 'board_meetings' && o.year === heldYear)).toMatchObject({ held: 1, required: 2 });

    for (const who of ['finance', 'regulator', 'committee']) expect((await c.get(who, `/api/v1/compliance/clusters/${own}`)).statusCode, who).toBe(200);
    for (const who of ['staffOther', 'rep', 'measurement']) expect((await c.get(who, `/api/v1/compliance/clusters/${own}`)).statusCode, who).toBe(403);
    expect((await c.get(null, `/api/v1/compliance/clusters/${own}`)).statusCode).toBe(401);
  });

  it('owe a progress report for each unpaid milestone by its day, overdue until one is submitted', async () => {
    await programme(c, 'ministry', 10_000_000, { [own]: 5_000_000 });
    const service = await readyService(c, { staff: 'staff', slug: own, joiners: members.slice(0, 2), reps: { [members[0]!]: 'rep', [members[1]!]: 'rep2' } });
    await decided(c, await submitted(c, 'staff', service, 300_000), decision('approve'));
    const m = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'שלב ראשון', plannedOn: '2021-06-30', amount: 100_000, deliverable: 'דו"ח' });
    expect(m.statusCode, m.body).toBe(201);
    const owed = async () => (await clusterOf('staff')).obligations.find((o) => o.kind === 'progress_report' && o.milestoneId === m.json().id)!;
    expect((await owed()).status).toBe('overdue');
    const view = await clusterOf('staff');
    expect(view.status).toBe('overdue');
    expect(view.counts.overdue).toBeGreaterThanOrEqual(1);
    expect((await c.post('staff', `/api/v1/milestones/${m.json().id}/reports`, { narrative: 'השלב הושלם', spent: 100 })).statusCode).toBe(201);
    expect((await owed()).status).toBe('met');
  });
});

describe('the overview', () => {
  it('lists every operating cluster with its light for the national readers, with the steering committee’s year, and in Excel', async () => {
    const res = await c.get('regulator', '/api/v1/compliance/overview');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as { clusters: ClusterView[]; programme: Obligation[] };
    expect(o.clusters.length).toBeGreaterThan(10);
    expect(o.clusters.find((x) => x.clusterSlug === own)!.status).toBe('overdue');
    // A cluster whose board is not recorded in Eshkol is unknown, never overdue, for its meetings.
    const unrecorded = o.clusters.find((x) => x.obligations.every((ob) => ob.kind !== 'board_meetings' || ob.status === 'unknown'));
    expect(unrecorded).toBeDefined();
    expect(o.programme.map((p) => p.kind)).toEqual(['steering_meetings', 'steering_meetings']);
    for (const who of ['staff', 'rep', 'measurement']) expect((await c.get(who, '/api/v1/compliance/overview')).statusCode, who).toBe(403);
    const xlsx = await c.get('ministry', '/api/v1/compliance/overview.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = await workbookOf(xlsx);
    expect(book.getWorksheet('אשכולות')!.getRow(1).values).toContain('מצב כולל');
    expect(JSON.stringify(book.getWorksheet('התחייבויות')!.getSheetValues())).toContain('דוח התקדמות של אבן דרך');
  });
});

describe('the calendar feed and the reminders', () => {
  it('gives the cluster’s staff a secret calendar address of what it owes, which a new one or a revocation ends', async () => {
    expect((await c.get('staff', `/api/v1/compliance/clusters/${own}/feed`)).json()).toEqual({ active: false, createdAt: null, actions: ['manage'] });
    expect((await c.get('ministry', `/api/v1/compliance/clusters/${own}/feed`)).json().actions).toEqual([]);
    await refused(() => c.post('staffOther', `/api/v1/compliance/clusters/${own}/feed`, undefined), 403, 'FORBIDDEN');
    await refused(() => c.delete('staff', `/api/v1/compliance/clusters/${own}/feed`), 409, 'COMPLIANCE_FEED_NONE');
    const made = await c.post('staff', `/api/v1/compliance/clusters/${own}/feed`, undefined);
    expect(made.statusCode, made.body).toBe(201);
    const { path } = made.json() as { path: string };
    // Read with the address alone, as a calendar application does.
    const ics = await t.app.inject(path);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Last year's board meetings, still owed; the milestone reported on earlier is not.
    expect(ics.body).toContain(`DTSTART;VALUE=DATE:${thisYear - 1}1231`);
    expect(ics.body.replace(/\r\n /g, '')).toContain(`SUMMARY:ישיבות הדירקטוריון ${thisYear - 1}`);
    expect(ics.body.replace(/\r\n /g, '')).not.toContain('שלב ראשון');
    // A new address ends the old one; a revocation ends the new one.
    const again = (await c.post('staff', `/api/v1/compliance/clusters/${own}/feed`, undefined)).json() as { path: string };
    expect((await t.app.inject(path)).statusCode).toBe(404);
    expect((await t.app.inject(again.path)).statusCode).toBe(200);
    expect((await c.delete('staff', `/api/v1/compliance/clusters/${own}/feed`)).json().active).toBe(false);
    expect((await t.app.inject(again.path)).statusCode).toBe(404);
    expect((await t.app.inject('/api/v1/compliance/feeds/not-a-token-at-all-xxxxx')).statusCode).toBe(404);
  });

  it('tells the cluster’s staff of each obligation due soon or overdue, once', async () => {
    type Bell = { items: { kind: string; params: Record<string, string>; link: string }[] };
    const bell = async (who: string) => ((await c.get(who, '/api/v1/notifications')).json() as Bell).items.filter((n) => n.kind.startsWith('obligation_'));
    // What was owed when the server started was told then: last year's board meetings.
    expect((await bell('staff')).some((n) => n.kind === 'obligation_overdue' && n.params.obligation === 'board_meetings' && n.link === `/clusters/${own}#compliance-title`)).toBe(true);
    const service = ((await c.get('staff', `/api/v1/clusters/${own}/services`)).json().items as { id: number; state: string }[]).find((s) => s.state === 'approved')!.id;
    const m = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'שלב באיחור', plannedOn: '2022-03-31', amount: 1_000, deliverable: 'דו"ח' });
    expect(m.statusCode, m.body).toBe(201);
    expect(await t.services.compliance.compliance.remindDue()).toBe(1);
    const told = await bell('staff');
    expect(told[0]).toMatchObject({ kind: 'obligation_overdue', params: { obligation: 'progress_report', milestone: 'שלב באיחור', dueOn: '2022-03-31' } });
    expect((await bell('staffOther')).every((n) => n.link !== `/clusters/${own}#compliance-title`)).toBe(true);
    expect(await t.services.compliance.compliance.remindDue()).toBe(0);
    expect((await bell('staff')).length).toBe(told.length);
  });
});

describe('the annual financial reports', () => {
  it('owe the last two fiscal years by the rules’ day, met once the regulator accepted the report, and wait on the regulator’s desk meanwhile', async () => {
    const fiscalYear = thisYear - 1;
    const reportOf = async (slug = own) =>
      (await clusterOf('regulator', slug)).obligations.filter((o) => o.kind === 'financial_report') as (Obligation & { fiscalYear: number; reportState: string | null; dueOn: string })[];
    const before = await reportOf();
    expect(before.map((o) => o.fiscalYear)).toEqual([thisYear - 2, thisYear - 1]);
    // The rules in force (set from 2020 above) keep the shipped due day: 30 June of the year after.
    expect(before.map((o) => o.dueOn)).toEqual([`${thisYear - 1}-06-30`, `${thisYear}-06-30`]);
    expect(before.every((o) => o.reportState === null)).toBe(true);
    const doc = (await c.upload('staff', pdfBytes('statements'), { name: 'statements.pdf' })).json().id as string;
    const sent = await c.post('staff', `/api/v1/clusters/${own}/financial-reports`, { fiscalYear, statementsDocumentId: doc, figures: financialFigures });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await reportOf()).find((o) => o.fiscalYear === fiscalYear)).toMatchObject({ reportState: 'submitted' });
    expect((await reportOf()).find((o) => o.fiscalYear === fiscalYear)!.status).not.toBe('met');
    const desk = (await c.get('regulator', '/api/v1/compliance/desk')).json().items as { kind: string; id: number; clusterSlug: string }[];
    expect(desk.find((d) => d.kind === 'financial_report' && d.id === sent.json().id)).toMatchObject({ clusterSlug: own });
    expect((await c.post('regulator', `/api/v1/financial-reports/${sent.json().id}/review`, { decision: 'accept' })).statusCode).toBe(200);
    expect((await reportOf()).find((o) => o.fiscalYear === fiscalYear)).toMatchObject({ reportState: 'accepted', status: 'met' });
    expect((await c.get('regulator', '/api/v1/compliance/desk')).json().items.some((d: { kind: string; id: number }) => d.kind === 'financial_report' && d.id === sent.json().id)).toBe(false);
    // Another cluster that sent nothing owes it still, overdue once its day has passed.
    const otherReport = (await reportOf(other)).find((o) => o.fiscalYear === thisYear - 2)!;
    expect(otherReport).toMatchObject({ reportState: null, status: 'overdue' });
  });

  it('are due on the day the rules in force set, on the report’s own page too', async () => {
    const from = `${thisYear - 1}-01-01`;
    const set = await c.post('ministry', '/api/v1/compliance/rules', { validFrom: from, rules: { steeringMeetingsPerYear: 1, boardMeetingsPerYear: 2, dueSoonDays: 45, financialReportDueMonth: 4, financialReportDueDay: 30 } });
    expect(set.statusCode, set.body).toBe(201);
    const obligations = (await clusterOf('regulator')).obligations.filter((o) => o.kind === 'financial_report') as { dueOn: string }[];
    expect(obligations.map((o) => o.dueOn)).toEqual([`${thisYear - 1}-04-30`, `${thisYear}-04-30`]);
    const years = (await c.get('staff', `/api/v1/clusters/${own}/financial-reports`)).json().years as { fiscalYear: number; dueOn: string }[];
    expect(years.find((y) => y.fiscalYear === thisYear - 1)!.dueOn).toBe(`${thisYear}-04-30`);
  });
});

describe('positions approved before they are filled', () => {
  it('are unknown while a cluster records no position, met once one is approved before anyone fills it, and broken by a start before its approval', async () => {
    const positionsOf = async () => (await clusterOf('regulator')).obligations.find((o) => o.kind === 'positions_approved')!;
    expect(await positionsOf()).toMatchObject({ status: 'unknown', people: 0, breaches: 0, dueOn: null });
    const asked = await c.post('staff', `/api/v1/clusters/${own}/staffing/requests`, { kind: 'open_position', positionKind: 'ceo', scopePercent: 100, funding: 'programme', grossAgorot: 3_000_000 });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await c.post('regulator', `/api/v1/staffing/requests/${asked.json().id}/review`, { decision: 'approve', approvedOn: '2025-01-01' })).statusCode).toBe(200);
    const salary = await c.post('staff', `/api/v1/clusters/${own}/staffing/requests`, { kind: 'salary', positionId: asked.json().positionId, personName: 'דנה לוי', fromDay: '2025-02-01', scopePercent: 100, grossAgorot: 3_000_000 });
    expect((await c.post('regulator', `/api/v1/staffing/requests/${salary.json().id}/review`, { decision: 'approve' })).statusCode).toBe(200);
    expect(await positionsOf()).toMatchObject({ status: 'met', people: 1, breaches: 0 });
    // A record that came otherwise than through a request (a correction): a start before the approval.
    await t.database.db.execute(sql`update staffing_people set from_day = '2024-06-01' where person_name = 'דנה לוי'`);
    expect(await positionsOf()).toMatchObject({ status: 'overdue', people: 1, breaches: 1, dueOn: '2024-06-01' });
    const overview = (await c.get('ministry', '/api/v1/compliance/overview')).json().clusters as ClusterView[];
    expect(overview.find((x) => x.clusterSlug === own)!.obligations.find((o) => o.kind === 'positions_approved')!.status).toBe('overdue');
    await t.database.db.execute(sql`update staffing_people set from_day = '2025-02-01' where person_name = 'דנה לוי'`);
  });
});

describe('the reviewers’ desk', () => {
  it('lists the staffing requests waiting for the regulator, and only for the regulator', async () => {
    const asked = await c.post('staff', `/api/v1/clusters/${own}/staffing/requests`, { kind: 'open_position', positionKind: 'cadet', title: 'צוער לתכנון', scopePercent: 50, funding: 'programme', grossAgorot: 900_000 });
    expect(asked.statusCode, asked.body).toBe(201);
    const desk = (await c.get('regulator', '/api/v1/compliance/desk')).json().items as { kind: string; id: number; title: string; clusterSlug: string; link: string; ageDays: number }[];
    expect(desk.find((d) => d.kind === 'staffing_request' && d.id === asked.json().id)).toMatchObject({ clusterSlug: own, title: 'צוער לתכנון', ageDays: 0, link: `/staffing?request=${asked.json().id}&cluster=${own}` });
    expect((await c.get('ministry', '/api/v1/compliance/desk')).json().items.some((d: { kind: string }) => d.kind === 'staffing_request')).toBe(false);
    expect((await c.post('regulator', `/api/v1/staffing/requests/${asked.json().id}/review`, { decision: 'reject', remarks: 'אין צורך' })).statusCode).toBe(200);
    expect(((await c.get('regulator', '/api/v1/compliance/desk')).json().items as { id: number; kind: string }[]).some((d) => d.kind === 'staffing_request' && d.id === asked.json().id)).toBe(false);
  });


  it('lists what waits for the reader’s review, the oldest first with its age: the ministry the progress reports', async () => {
    const service = ((await c.get('staff', `/api/v1/clusters/${own}/services`)).json().items as { id: number; state: string }[]).find((s) => s.state === 'approved')!.id;
    const m = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'שלב לבדיקה', plannedOn: '2030-03-31', amount: 1_000, deliverable: 'דו"ח' });
    const report = await c.post('staff', `/api/v1/milestones/${m.json().id}/reports`, { narrative: 'בוצע', spent: 10 });
    expect(report.statusCode, report.body).toBe(201);
    const desk = (await c.get('ministry', '/api/v1/compliance/desk')).json().items as { kind: string; id: number; title: string; ageDays: number; clusterSlug: string; link: string }[];
    const mine = desk.find((d) => d.kind === 'progress_report' && d.id === report.json().id)!;
    expect(mine).toMatchObject({ clusterSlug: own, ageDays: 0, link: `/services/${service}` });
    expect(mine.title).toContain('שלב לבדיקה');
    // The first report of the earlier test waits longer: the oldest first.
    expect(desk.map((d) => d.id).indexOf(mine.id)).toBe(desk.length - 1);
    expect((await c.get('regulator', '/api/v1/compliance/desk')).json().items.filter((d: { kind: string }) => d.kind === 'progress_report')).toEqual([]);
    for (const who of ['staff', 'finance', 'rep']) expect((await c.get(who, '/api/v1/compliance/desk')).statusCode, who).toBe(403);
  });
});
