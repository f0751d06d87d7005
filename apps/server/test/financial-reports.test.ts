import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInIsrael } from '../src/platform/calendar';
import type { Module } from '../src/platform/module';
import type { FinancialReportsModule } from '../src/modules/financial-reports/financial-reports.module';
import { templateLines } from '../src/modules/financial-reports/financial-reports.xlsx';
import { expectProblem, fingerprint } from './fingerprint';
import { as, makeClient, nationalAccounts, pdfBytes, pngBytes, readers, repAccount, signInAll, siteOrigin, staffAccount, type Client, type Reader } from './service-factories';
import { buildTestApp, refusalsOf, workbookOf, type TestApp } from './test-app';

/**
 * A cluster's annual financial reports through the API: its staff send a year's audited statements
 * and key figures (by the form or the regulator's Excel); figures that do not add up, a year not
 * ended, a second report of a year and a review of what does not wait are refused, storing nothing;
 * the regulator accepts or returns with remarks and every version and remark is kept; the figures of
 * an accepted report are public, drafts and remarks are not; the queue, the comparison per resident
 * and the ports other modules take.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';
const thisYear = Number(dayInIsrael(new Date()).slice(0, 4));
const tables = ['financial_reports', 'financial_report_versions', 'audit_events', 'notifications'];

let t: TestApp;
let c: Client;
let cookies: Record<string, string>;
let statements: string;
let otherStatements: string;
let members: string[];

beforeAll(async () => {
  t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  const otherMember = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  cookies = await signInAll(t, { ...nationalAccounts, staff: staffAccount(own), staffOther: staffAccount(other), rep: repAccount(members[0]!), repOther: repAccount(otherMember) });
  c = makeClient(t, cookies);
  statements = await uploaded('staff', 'דוחות כספיים מבוקרים.pdf');
  otherStatements = await uploaded('staffOther', 'statements.pdf');
});
afterAll(() => t.close());

const refused = refusalsOf(() => t);

async function uploaded(who: string, name: string, bytes = pdfBytes(name), type = 'application/pdf') {
  const res = await c.upload(who, bytes, { name, type });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function ok<T>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status: number): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

/** ₪500,000 of revenue, ₪440,000 of expenses: a surplus of ₪60,000 and an accumulated deficit. */
const figures = {
  revenue: { memberFees: 12_000_000, ministryGrants: 30_000_000, otherGovernment: 5_000_000, donors: 1_000_000, ownIncome: 2_000_000 },
  expenses: { staff: 25_000_000, servicesBought: 15_000_000, overheads: 4_000_000 },
  surplus: 6_000_000,
  accumulatedBalance: -1_500_000,
};
const report = (fiscalYear: number, extra: Record<string, unknown> = {}) => ({ fiscalYear, statementsDocumentId: statements, figures, ...extra });

type VersionJson = { version: number; outcome: string | null; remarks: string; via: string; figures: typeof figures; totals: { revenue: number; expenses: number }; statements: { id: string; fileName: string } };
type ReportJson = { id: number; fiscalYear: number; state: string; dueOn: string; firstSubmittedOn: string; acceptedOn: string | null; versions: VersionJson[]; actions: string[] };
type ClusterJson = { readsDrafts: boolean; years: { fiscalYear: number; dueOn: string; report: ReportJson | null }[]; series: { fiscalYear: number; accepted: boolean; totals: { revenue: number } }[]; actions: string[] };

const submit = (body: unknown, who: string | null = 'staff', slug = own) => c.post(who, `/api/v1/clusters/${slug}/financial-reports`, body);
const resubmit = (id: number, body: unknown, who = 'staff') => c.post(who, `/api/v1/financial-reports/${id}/resubmit`, body);
const review = (id: number, body: unknown, who = 'regulator') => c.post(who, `/api/v1/financial-reports/${id}/review`, body);
const clusterView = (who: string | null, slug = own) => ok<ClusterJson>(c.get(who, `/api/v1/clusters/${slug}/financial-reports`), 200);
const yearOf = async (who: string | null, year: number, slug = own) => (await clusterView(who, slug)).years.find((y) => y.fiscalYear === year)!;
const stored = () => fingerprint(t, tables);

