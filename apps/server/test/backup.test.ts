import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { backupDataDir, BackupRefused, restoreDataDir } from '../src/db/backup';
import { openDatabase } from '../src/db/client';
import { DatabaseInUseError } from '../src/db/data-dir-lock';
import { financialFigures } from './financial-report-fixtures';
import { allTables, fingerprint } from './fingerprint';
import { eshkol, tempFolder } from './embedded-process';
import { decided, decision, programme, readyService, reportApproved, submitted } from './review-fixtures';
import { makeClient, nationalAccounts, pdfBytes, repAccount, signInAll, siteOrigin, staffAccount } from './service-factories';
import { buildTestApp, select, type TestApp } from './test-app';

/**
 * `eshkol backup` and `eshkol restore` on the embedded database: a database holding a record of
 * every kind comes back from its backup identical, table by table and sequence by sequence; the
 * commands refuse while the folder is open, a folder that holds a database unless forced, and a
 * file that is not a backup, changing nothing. These run on PGlite whatever DATABASE_URL says.
 */

const own = 'negev-maaravi';

/** A record of every kind, made through the API: an authority's domains, a service with participants, approvals and documents, a study, a programme, a submission decided with a condition met, a milestone done and paid, their notifications and audit events. */
async function everyKindOfRecord(t: TestApp) {
  const [a, b, d] = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id) as [string, string, string];
  const cookies = await signInAll(t, { ...nationalAccounts, staff: staffAccount(own), repA: repAccount(a), repB: repAccount(b), repD: repAccount(d) });
  const c = makeClient(t, cookies);
  const domains = await t.app.inject({ method: 'PUT', url: `/api/v1/authorities/${a}/domains`, headers: { cookie: cookies.repA!, origin: siteOrigin }, payload: { domains: ['transport', 'welfare'] } });
  expect(domains.statusCode, domains.body).toBe(200);
  await programme(c, 'ministry', 15_000_000, { [own]: 3_000_000 });
  const service = await readyService(c, { staff: 'staff', slug: own, joiners: [a, b], decliners: [d], reps: { [a]: 'repA', [b]: 'repB', [d]: 'repD' } });
  const submission = await submitted(c, 'staff', service, 400_000);
  const conditional = await decided(c, submission, decision('approve_with_conditions', { conditions: ['חתימה על הסכם בין הרשויות'] }));
  const met = await c.post('committee', `/api/v1/submissions/${submission}/conditions/${conditional.decisions[0].conditions[0].id}/met`, undefined);
  expect(met.statusCode, met.body).toBe(200);
  await decided(c, submission, decision('approve'));
  const milestone = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'הפעלת המוקד', plannedOn: '2026-06-30', amount: 150_000, deliverable: 'דו"ח הפעלה' });
  expect(milestone.statusCode, milestone.body).toBe(201);
  expect((await c.post('staff', `/api/v1/milestones/${milestone.json().id}/done`, undefined)).statusCode).toBe(200);
  await reportApproved(c, 'staff', milestone.json().id);
  expect((await c.post('ministry', `/api/v1/milestones/${milestone.json().id}/payment`, undefined)).statusCode).toBe(200);
  await aBoardMeeting(t, c);
  const rules = await c.post('ministry', '/api/v1/compliance/rules', { validFrom: '2026-01-01', rules: { steeringMeetingsPerYear: 1, boardMeetingsPerYear: 4, dueSoonDays: 30 } });
  expect(rules.statusCode, rules.body).toBe(201);
  expect((await c.post('staff', `/api/v1/compliance/clusters/${own}/feed`, undefined)).statusCode).toBe(201);
  // A milestone planned in the past owes its report: its cluster's staff are told.
  const late = await c.post('staff', `/api/v1/services/${service}/milestones`, { title: 'שלב מאוחר', plannedOn: '2021-01-31', amount: 1_000, deliverable: 'דו"ח' });
  expect(late.statusCode, late.body).toBe(201);
  expect(await t.services.compliance.compliance.remindDue()).toBeGreaterThan(0);
  await anEstablishment(c);
  await aFinancialReport(c);
  // The shipped standing holds forms, orders and powers; a member's delegation, by its council's decision, is recorded here.
  const delegation = await c.post('staff', `/api/v1/clusters/${own}/standing/delegations`, { authorityId: a, powerId: 1, fromDay: '2025-11-01', decision: { decidedOn: '2025-10-20', number: '7/2025' } });
  expect(delegation.statusCode, delegation.body).toBe(201);
  await anIndicatorMeasured(t, c, a);
}

