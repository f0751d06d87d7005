import fs from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { problemSchema } from '@eshkol/contracts/errors';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { financialFigures, financialSheet, xlsxType } from './financial-report-fixtures';
import { allTables, fingerprint } from './fingerprint';
import { operationsOf, requestsFor, seedOf, type FuzzRequest, type Known, type OpenApiDocument, type Operation } from './fuzz-requests';
import { decided, decision, programme, readyService, reportApproved, saveStudy, submitted } from './review-fixtures';
import { createService, makeClient, nationalAccounts, pdfBytes, repAccount, signInAll, siteOrigin, staffAccount, studyInput, type Client } from './service-factories';
import { buildTestApp, type TestApp } from './test-app';

/**
 * Every operation of the OpenAPI document, sent valid and then broken a bounded number of seeded
 * ways (wrong types, figures out of range, control characters, deep nesting, bodies that are not
 * JSON, wrong content types), by nobody and by several roles. No answer is a server error, every
 * refusal is a problem document, and no refused write changes a row.
 */

/** The run's seed; another one (ESHKOL_FUZZ_SEED) makes other requests of the same kinds. */
const seed = Number(process.env.ESHKOL_FUZZ_SEED ?? 20_260_718);
/** Broken requests per operation, each sent by every identity; ESHKOL_FUZZ_CASES asks for more, for a longer search. */
const casesPerOperation = Number(process.env.ESHKOL_FUZZ_CASES ?? 14);

const own = 'negev-maaravi';
/** Every table a request could write, the sessions and read marks included. */
const tables = [...allTables, 'notification_reads', 'sessions'];

const identities = ['anonymous', 'ministry', 'staff', 'rep', 'committee', 'regulator', 'measurement'] as const;
type Identity = (typeof identities)[number];

// The app starts, and its OpenAPI document is read, while the tests are collected: each operation
// of the document is then a test of its own.
const t: TestApp = await buildTestApp();
afterAll(() => t.close());
const operations = operationsOf((await t.app.inject('/api/openapi.json')).json() as OpenApiDocument);

let c: Client;
let cookies: Record<string, string>;
let known: Known;