/** Sends an Excel workbook to the cluster's import, as a browser sends a file. */
function importSheet(bytes: Buffer, { who = 'staff', slug = own, doc = statements, type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/clusters/${slug}/financial-reports/import?statementsDocumentId=${doc}`,
    payload: bytes,
    headers: { cookie: cookies[who]!, origin: siteOrigin, 'content-type': type },
  });
}

/** The template, filled in: each labelled cell by its path; the rows found by their labels, as the upload finds them. */
async function filledTemplate(fiscalYear: number, values: Record<string, unknown> = {}) {
  const res = await t.app.inject(`/api/v1/financial-reports/template.xlsx?fiscalYear=${fiscalYear}`);
  expect(res.statusCode).toBe(200);
  const wb = await workbookOf(res);
  const ws = wb.worksheets[0]!;
  const rowOf = templateRows(ws);
  const flat: Record<string, number> = Object.fromEntries([
    ...Object.entries(figures.revenue).map(([k, v]) => [`figures.revenue.${k}`, v / 100]),
    ...Object.entries(figures.expenses).map(([k, v]) => [`figures.expenses.${k}`, v / 100]),
    ['figures.surplus', figures.surplus / 100],
    ['figures.accumulatedBalance', figures.accumulatedBalance / 100],
  ]);
  for (const [path, value] of Object.entries({ ...flat, ...values })) ws.getCell(`B${rowOf.get(path)}`).value = value as ExcelJS.CellValue;
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), rowOf, ws };
}

function templateRows(ws: ExcelJS.Worksheet) {
  const rowOf = new Map<string, number>();
  ws.eachRow((row, n) => {
    const line = templateLines.find((l) => l.label === row.getCell(1).value);
    if (line) rowOf.set(line.path, n);
  });
  return rowOf;
}

describe('a cluster’s years', () => {
  it('lists every fiscal year from 2012 to the last that ended, each with its due day, no report yet; the submission offered to its own staff only', async () => {
    const view = await clusterView(null);
    expect(view.years.map((y) => y.fiscalYear)).toEqual(Array.from({ length: thisYear - 2012 }, (_, i) => thisYear - 1 - i));
    expect(view.years[0]).toEqual({ fiscalYear: thisYear - 1, dueOn: `${thisYear}-06-30`, report: null });
    expect(view).toMatchObject({ readsDrafts: false, series: [], actions: [] });
    expect((await clusterView('staff')).actions).toEqual(['submit']);
    expect((await clusterView('staffOther')).actions).toEqual([]);
    expect((await clusterView('regulator')).actions).toEqual([]);
    await refused(() => c.get(null, '/api/v1/clusters/no-such-cluster/financial-reports'), 404, 'CLUSTER_NOT_FOUND');
  });
});

describe('a submission refused', () => {
  it('for figures out of their ranges or not whole agorot, a year before 2012, or a year not ended, storing nothing', async () => {
    const before = await stored();
    const bad = (f: Record<string, unknown>) => report(2023, { figures: { ...figures, ...f } });
    await refused(() => submit(report(2011)), 400, 'VALIDATION_FAILED');
    await refused(() => submit(bad({ revenue: { ...figures.revenue, donors: -1 } })), 400, 'VALIDATION_FAILED');
    await refused(() => submit(bad({ revenue: { ...figures.revenue, donors: 10.5 } })), 400, 'VALIDATION_FAILED');
    await refused(() => submit(bad({ expenses: { ...figures.expenses, staff: 100_000_000_001 } })), 400, 'VALIDATION_FAILED');
    await refused(() => submit(bad({ surplus: -1_000_000_000_001 })), 400, 'VALIDATION_FAILED');
    await refused(() => submit(bad({ expenses: { staff: 1, servicesBought: 1 } })), 400, 'VALIDATION_FAILED');
    await refused(() => submit(bad({ grants: 1 })), 400, 'VALIDATION_FAILED');
    await refused(() => submit(report(2023, { statementsDocumentId: 'not-a-uuid' })), 400, 'VALIDATION_FAILED');
    await refused(() => submit(report(thisYear)), 422, 'FINANCIAL_REPORT_YEAR_NOT_ENDED');
    await refused(() => submit(report(thisYear + 1)), 422, 'FINANCIAL_REPORT_YEAR_NOT_ENDED');
    expect(await stored()).toBe(before);
  });

  it('for figures that do not add up, naming the surplus and what it should be', async () => {
    const res = await submit(report(2023, { figures: { ...figures, surplus: 5_999_999 } }));
    expectProblem(res, 422, 'FINANCIAL_REPORT_UNBALANCED');
    expect(res.json().issues).toEqual([expect.objectContaining({ path: 'figures.surplus', code: 'unbalanced', params: { expected: 60_000 } })]);
    // A deficit adds up as a negative surplus.
    await refused(() => submit(report(2023, { figures: { ...figures, expenses: { ...figures.expenses, staff: 37_000_000 }, surplus: 6_000_000 } })), 422, 'FINANCIAL_REPORT_UNBALANCED');
  });

  it('for statements that are not a PDF of the cluster’s', async () => {
    const picture = await uploaded('staff', 'scan.png', pngBytes(), 'image/png');
    await refused(() => submit(report(2023, { statementsDocumentId: picture })), 422, 'FINANCIAL_REPORT_STATEMENTS_NOT_PDF');
    await refused(() => submit(report(2023, { statementsDocumentId: otherStatements })), 404, 'DOCUMENT_NOT_FOUND');
    await refused(() => submit(report(2023, { statementsDocumentId: '00000000-0000-4000-8000-000000000000' })), 404, 'DOCUMENT_NOT_FOUND');
  });

  it('from another cluster’s staff and every other role', async () => {
    await refused(() => submit(report(2023, { statementsDocumentId: otherStatements }), 'staffOther'), 403, 'FORBIDDEN');
    for (const who of ['ministry', 'finance', 'regulator', 'committee', 'measurement', 'rep'] as const) await refused(() => submit(report(2023), who), 403, 'FORBIDDEN');
    await refused(() => submit(report(2023), null), 401, 'UNAUTHENTICATED');
    expect((await yearOf('staff', 2023)).report).toBeNull();
  });
});

describe('the lifecycle of a year’s report', () => {
  let id: number;

  it('is received, one at a time, and shows its due day and first day', async () => {
    const sent = await ok<ReportJson>(submit(report(2023)), 201);
    id = sent.id;
    expect(sent).toMatchObject({ fiscalYear: 2023, state: 'submitted', dueOn: '2024-06-30', firstSubmittedOn: dayInIsrael(new Date()), acceptedOn: null, actions: [] });
    expect(sent.versions).toMatchObject([{ version: 1, outcome: null, via: 'form', figures, totals: { revenue: 50_000_000, expenses: 44_000_000 }, statements: { id: statements, fileName: 'דוחות כספיים מבוקרים.pdf' } }]);
    await refused(() => submit(report(2023)), 409, 'FINANCIAL_REPORT_PENDING');
    await refused(() => resubmit(id, { statementsDocumentId: statements, figures }), 409, 'FINANCIAL_REPORT_NOT_RETURNED');
    expect((await yearOf('regulator', 2023)).report!.actions).toEqual(['review']);
  });

  it('is reviewed by the regulator alone, returned with remarks its staff are told of', async () => {
    for (const who of ['ministry', 'finance', 'staff', 'committee'] as const) await refused(() => review(id, { decision: 'accept' }, who), 403, 'FORBIDDEN');
    await refused(() => review(id, { decision: 'return' }), 400, 'VALIDATION_FAILED');
    await refused(() => review(id, { decision: 'return', remarks: ' ' }), 400, 'VALIDATION_FAILED');
    await refused(() => review(999_999, { decision: 'accept' }), 404, 'FINANCIAL_REPORT_NOT_FOUND');
    const returned = await ok<ReportJson>(review(id, { decision: 'return', remarks: 'חסר פירוט ההכנסות העצמיות' }), 200);
    expect(returned).toMatchObject({ state: 'returned', versions: [{ version: 1, outcome: 'returned', remarks: 'חסר פירוט ההכנסות העצמיות' }] });
    expect((await c.get('staff', '/api/v1/notifications')).json().items[0]).toMatchObject({ kind: 'financial_report_reviewed', link: `/clusters/${own}#financial-reports-title`, params: { year: '2023', outcome: 'returned' } });
    expect((await c.get('staffOther', '/api/v1/notifications')).json().items.some((n: { kind: string }) => n.kind === 'financial_report_reviewed')).toBe(false);
    await refused(() => review(id, { decision: 'accept' }), 409, 'FINANCIAL_REPORT_NOT_PENDING');
    await refused(() => submit(report(2023)), 409, 'FINANCIAL_REPORT_EXISTS');
    expect((await yearOf('staff', 2023)).report!.actions).toEqual(['resubmit']);
  });

  it('is resubmitted as a new version by its own staff only, with the same checks, every version and remark kept', async () => {
    await refused(() => resubmit(id, { statementsDocumentId: otherStatements, figures }, 'staffOther'), 403, 'FORBIDDEN');
    await refused(() => resubmit(id, { statementsDocumentId: statements, figures: { ...figures, surplus: 1 } }), 422, 'FINANCIAL_REPORT_UNBALANCED');
    await refused(() => resubmit(999_999, { statementsDocumentId: statements, figures }), 404, 'FINANCIAL_REPORT_NOT_FOUND');
    const corrected = { ...figures, revenue: { ...figures.revenue, ownIncome: 2_500_000 }, surplus: 6_500_000 };
    const again = await ok<ReportJson>(resubmit(id, { statementsDocumentId: statements, figures: corrected }), 200);
    expect(again).toMatchObject({ state: 'submitted', firstSubmittedOn: dayInIsrael(new Date()) });
    expect(again.versions).toMatchObject([
      { version: 2, outcome: null, remarks: '', figures: corrected },
      { version: 1, outcome: 'returned', remarks: 'חסר פירוט ההכנסות העצמיות', figures },
    ]);
  });

  it('is accepted, and then takes no other report of its year', async () => {
    const accepted = await ok<ReportJson>(review(id, { decision: 'accept', remarks: 'התקבל' }), 200);
    expect(accepted).toMatchObject({ state: 'accepted', acceptedOn: dayInIsrael(new Date()), versions: [{ version: 2, outcome: 'accepted', remarks: 'התקבל' }, { version: 1, outcome: 'returned' }] });
    expect((await c.get('staff', '/api/v1/notifications')).json().items[0]).toMatchObject({ kind: 'financial_report_reviewed', params: { year: '2023', outcome: 'accepted' } });
    await refused(() => submit(report(2023)), 409, 'FINANCIAL_REPORT_ACCEPTED');
    await refused(() => resubmit(id, { statementsDocumentId: statements, figures }), 409, 'FINANCIAL_REPORT_NOT_RETURNED');
    await refused(() => review(id, { decision: 'return', remarks: 'שוב' }), 409, 'FINANCIAL_REPORT_NOT_PENDING');
  });
});