/** An indicator with a value entered, returned, entered again and approved, and a value overdue told of: every kind of measurement record. */
async function anIndicatorMeasured(t: TestApp, c: ReturnType<typeof makeClient>, authorityId: string) {
  const indicator = await c.post('measurement', '/api/v1/measurement/indicators', { nameHe: 'שיעור מיחזור', unitHe: '%', direction: 'higher-is-better', frequency: 'year', kind: 'coverage', domain: 'environment_waste', owner: 'שותף המדידה', fromPeriod: '2024', dueDays: 0 });
  expect(indicator.statusCode, indicator.body).toBe(201);
  const enter = async (value: number) => {
    const res = await c.post('staff', `/api/v1/measurement/indicators/${indicator.json().id}/values`, { authorityId, period: '2026', value });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; latest: { version: number } };
  };
  const first = await enter(40);
  expect((await c.post('measurement', `/api/v1/measurement/values/${first.id}/review`, { decision: 'return', version: 1, remark: 'חסרה אסמכתה' })).statusCode).toBe(200);
  await enter(42);
  expect((await c.post('measurement', `/api/v1/measurement/values/${first.id}/review`, { decision: 'approve', version: 2 })).statusCode).toBe(200);
  expect(await t.services.measurement.due.remindOverdue()).toBeGreaterThan(0);
}

/** A position opened after a returned version, with a person's salary approved in it: every kind of staffing record. */
async function anEstablishment(c: ReturnType<typeof makeClient>) {
  const ask = async (body: unknown) => {
    const res = await c.post('staff', `/api/v1/clusters/${own}/staffing/requests`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; positionId: number };
  };
  const decide = async (id: number, body: unknown) => expect((await c.post('regulator', `/api/v1/staffing/requests/${id}/review`, body)).statusCode).toBe(200);
  const ceo = { kind: 'open_position', positionKind: 'ceo', scopePercent: 100, funding: 'programme', grossAgorot: 3_000_000 };
  const opened = await ask(ceo);
  await decide(opened.id, { decision: 'return', remarks: 'חסר תיאור תפקיד' });
  expect((await c.post('staff', `/api/v1/staffing/requests/${opened.id}/resubmit`, ceo)).statusCode).toBe(200);
  await decide(opened.id, { decision: 'approve', approvedOn: '2025-01-01' });
  const salary = await ask({ kind: 'salary', positionId: opened.positionId, personName: 'דנה לוי', fromDay: '2025-02-01', scopePercent: 100, grossAgorot: 2_900_000 });
  await decide(salary.id, { decision: 'approve' });
}

/** A year's financial report returned with remarks, sent again and accepted: every kind of its records. */
async function aFinancialReport(c: ReturnType<typeof makeClient>) {
  const doc = await c.upload('staff', pdfBytes('statements'), { name: 'דוחות מבוקרים.pdf' });
  expect(doc.statusCode, doc.body).toBe(201);
  const body = { statementsDocumentId: doc.json().id, figures: financialFigures };
  const sent = await c.post('staff', `/api/v1/clusters/${own}/financial-reports`, { ...body, fiscalYear: 2024 });
  expect(sent.statusCode, sent.body).toBe(201);
  const review = (decision: unknown) => c.post('regulator', `/api/v1/financial-reports/${sent.json().id}/review`, decision);
  expect((await review({ decision: 'return', remarks: 'חסר דוח רואה חשבון' })).statusCode).toBe(200);
  expect((await c.post('staff', `/api/v1/financial-reports/${sent.json().id}/resubmit`, body)).statusCode).toBe(200);
  expect((await review({ decision: 'accept' })).statusCode).toBe(200);
}