beforeAll(async () => {
  // The fuzz sends thousands of requests a session: the test server limits none but sign-in's (see send).
  expect(t.config.rateLimit).toBeNull();
  const members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  const all = (await t.app.inject('/api/v1/authorities')).json().items as { id: string; currentCluster: unknown }[];
  const outside = all.find((a) => !a.currentCluster)!.id;
  const accounts: Record<Exclude<Identity, 'anonymous'>, string> = {
    ministry: nationalAccounts.ministry,
    staff: staffAccount(own),
    rep: repAccount(members[0]!),
    committee: nationalAccounts.committee,
    regulator: nationalAccounts.regulator,
    measurement: nationalAccounts.measurement,
  };
  cookies = await signInAll(t, {
    ...accounts,
    rep1: repAccount(members[1]!),
    // Another cluster's staff, whose calendar address the fuzz's own changes to the feed leave alone.
    staffElsewhere: staffAccount('galil-mizrahi'),
    // Sessions of their own for the sign-out route, which ends the session it is sent with.
    ...Object.fromEntries(Object.entries(accounts).map(([who, email]) => [`${who}Leaving`, email])),
  });
  c = makeClient(t, cookies);
  const reps = { [members[0]!]: 'rep', [members[1]!]: 'rep1' };
  const joiners = members.slice(0, 2);

  // A project approved on conditions, with a milestone; a service ready to submit with two study
  // versions; one whose invited authorities have not yet answered; a submission awaiting its
  // decision; a programme allocated to the cluster.
  const programmeId = await programme(c, 'ministry', 10_000_000, { [own]: 5_000_000 });
  const approved = await readyService(c, { staff: 'staff', slug: own, joiners, reps, nameHe: 'שירות מאושר' });
  const approvedSubmission = await submitted(c, 'staff', approved, 500_000);
  const decidedOn = await decided(c, approvedSubmission, decision('approve_with_conditions', { conditions: ['תנאי ראשון לבדיקה', 'תנאי שני לבדיקה'] }));
  const conditionId = (decidedOn.decisions as { conditions: { id: number }[] }[])[0]!.conditions[0]!.id;
  const milestone = await c.post('staff', `/api/v1/services/${approved}/milestones`, { title: 'אבן דרך', plannedOn: '2026-12-31', amount: 100_000, deliverable: 'דו"ח' });
  expect(milestone.statusCode, milestone.body).toBe(201);
  // Its report approved, so that it is paid once done; a second milestone to report on; a third whose report awaits review.
  await reportApproved(c, 'staff', milestone.json().id);
  const unreported = await c.post('staff', `/api/v1/services/${approved}/milestones`, { title: 'אבן דרך שנייה', plannedOn: '2026-12-31', amount: 100_000, deliverable: 'דו"ח' });
  const reviewed = await c.post('staff', `/api/v1/services/${approved}/milestones`, { title: 'אבן דרך שלישית', plannedOn: '2026-12-31', amount: 100_000, deliverable: 'דו"ח' });
  const report = await c.post('staff', `/api/v1/milestones/${reviewed.json().id}/reports`, { narrative: 'התקדמות', spent: 10 });
  expect(report.statusCode, report.body).toBe(201);
  const ready = await readyService(c, { staff: 'staff', slug: own, joiners, reps, nameHe: 'שירות מוכן' });
  await saveStudy(c, 'staff', ready, joiners, 2000);
  const invited = await createService(c, 'staff', own, joiners, { nameHe: 'שירות בהזמנה' });
  const pending = await submitted(c, 'staff', await readyService(c, { staff: 'staff', slug: own, joiners, reps, nameHe: 'שירות ממתין' }), 400_000);
  const document = await c.upload('rep', pdfBytes('fuzz'), { name: 'החלטה.pdf' });
  expect(document.statusCode, document.body).toBe(201);
  const documentId: string = document.json().id;
  const feed = await c.post('staffElsewhere', '/api/v1/compliance/clusters/galil-mizrahi/feed', undefined);
  expect(feed.statusCode, feed.body).toBe(201);
  const feedToken: string = feed.json().token;

  // A body of the cluster (the demo's board), and a seat on it of the fuzz's own.
  const rules = { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false };
  const board = ((await c.get('staff', `/api/v1/governance/bodies?cluster=${own}`)).json().items as { id: number }[])[0]!.id;
  const seat = await c.post('staff', `/api/v1/governance/bodies/${board}/seats`, { title: 'ראש הרשות', role: 'member', authorityId: members[0], from: '2025-11-01' });
  expect(seat.statusCode, seat.body).toBe(201);
  const seatId = (seat.json().seats as { id: number; title: string }[]).at(-1)!.id;

  // Meetings: the fuzz's own forum with one voting member (so one seat present is a quorum), where
  // an item waits for its vote and another is decided; a board meeting to close, two more for a
  // forwarded item to land on, and a closed one with draft minutes.
  const soon = (days: number) => `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date(Date.now() + days * 86_400_000))}T18:00`;
  const ok = async <T,>(res: Promise<{ statusCode: number; body: string; json: () => T }>, status: number) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(status);
    return r.json();
  };
  const forum = await ok<{ id: number }>(c.post('staff', '/api/v1/governance/bodies', { kind: 'heads_forum', clusterSlug: own, nameHe: 'פורום לבדיקה', rules, rulesFrom: '2025-11-01' }), 201);
  const forumSeat = (await ok<{ seats: { id: number }[] }>(c.post('staff', `/api/v1/governance/bodies/${forum.id}/seats`, { title: 'ראש הרשות', role: 'chair', authorityId: members[0], from: '2025-11-01' }), 201)).seats[0]!.id;
  type MeetingJson = { id: number; items: { id: number; decision: { id: number } | null }[]; attendance: { id: number }[] };
  const meeting = await ok<MeetingJson>(c.post('staff', `/api/v1/governance/bodies/${forum.id}/meetings`, { startsAt: soon(20) }), 201);
  await ok(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/attendance`, { seatId: forumSeat }), 201);
  const guest = (await ok<MeetingJson>(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/attendance`, { personName: 'אורח לבדיקה', role: 'observer', authorityId: members[0] }), 201)).attendance.at(-1)!.id;
  await ok(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/items`, { title: 'המלצה לבדיקה', needsDecision: true }), 201);
  const voted = await ok<MeetingJson>(c.post('staff', `/api/v1/governance/meetings/${meeting.id}/items`, { title: 'נושא להצבעה', needsDecision: true }), 201);
  const [decidedItem, votingItem] = voted.items.map((i) => i.id) as [number, number];
  await ok(c.put('staff', `/api/v1/governance/items/${decidedItem}/ballots`, { ballots: [{ authorityId: members[0], vote: 'for' }] }), 200);
  const bodyDecision = (await ok<MeetingJson>(c.post('staff', `/api/v1/governance/items/${decidedItem}/decision`, { text: 'אושר' }), 201)).items[0]!.decision!.id;
  const toClose = await ok<{ id: number }>(c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: soon(30) }), 201);
  await ok(c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: soon(40) }), 201);
  const minuted = await ok<{ id: number }>(c.post('staff', `/api/v1/governance/bodies/${board}/meetings`, { startsAt: soon(10) }), 201);
  await ok(c.post('staff', `/api/v1/governance/meetings/${minuted.id}/close`, {}), 200);
  await ok(c.post('staff', `/api/v1/governance/meetings/${minuted.id}/minutes`, {}), 201);

  // The establishment: a position approved with a person in it, one returned with remarks, one waiting for review.
  const cadet = { kind: 'open_position', positionKind: 'cadet', scopePercent: 50, funding: 'cluster', grossAgorot: 800_000 };
  const staffingRequest = (body: unknown) => ok<{ id: number; positionId: number }>(c.post('staff', `/api/v1/clusters/${own}/staffing/requests`, body), 201);
  const staffingReview = (id: number, body: unknown) => ok(c.post('regulator', `/api/v1/staffing/requests/${id}/review`, body), 200);
  const ceo = await staffingRequest({ kind: 'open_position', positionKind: 'ceo', scopePercent: 100, funding: 'programme', grossAgorot: 3_000_000 });
  await staffingReview(ceo.id, { decision: 'approve' });
  const salary = await staffingRequest({ kind: 'salary', positionId: ceo.positionId, personName: 'דנה לוי', fromDay: '2030-01-01', scopePercent: 100, grossAgorot: 3_000_000 });
  await staffingReview(salary.id, { decision: 'approve' });
  const personId = ((await c.get('staff', `/api/v1/clusters/${own}/staffing`)).json().people as { id: number }[])[0]!.id;
  const returnedRequest = await staffingRequest(cadet);
  await staffingReview(returnedRequest.id, { decision: 'return', remarks: 'חסר תיאור תפקיד' });
  const waitingRequest = await staffingRequest({ ...cadet, positionKind: 'deputy' });

  // Financial reports: one waiting for the regulator's review, one returned with remarks, and the Excel of another year.
  const financialReport = (fiscalYear: number) => ok<{ id: number }>(c.post('staff', `/api/v1/clusters/${own}/financial-reports`, { fiscalYear, statementsDocumentId: documentId, figures: financialFigures }), 201);
  const waitingReport = await financialReport(2012);
  const returnedReport = await financialReport(2018);
  await ok(c.post('regulator', `/api/v1/financial-reports/${returnedReport.id}/review`, { decision: 'return', remarks: 'חסר פירוט' }), 200);
  const sheet = await financialSheet(2014);
  // The standing: a power of the fuzz's own on the list, and a member's delegation in force.
  const fuzzPower = await ok<{ id: number }>(c.post('ministry', '/api/v1/standing/powers', { nameHe: 'סמכות לבדיקה', nameEn: 'A power to fuzz' }), 201);
  const delegation = { authorityId: members[0], powerId: 1, fromDay: '2040-01-01', decision: { decidedOn: '2039-12-01', number: '1/2039' } };
  const delegated = await ok<{ id: number }>(c.post('staff', `/api/v1/clusters/${own}/standing/delegations`, delegation), 201);
  // An indicator with two values waiting for the partner, and a sheet of one more.
  const indicator = { nameHe: 'מדד לבדיקה', unitHe: '%', direction: 'higher-is-better', frequency: 'year', kind: 'coverage', domain: 'environment_waste', owner: 'שותף המדידה', fromPeriod: '2025' };
  const indicatorId = (await ok<{ id: number }>(c.post('measurement', '/api/v1/measurement/indicators', indicator), 201)).id;
  const waiting = (period: string) => ok<{ id: number }>(c.post('staff', `/api/v1/measurement/indicators/${indicatorId}/values`, { authorityId: members[0], period, kind: 'target', value: 5 }), 201);
  const [waitingValue, batchValue] = [await waiting('2094'), await waiting('2095')];
  const valuesBook = new ExcelJS.Workbook();
  valuesBook.addWorksheet('ערכים').addRows([['indicator_id', 'authority_id', 'period', 'value', 'kind'], [indicatorId, members[0], '2096', 5, 'target']]);
  const valuesSheet = Buffer.from(await valuesBook.xlsx.writeBuffer());

  const game = { players: ['a', 'b', 'c'], model: { type: 'power', quantities: { a: 1, b: 2, c: 3 }, fixed: 10, scale: 1, exponent: 0.8 }, methods: ['shapley', 'proportional'] };
  const byPrefix: [RegExp, string][] = [
    [/^\/api\/v1\/authorities\/\{id\}/, members[0]!],
    [/^\/api\/v1\/budget\/programmes\/\{id\}/, String(programmeId)],
    [/^\/api\/v1\/milestones\/\{id\}\/reports/, String(unreported.json().id)],
    [/^\/api\/v1\/milestones\/\{id\}/, String(milestone.json().id)],
    [/^\/api\/v1\/progress-reports\/\{id\}/, String(report.json().id)],
    [/^\/api\/v1\/submissions\/\{id\}\/decisions/, String(pending)],
    [/^\/api\/v1\/submissions\/\{id\}/, String(approvedSubmission)],
    [/^\/api\/v1\/documents\/\{id\}/, documentId],
    // A service still open to changes where a route changes or studies it; the approved project elsewhere.
    [/^\/api\/v1\/services\/\{id\}(\/participants|$)/, String(invited)],
    [/^\/api\/v1\/services\/\{id\}\/(studies|submit|readiness)/, String(ready)],
    [/^\/api\/v1\/governance\/bodies\/\{id\}/, String(board)],
    [/^\/api\/v1\/governance\/seats\/\{id\}/, String(seatId)],
    [/^\/api\/v1\/governance\/meetings\/\{id\}\/close/, String(toClose.id)],
    [/^\/api\/v1\/governance\/meetings\/\{id\}\/minutes/, String(minuted.id)],
    [/^\/api\/v1\/governance\/meetings\/\{id\}/, String(meeting.id)],
    [/^\/api\/v1\/governance\/items\/\{id\}\/forward/, String(decidedItem)],
    [/^\/api\/v1\/governance\/items\/\{id\}/, String(votingItem)],
    [/^\/api\/v1\/governance\/decisions\/\{id\}/, String(bodyDecision)],
    [/^\/api\/v1\/services\/\{id\}/, String(approved)],
    [/^\/api\/v1\/staffing\/requests\/\{id\}\/resubmit/, String(returnedRequest.id)],
    [/^\/api\/v1\/staffing\/requests\/\{id\}/, String(waitingRequest.id)],
    [/^\/api\/v1\/staffing\/people\/\{id\}/, String(personId)],
    [/^\/api\/v1\/financial-reports\/\{id\}\/resubmit/, String(returnedReport.id)],
    [/^\/api\/v1\/financial-reports\/\{id\}/, String(waitingReport.id)],
    [/^\/api\/v1\/standing\/powers\/\{id\}/, String(fuzzPower.id)],
    [/^\/api\/v1\/standing\/delegations\/\{id\}/, String(delegated.id)],
    [/^\/api\/v1\/measurement\/indicators\/\{id\}/, String(indicatorId)],
    [/^\/api\/v1\/measurement\/values\/\{id\}/, String(waitingValue.id)],
    [/^\/api\/v1\/measurement\/services\/\{id\}/, String(approved)],
  ];
  const params: Record<string, string> = {
    slug: own,
    kind: 'authorities',
    version: '1',
    from: '1',
    to: '2',
    conditionId: String(conditionId),
    ids: String(approvedSubmission),
    cluster: own,
    scope: own,
    attendanceId: String(guest),
    token: feedToken,
    dryRun: 'true',
    'x-file-name': encodeURIComponent('החלטת מועצה.pdf'),
    statementsDocumentId: documentId,
    fiscalYear: '2019',
  };
  const properties: Record<string, unknown> = {
    email: nationalAccounts.measurement,
    password: 'demo',
    slug: 'fuzz-cluster',
    clusterSlug: own,
    authorityId: outside,
    invited: [members[2]!],
    invite: [members[2]!],
    documentId,
    joinedOn: '2026-01-01',
    leftOn: '2026-12-31',
    decidedOn: '2025-03-01',
    // A programme of the fuzz's own runs in a year to come, so that the grants of the fixtures still draw on theirs.
    startsOn: '2090-01-01',
    endsOn: '2090-12-31',
    plannedOn: '2026-12-31',
    ids: 'all',
    // A submission of the fixtures goes to the committee without the board's approval.
    boardApprovalRequired: false,
  };
  const csvLines = (file: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8').split('\n').slice(0, 3).join('\n');
  known = {
    param: (op, name) => {
      if (name === 'id') return byPrefix.find(([re]) => re.test(op.path))?.[1];
      // The measurement's spans of periods and its filters take their defaults.
      if (op.path.startsWith('/api/v1/measurement/') && ['from', 'to', 'kind', 'authorityId'].includes(name)) return op.path.includes('{authorityId}') && name === 'authorityId' ? members[0] : undefined;
      // The member who leaves is one that no service of the fixtures counts on.
      if (name === 'authorityId') return op.path.includes('/memberships/') ? members.at(-1) : members[0];
      return params[name];
    },
    property: (name) => properties[name],
    body: (op) => {
      // Where the fields of a body must agree with each other, the valid body is written out.
      if (op.path === '/api/v1/cost-sharing') return game;
      if (op.path === '/api/v1/cost-sharing/export.xlsx') return { input: game };
      if (op.path === '/api/v1/cost-sharing/sensitivity') return { input: game, method: 'shapley', range: 0.1, points: 3 };
      if (op.path === '/api/v1/services/{id}/studies') return studyInput(joiners.map((authorityId) => ({ authorityId, quantity: 1000, currentCost: 400_000 })));
      if (op.path === '/api/v1/submissions/{id}/decisions') return decision('approve');
      if (op.path === '/api/v1/milestones/{id}/reports') return { narrative: 'השלב הושלם', spent: 0 };
      if (op.path === '/api/v1/progress-reports/{id}/review') return { decision: 'return', remarks: 'חסרות ראיות' };
      if (op.path === '/api/v1/governance/bodies' && op.method === 'POST') return { kind: 'board', clusterSlug: own, nameHe: 'גוף לבדיקה', rules, rulesFrom: '2025-11-01' };
      if (op.path === '/api/v1/governance/bodies/{id}' && op.method === 'PATCH') return { nameHe: 'דירקטוריון האשכול' };
      if (op.path === '/api/v1/governance/bodies/{id}/rules') return { validFrom: '2090-01-01', rules, note: '' };
      if (op.path === '/api/v1/governance/bodies/{id}/seats') return { title: 'ראש הרשות', role: 'member', authorityId: members[0], from: '2025-11-01' };
      if (op.path === '/api/v1/governance/seats/{id}/end') return { to: '2090-01-01' };
      if (op.path === '/api/v1/governance/seats/{id}') return { title: 'ראש המועצה' };
      if (op.path === '/api/v1/governance/bodies/{id}/meetings') return { startsAt: soon(50), place: 'בית האשכול' };
      if (op.path === '/api/v1/governance/meetings/{id}' && op.method === 'PATCH') return { place: 'אולם המועצה' };
      if (op.path === '/api/v1/governance/meetings/{id}/items') return { title: 'נושא לבדיקה' };
      if (op.path === '/api/v1/governance/items/{id}' && op.method === 'PATCH') return { presenter: 'מנכ״ל האשכול' };
      if (op.path === '/api/v1/governance/meetings/{id}/answers') return { authorityId: members[0], answer: 'attending' };
      if (op.path === '/api/v1/governance/meetings/{id}/attendance') return { personName: 'אורח נוסף', role: 'observer', authorityId: members[0] };
      if (op.path === '/api/v1/governance/items/{id}/ballots') return { ballots: [{ authorityId: members[0], vote: 'for' }] };
      if (op.path === '/api/v1/governance/items/{id}/decision') return { text: 'הוחלט' };
      if (op.path === '/api/v1/governance/items/{id}/forward') return { toBodyId: board };
      if (op.path === '/api/v1/governance/meetings/{id}/minutes' && op.method === 'PUT') return { text: 'פרוטוקול' };
      if (op.path === '/api/v1/governance/meetings/{id}/minutes/approve') return { by: 'chair' };
      if (op.path === '/api/v1/governance/decisions/{id}') return { status: 'in_progress', note: '' };
      if (op.path === '/api/v1/governance/clusters/{slug}/settings') return { boardApprovalRequired: false };
      if (op.path === '/api/v1/clusters/{slug}/staffing/requests') return cadet;
      if (op.path === '/api/v1/staffing/requests/{id}/resubmit') return cadet;
      if (op.path === '/api/v1/staffing/requests/{id}/review') return { decision: 'return', remarks: 'חסרים פרטים' };
      if (op.path === '/api/v1/staffing/people/{id}/end') return { untilDay: '2090-12-31' };
      if (op.path === '/api/v1/clusters/{slug}/financial-reports') return { fiscalYear: 2013, statementsDocumentId: documentId, figures: financialFigures };
      if (op.path === '/api/v1/financial-reports/{id}/resubmit') return { statementsDocumentId: documentId, figures: financialFigures };
      if (op.path === '/api/v1/financial-reports/{id}/review') return { decision: 'return', remarks: 'חסרים פרטים' };
      if (op.path === '/api/v1/clusters/{slug}/standing/legal-forms') return { form: 'cities_association', fromOn: '2040', source: 'https://example.org/order' };
      if (op.path === '/api/v1/clusters/{slug}/standing/orders') return { kind: 'amendment', title: 'צו לבדיקה', datedOn: '2025' };
      if (op.path === '/api/v1/clusters/{slug}/standing/delegations') return { ...delegation, powerId: 2 };
      if (op.path === '/api/v1/standing/delegations/{id}/end') return { untilDay: '2090-12-31' };
      if (op.path === '/api/v1/standing/powers' && op.method === 'POST') return { nameHe: 'סמכות נוספת לבדיקה', nameEn: 'Another power to fuzz' };
      if (op.path === '/api/v1/standing/powers/{id}' && op.method === 'PATCH') return { nameEn: 'A renamed power to fuzz' };
      if (op.path === '/api/v1/measurement/indicators') return indicator;
      if (op.path === '/api/v1/measurement/indicators/{id}') return { public: true };
      if (op.path === '/api/v1/measurement/indicators/{id}/values') return { authorityId: members[0], period: '2097', kind: 'target', value: 6 };
      if (op.path === '/api/v1/measurement/values/{id}/review') return { decision: 'return', version: 1, remark: 'חסרה אסמכתה' };
      if (op.path === '/api/v1/measurement/values/review') return { decision: 'return', remark: 'חסרה אסמכתה', items: [{ valueId: batchValue.id, version: 1 }] };
      if (op.path === '/api/v1/compliance/rules') return { validFrom: '2032-01-01', rules: { steeringMeetingsPerYear: 1, boardMeetingsPerYear: 4, dueSoonDays: 30 } };
      return undefined;
    },
    raw: (op) => {
      if (op.path === '/api/v1/documents') return { contentType: 'application/pdf', payload: pdfBytes('fuzz upload') };
      if (op.path === '/api/v1/imports/{kind}') return { contentType: 'text/csv', payload: csvLines('authorities.csv') };
      if (op.path === '/api/v1/clusters/{slug}/financial-reports/import') return { contentType: xlsxType, payload: sheet };
      if (op.path === '/api/v1/measurement/import') return { contentType: xlsxType, payload: valuesSheet };
      return undefined;
    },
  };
});

/** What a failure report shows of a request and of its answer. */
function report(r: FuzzRequest, who: Identity, res: LightMyRequestResponse, why: string): string {
  const payload = r.payload === undefined ? '(none)' : Buffer.isBuffer(r.payload) ? `${r.payload.length} bytes ${JSON.stringify(r.payload.subarray(0, 80).toString('latin1'))}` : JSON.stringify(r.payload.slice(0, 200));
  return `${why}: ${r.what}\n  as ${who}: ${r.method} ${r.url.slice(0, 200)}\n  content type: ${r.contentType ?? '(none)'}; body: ${payload}\n  answer: ${res.statusCode} ${res.body.slice(0, 300)}`;
}

let sent = 0;
async function send(op: Operation, r: FuzzRequest, who: Identity): Promise<LightMyRequestResponse> {
  sent += 1;
  const cookie = who === 'anonymous' ? undefined : cookies[op.path === '/api/v1/auth/logout' ? `${who}Leaving` : who];
  // A signed-in browser names the site on every write; a request may name another instead.
  const headers: Record<string, string> = { ...(cookie ? { cookie, origin: siteOrigin } : {}), ...r.headers };
  if (r.contentType) headers['content-type'] = r.contentType;
  // Each request from an address of its own: the sign-in route limits each address to ten a minute.
  const remoteAddress = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
  return t.app.inject({ method: r.method, url: r.url, headers, remoteAddress, ...(r.payload === undefined ? {} : { payload: r.payload }) });
}

/** Why an answer is wrong whatever the request was, or null. */
function wrongAnswer(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return 'a server error';
  if (res.statusCode < 400) return null;
  if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) return 'a refusal that is not a problem document';
  let problem: unknown;
  try {
    problem = JSON.parse(res.body);
  } catch {
    return 'a problem document that is not JSON';
  }
  const parsed = problemSchema.safeParse(problem);
  if (!parsed.success) return `a problem document off its contract (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`;
  if (parsed.data.status !== res.statusCode) return `a problem whose status ${parsed.data.status} is not the answer's`;
  return null;
}

type Sent = { request: FuzzRequest; who: Identity };

/** Sends each refused write of `run` again between two fingerprints, and names those that change data. */
async function oneByOne(op: Operation, run: Sent[], failures: string[], runChanged: boolean) {
  let named = false;
  for (const s of run) {
    const was = await fingerprint(t, tables);
    const res = await send(op, s.request, s.who);
    if (res.statusCode >= 400 && (await fingerprint(t, tables)) !== was) {
      failures.push(report(s.request, s.who, res, 'a refused write that changed data'));
      named = true;
    }
  }
  if (runChanged && !named) failures.push(`${op.method} ${op.path}: data changed during a run of refused writes, and none of them alone changes it:\n${run.map((s) => `  ${s.who}: ${s.request.what}`).join('\n')}`);
}

/**
 * Sends the refused writes of a run again, once a write that went through has hidden what the run
 * did: together between two fingerprints, since most change nothing, and one by one when they
 * changed data. (One sent again that now goes through is not judged.)
 */
async function replay(op: Operation, run: Sent[], failures: string[]) {
  if (run.length === 0) return;
  const was = await fingerprint(t, tables);
  let refused = true;
  for (const s of run) refused = (await send(op, s.request, s.who)).statusCode >= 400 && refused;
  if (refused && (await fingerprint(t, tables)) === was) return;
  await oneByOne(op, run, failures, refused);
}

/**
 * Sends `op`'s requests in order, each by every identity. Refused writes are checked in runs: one
 * fingerprint before the run and one after. A write that goes through ends the run, since it may
 * change data: the run is then sent again (see replay). The writes of a run whose fingerprint
 * changed are sent again one by one, so that the one that changes data when refused is named.
 */
async function fuzz(op: Operation, requests: FuzzRequest[], failures: string[], statuses: number[]) {
  let before = await fingerprint(t, tables);
  let run: Sent[] = [];
  for (const request of requests) {
    for (const who of identities) {
      const res = await send(op, request, who);
      statuses.push(res.statusCode);
      const wrong = wrongAnswer(res);
      if (wrong) failures.push(report(request, who, res, wrong));
      if (request.method === 'GET') continue;
      if (res.statusCode >= 400) {
        run.push({ request, who });
        continue;
      }
      await replay(op, run, failures);
      run = [];
      before = await fingerprint(t, tables);
    }
  }
  if ((await fingerprint(t, tables)) !== before) await oneByOne(op, run, failures, true);
}

describe('a fuzz over every operation of the OpenAPI document: no server error, refusals are problems, refused writes change nothing', () => {
  it.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (_, op) => {
    const failures: string[] = [];
    const statuses: number[] = [];
    await fuzz(op, requestsFor(op, known, seedOf(seed, `${op.method} ${op.path}`), casesPerOperation), failures, statuses);
    expect(failures.length, `${failures.length} failures, the first:\n\n${failures.slice(0, 8).join('\n\n')}`).toBe(0);
    // The valid request, or some broken one, got past the schemas and the access rules to the route itself.
    expect(statuses.filter((s) => s < 400).length, `answers: ${[...new Set(statuses)].sort().join(', ')}`).toBeGreaterThan(0);
  });

  it('leaves the server answering', async () => {
    expect(operations.length).toBeGreaterThan(50);
    expect((await t.app.inject('/api/health')).statusCode).toBe(200);
  });
});