describe('who reads what', () => {
  const draftReaders: Reader[] = ['ministry', 'finance', 'regulator', 'staff'];
  let pending: ReportJson;

  beforeAll(async () => {
    pending = await ok<ReportJson>(submit(report(2022)), 201);
  });

  it('gives everyone the accepted figures and each year’s state; versions under review and remarks only to the cluster’s staff and the finance readers', async () => {
    for (const r of readers) {
      const view = await clusterView(as(r));
      const reads = draftReaders.includes(r);
      expect({ r, reads: view.readsDrafts }).toEqual({ r, reads });
      const accepted = view.years.find((y) => y.fiscalYear === 2023)!.report!;
      expect(accepted.state, r).toBe('accepted');
      expect(accepted.versions.map((v) => v.version), r).toEqual(reads ? [2, 1] : [2]);
      expect(accepted.versions[0]!.totals.revenue, r).toBe(50_500_000);
      const waiting = view.years.find((y) => y.fiscalYear === 2022)!.report!;
      expect(waiting.state, r).toBe('submitted');
      expect(waiting.versions.length, r).toBe(reads ? 1 : 0);
      expect(view.series.map((s) => [s.fiscalYear, s.accepted]), r).toEqual(reads ? [[2022, false], [2023, true]] : [[2023, true]]);
      if (reads) continue;
      const body = JSON.stringify(view);
      expect(body, r).not.toContain('חסר פירוט');
      expect(body, r).not.toContain('התקבל');
    }
  });

  it('opens a report under review to its readers only, and an accepted one to everyone', async () => {
    expect((await c.get('finance', `/api/v1/financial-reports/${pending.id}`)).statusCode).toBe(200);
    await refused(() => c.get('committee', `/api/v1/financial-reports/${pending.id}`), 403, 'FORBIDDEN');
    await refused(() => c.get('staffOther', `/api/v1/financial-reports/${pending.id}`), 403, 'FORBIDDEN');
    await refused(() => c.get(null, `/api/v1/financial-reports/${pending.id}`), 401, 'UNAUTHENTICATED');
    const accepted = (await yearOf(null, 2023)).report!;
    expect((await ok<ReportJson>(c.get(null, `/api/v1/financial-reports/${accepted.id}`), 200)).versions).toMatchObject([{ version: 2, remarks: '' }]);
  });

  it('lets any signed-in reader download the accepted statements, and only the readers of drafts those under review', async () => {
    const waitingDoc = await uploaded('staff', 'טיוטה.pdf');
    const again = await ok<ReportJson>(submit(report(2021, { statementsDocumentId: waitingDoc })), 201);
    expect(again.state).toBe('submitted');
    for (const who of ['staffOther', 'repOther'] as const) {
      expect((await c.get(who, `/api/v1/documents/${statements}`)).statusCode, who).toBe(200);
      expect((await c.get(who, `/api/v1/documents/${waitingDoc}`)).statusCode, who).toBe(403);
    }
    expect((await c.get('finance', `/api/v1/documents/${waitingDoc}`)).statusCode).toBe(200);
  });
});