/** A meeting of the cluster's board with every kind of its records: a mailed invitation, an answer, attendance, a vote, a decision, minutes, and the cluster's setting. */
async function aBoardMeeting(t: TestApp, c: ReturnType<typeof makeClient>) {
  const ok = async (res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status: number) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    return r.json() as { id: number; seats: { id: number; authorityId: string | null }[]; items: { id: number }[] };
  };
  const members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  const board = ((await c.get('staff', `/api/v1/governance/bodies?cluster=${own}`)).json().items as { id: number }[])[0]!.id;
  const body = await ok(c.post('staff', `/api/v1/governance/bodies/${board}/seats`, { title: 'יועץ/ת משפטי/ת', email: 'legal@example.org', role: 'observer', organisation: 'הלשכה המשפטית', from: '2024-01-01' }), 201);
  const startsAt = `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date(Date.now() + 20 * 86_400_000))}T18:00`;
  const meeting = await ok(c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt }), 201);
  await ok(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/answers`, { authorityId: members[0], answer: 'attending' }), 200);
  const item = (await ok(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/items`, { title: 'אישור התקציב', needsDecision: true }), 201)).items[0]!.id;
  for (const a of members) await ok(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/attendance`, { seatId: body.seats.find((s) => s.authorityId === a)!.id }), 201);
  await ok(c.put('staff', `/api/v1/governance/items/${item}/ballots`, { ballots: members.map((authorityId) => ({ authorityId, vote: 'for' })) }), 200);
  await ok(c.post('staff', `/api/v1/governance/items/${item}/decision`, { text: 'התקציב אושר' }), 201);
  await ok(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/close`, {}), 200);
  await ok(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/minutes`, {}), 201);
  await ok(c.put('staff', `/api/v1/governance/clusters/${own}/settings`, { boardApprovalRequired: false }), 200);
}

/** Every table of the database (Eshkol's, the sessions', the migrations') and where each sequence stands. */
async function wholeFingerprint(t: Pick<TestApp, 'database'>) {
  const tables = await select<{ name: string }>(t, sql`select schemaname || '.' || tablename as name from pg_tables where schemaname in ('public', 'drizzle') order by 1`);
  const sequences = await select<{ name: string; last: number | null }>(t, sql`select sequencename as name, last_value as last from pg_sequences order by 1`);
  return { tables: await fingerprint(t, tables.map((x) => x.name.replace(/^public\./, ''))), sequences };
}

/** The fingerprint of the database in `folder`, opened as it is. */
async function fingerprintOf(folder: string) {
  const database = await openDatabase({ kind: 'pglite', dataDir: folder });
  try {
    return await wholeFingerprint({ database });
  } finally {
    await database.close();
  }
}

describe('backup and restore of the embedded database', () => {
  it('brings a database with a record of every kind back identical, into a new folder and over the old one', async () => {
    const folder = tempFolder();
    const t = await buildTestApp({}, { folder });
    let before: Awaited<ReturnType<typeof wholeFingerprint>>;
    try {
      await everyKindOfRecord(t);
      const kinds = await fingerprint(t, allTables);
      expect(kinds.split(' ').filter((x) => x.split(':')[1] === '0'), 'every kind of record is there').toEqual([]);
      before = await wholeFingerprint(t);
      expect(before.tables).toContain('drizzle.__drizzle_migrations');
      await expect(backupDataDir(folder, path.join(folder, '..', 'refused.tar')), 'no backup while the server runs').rejects.toThrow(DatabaseInUseError);
    } finally {
      await t.close();
    }

    const file = path.join(folder, '..', 'eshkol.tar');
    const backedUp = await eshkol(folder, ['backup', file]);
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect(backedUp.stdout).toMatch(/^backed up .* \([\d.]+ MiB\)\n$/);

    const elsewhere = path.join(folder, '..', 'restored');
    const restored = await eshkol(elsewhere, ['restore', file]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(await fingerprintOf(elsewhere)).toEqual(before);

    const over = await eshkol(folder, ['restore', file]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`${folder} holds a database already. Restoring over it needs --force`);
    const forced = await eshkol(folder, ['restore', '--force', file]);
    expect(forced.code, forced.stderr).toBe(0);
    const keptAt = /kept at (\S+);/.exec(forced.stdout)?.[1];
    expect(keptAt && fs.existsSync(path.join(keptAt, 'PG_VERSION')), forced.stdout).toBe(true);
    expect(await fingerprintOf(folder)).toEqual(before);
  });

  it('refuses while the folder is open, a file that is not a backup, and a folder that holds no database, changing nothing', async () => {
    const folder = tempFolder();
    const file = path.join(folder, '..', 'eshkol.tar');
    const empty = path.join(folder, '..', 'empty');
    await expect(backupDataDir(empty, file)).rejects.toThrow(new BackupRefused(`${empty} holds no database to back up`));

    const database = await openDatabase({ kind: 'pglite', dataDir: folder });
    await database.db.execute(sql`create table kept (n int)`);
    await expect(backupDataDir(folder, file)).rejects.toThrow(DatabaseInUseError);
    await expect(restoreDataDir(folder, import.meta.filename, { force: true })).rejects.toThrow(DatabaseInUseError);
    await database.close();

    const before = await fingerprintOf(folder);
    const notTar = path.join(folder, '..', 'notes.txt');
    fs.writeFileSync(notTar, 'not a backup');
    await expect(restoreDataDir(folder, notTar, { force: true })).rejects.toThrow(`${notTar} is not a backup of an embedded database: no tar header at byte 0`);
    await expect(restoreDataDir(folder, path.join(folder, '..', 'missing.tar'))).rejects.toThrow('No such file');
    expect(await fingerprintOf(folder)).toEqual(before);
    expect(fs.readdirSync(path.dirname(folder)).sort()).toEqual(['data', 'notes.txt']);
  });

  it('names the tools of PostgreSQL when DATABASE_URL is set', async () => {
    const onPostgres = { DATABASE_URL: 'postgres://eshkol@127.0.0.1:9/eshkol' };
    const backup = await eshkol(tempFolder(), ['backup', 'eshkol.dump'], onPostgres);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('pg_dump -Fc');
    const restore = await eshkol(tempFolder(), ['restore', 'eshkol.dump'], onPostgres);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain('pg_restore');
  });
});