describe('the regulator’s Excel', () => {
  it('is a template in Hebrew, right to left, that says how it is filled, with the year filled in when asked', async () => {
    const res = await t.app.inject('/api/v1/financial-reports/template.xlsx?fiscalYear=2020');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await workbookOf(res)).worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ rightToLeft: true });
    expect(String(ws.getCell('A2').value)).toContain('עמודה B');
    const rows = templateRows(ws);
    expect([...rows.keys()]).toEqual(templateLines.map((l) => l.path));
    expect(ws.getCell(`B${rows.get('fiscalYear')}`).value).toBe(2020);
    await refused(() => c.get(null, '/api/v1/financial-reports/template.xlsx?fiscalYear=2000'), 400, 'VALIDATION_FAILED');
  });

  it('round-trips: the filled template becomes a submission with its figures, audited as an import', async () => {
    const { bytes } = await filledTemplate(2020);
    const sent = await ok<ReportJson>(importSheet(bytes), 201);
    expect(sent).toMatchObject({ fiscalYear: 2020, state: 'submitted', versions: [{ version: 1, via: 'import', figures, statements: { id: statements } }] });
    const audit = (await c.get('ministry', `/api/v1/audit?entityType=financial_report&entityId=${sent.id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'financial_report.import', after: { clusterSlug: own, fiscalYear: 2020, version: 1, via: 'import', figures } });
  });

  it('imports nothing from a sheet with a bad cell, naming its row and column', async () => {
    const { bytes, rowOf } = await filledTemplate(2019, { 'figures.revenue.donors': 'אלף', 'figures.expenses.staff': 12.345, 'figures.revenue.ownIncome': null });
    const before = await stored();
    const res = await importSheet(bytes);
    expectProblem(res, 422, 'IMPORT_INVALID_ROWS');
    expect(res.json().issues).toEqual([
      expect.objectContaining({ line: rowOf.get('figures.revenue.donors'), path: 'B', code: 'not_a_number', params: { value: 'אלף', whole: false } }),
      expect.objectContaining({ line: rowOf.get('figures.revenue.ownIncome'), path: 'B', code: 'empty' }),
      expect.objectContaining({ line: rowOf.get('figures.expenses.staff'), path: 'B', code: 'not_whole_agorot' }),
    ]);
    expect(await stored()).toBe(before);
    expect((await yearOf('staff', 2019)).report).toBeNull();
  });

  it('refuses what the form refuses, on the row of the sheet: figures that do not add up, a year not ended', async () => {
    const unbalanced = await filledTemplate(2019, { 'figures.surplus': 59_999 });
    const res = await importSheet(unbalanced.bytes);
    expectProblem(res, 422, 'FINANCIAL_REPORT_UNBALANCED');
    expect(res.json().issues).toEqual([expect.objectContaining({ line: unbalanced.rowOf.get('figures.surplus'), path: 'B', code: 'unbalanced', params: { expected: 60_000 } })]);
    const current = await filledTemplate(thisYear);
    const early = await importSheet(current.bytes);
    expectProblem(early, 422, 'FINANCIAL_REPORT_YEAR_NOT_ENDED');
    expect(early.json().issues[0]).toMatchObject({ line: current.rowOf.get('fiscalYear'), code: 'year_not_ended' });
    await refused(async () => importSheet((await filledTemplate(2023)).bytes), 409, 'FINANCIAL_REPORT_ACCEPTED');
    await refused(async () => importSheet((await filledTemplate(2022)).bytes), 409, 'FINANCIAL_REPORT_PENDING');
  });

  it('refuses a file that is not the template, another cluster’s staff and other roles', async () => {
    const notExcel = await importSheet(Buffer.from('cbs_code,name\n1,x\n'));
    expectProblem(notExcel, 422, 'IMPORT_INVALID_ROWS');
    expect(notExcel.json().issues[0]).toMatchObject({ code: 'xlsx_unreadable' });
    const { ws } = await filledTemplate(2019);
    ws.spliceRows(templateRows(ws).get('figures.revenue.donors')!, 1);
    const missing = await importSheet(Buffer.from(await ws.workbook.xlsx.writeBuffer()));
    expectProblem(missing, 422, 'IMPORT_INVALID_ROWS');
    expect(missing.json().issues).toEqual([expect.objectContaining({ code: 'xlsx_missing_cell', params: { label: 'הכנסות: תורמים וקרנות' } })]);
    const { bytes } = await filledTemplate(2019);
    await refused(() => importSheet(bytes, { who: 'staffOther', doc: otherStatements }), 403, 'FORBIDDEN');
    await refused(() => importSheet(bytes, { who: 'regulator' }), 403, 'FORBIDDEN');
    await refused(() => importSheet(bytes, { type: 'text/csv' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('sends a new version of the year’s returned report', async () => {
    const year2020 = (await yearOf('regulator', 2020)).report!;
    await ok(review(year2020.id, { decision: 'return', remarks: 'חסר דוח רואה חשבון' }), 200);
    const again = await ok<ReportJson>(importSheet((await filledTemplate(2020)).bytes), 201);
    expect(again).toMatchObject({ id: year2020.id, state: 'submitted', versions: [{ version: 2, via: 'import' }, { version: 1, outcome: 'returned' }] });
  });
});

describe('the regulator’s queue', () => {
  it('lists the reports waiting for review, the oldest first with its age, for the finance readers; the review offered to the regulator', async () => {
    const year2022 = (await yearOf('regulator', 2022)).report!;
    await t.database.db.execute(sql`update financial_report_versions set submitted_at = now() - interval '10 days' where report_id = ${year2022.id}`);
    const queue = await ok<{ items: { id: number; fiscalYear: number; ageDays: number; clusterSlug: string; clusterNameHe: string; dueOn: string; actions: string[] }[] }>(c.get('regulator', '/api/v1/financial-reports/queue'), 200);
    expect(queue.items.map((i) => i.fiscalYear)).toEqual([2022, 2021, 2020]);
    expect(queue.items[0]).toMatchObject({ id: year2022.id, clusterSlug: own, ageDays: 10, dueOn: '2023-06-30', actions: ['review'] });
    expect(queue.items[0]!.clusterNameHe).toBeTruthy();
    expect((await ok<{ items: { actions: string[] }[] }>(c.get('ministry', '/api/v1/financial-reports/queue'), 200)).items[0]!.actions).toEqual([]);
    expect((await c.get('finance', '/api/v1/financial-reports/queue')).statusCode).toBe(200);
    for (const who of ['committee', 'measurement', 'staff', 'rep'] as const) await refused(() => c.get(who, '/api/v1/financial-reports/queue'), 403, 'FORBIDDEN');
    await refused(() => c.get(null, '/api/v1/financial-reports/queue'), 401, 'UNAUTHENTICATED');
  });
});

describe('the clusters per resident', () => {
  type Row = { clusterSlug: string; state: string | null; totals: { revenue: number } | null; population: { residents: number | null; year: number | null; unknownMembers: number; sources: unknown[] }; perResident: { revenue: number; expenses: number; accumulatedBalance: number } | null };
  const comparison = (year: number, who = 'finance') => ok<{ clusters: Row[] }>(c.get(who, `/api/v1/financial-reports/comparison?fiscalYear=${year}`), 200);

  it('divides a year’s revenue, expenses and accumulated balance by the cluster’s residents, with the population’s year and source', async () => {
    const people = (await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { population: number | null; populationYear: number | null }[];
    expect(people.every((p) => p.population !== null)).toBe(true);
    const residents = people.reduce((s, p) => s + p.population!, 0);
    const row = (await comparison(2023)).clusters.find((r) => r.clusterSlug === own)!;
    expect(row).toMatchObject({ state: 'accepted', totals: { revenue: 50_500_000 }, population: { residents, year: Math.max(...people.map((p) => p.populationYear!)), unknownMembers: 0 } });
    expect(row.population.sources.length).toBeGreaterThan(0);
    expect(row.perResident).toEqual({ revenue: Math.round(50_500_000 / residents), expenses: Math.round(44_000_000 / residents), accumulatedBalance: Math.round(-1_500_000 / residents) });
    const none = (await comparison(2023)).clusters.find((r) => r.clusterSlug === other)!;
    expect(none).toMatchObject({ state: null, totals: null, perResident: null });
  });

  it('is unknown per resident where a member’s population is unknown', async () => {
    await ok(submit({ fiscalYear: 2023, statementsDocumentId: otherStatements, figures }, 'staffOther', other), 201);
    const member = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
    await t.database.db.execute(sql`update authorities set population = null where id = ${member}`);
    const row = (await comparison(2023)).clusters.find((r) => r.clusterSlug === other)!;
    expect(row).toMatchObject({ state: 'submitted', totals: { revenue: 50_000_000 }, population: { residents: null, unknownMembers: 1 }, perResident: null });
  });

  it('exports to Excel, for the finance readers only', async () => {
    const res = await c.get('ministry', '/api/v1/financial-reports/comparison.xlsx?fiscalYear=2023');
    expect(res.statusCode).toBe(200);
    const ws = (await workbookOf(res)).worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('אשכול');
    const values = ws.getSheetValues().flat().map(String);
    expect(values).toContain('התקבל');
    for (const who of ['committee', 'staff'] as const) await refused(() => c.get(who, '/api/v1/financial-reports/comparison.xlsx?fiscalYear=2023'), 403, 'FORBIDDEN');
    await refused(() => c.get('finance', '/api/v1/financial-reports/comparison?fiscalYear=2011'), 400, 'VALIDATION_FAILED');
  });
});

describe('the ports for other modules', () => {
  const isFinancialReports = (m: Module): m is Module & FinancialReportsModule => 'pendingReview' in m && 'reportsOf' in m;

  it('list what waits for the regulator as the desk takes it, and each cluster’s state of each year', async () => {
    const port = t.services.modules.find(isFinancialReports)!;
    const pending = await port.pendingReview(t.database.db);
    expect(pending.map((p) => p.title)).toEqual(expect.arrayContaining(['דוח כספי 2022', 'דוח כספי 2021', 'דוח כספי 2020']));
    const p2022 = pending.find((p) => p.title === 'דוח כספי 2022')!;
    expect(p2022).toMatchObject({ clusterSlug: own, link: `/financial-reports?review=${p2022.id}` });
    expect(p2022.submittedAt).toBeInstanceOf(Date);
    const states = await port.reportsOf(t.database.db, [own, other], [2023, 2015]);
    expect(states).toEqual([
      { clusterSlug: own, fiscalYear: 2023, state: 'accepted', firstSubmittedOn: dayInIsrael(new Date()), acceptedOn: dayInIsrael(new Date()), dueOn: '2024-06-30' },
      { clusterSlug: own, fiscalYear: 2015, state: 'none', firstSubmittedOn: null, acceptedOn: null, dueOn: '2016-06-30' },
      { clusterSlug: other, fiscalYear: 2023, state: 'submitted', firstSubmittedOn: dayInIsrael(new Date()), acceptedOn: null, dueOn: '2024-06-30' },
      { clusterSlug: other, fiscalYear: 2015, state: 'none', firstSubmittedOn: null, acceptedOn: null, dueOn: '2016-06-30' },
    ]);
  });
});

describe('the audit log', () => {
  it('holds every submission, resubmission, review and import, with the figures and the remarks', async () => {
    const items = (await c.get('ministry', '/api/v1/audit?entityType=financial_report&limit=100')).json().items as { action: string; after: Record<string, unknown> }[];
    expect(new Set(items.map((i) => i.action))).toEqual(new Set(['financial_report.submit', 'financial_report.resubmit', 'financial_report.review', 'financial_report.import']));
    expect(items.find((i) => i.action === 'financial_report.review' && i.after.fiscalYear === 2023 && i.after.state === 'returned')!.after).toMatchObject({ remarks: 'חסר פירוט ההכנסות העצמיות', fiscalYear: 2023, clusterSlug: own });
    expect(items.find((i) => i.action === 'financial_report.submit')!.after).toMatchObject({ figures: expect.any(Object), totals: expect.any(Object), statementsFileName: expect.any(String) });
  });
});
