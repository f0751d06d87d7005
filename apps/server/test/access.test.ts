import ExcelJS from 'exceljs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { financialFigures, financialSheet, xlsxType } from './financial-report-fixtures';
import { allTables, expectProblem, fingerprint as fingerprintOf } from './fingerprint';
import { nationalAccounts, repAccount, siteOrigin, staffAccount } from './service-factories';
import { auditCount, buildTestApp, type TestApp } from './test-app';

/**
 * Who may change what: every write route of the API against every role and scope.
 * The list of write routes is read from the running app, so a new route fails this file until
 * the table below says who may call it.
 */

const actors = ['anonymous', 'ministry', 'finance', 'committee', 'regulator', 'measurement', 'staff-own', 'staff-other', 'rep-own', 'rep-other'] as const;
type Who = (typeof actors)[number];

/** The two clusters the table works in: "own" is the one a route targets, "other" a different one. */
const ownCluster = 'negev-maaravi';
const otherCluster = 'galil-mizrahi';

let t: TestApp;
const cookies = new Map<Who, string>();
let ownAuthority: string;
let otherAuthority: string;
let freeAuthority: string;
let leavingAuthority: string;
let serviceId: number;
let ownDocumentId: string;
let programmeId: number;
let submissionId: number;
let conditionIds: number[] = [];
let conditionsMet = 0;
let milestoneId: number;
let progressReportId: number;
let bodyId: number;
let seatId: number;
let memberSeatId: number;
let boardId: number;
let meetingId: number;
let itemId: number;
let attendanceId: number;
let decisionId: number;
let staffingRequestId: number;
let returnedStaffingRequestId: number;
let staffingPositionId: number;
let staffingPersonId: number;
let financialReportId: number;
let returnedFinancialReportId: number;
let financialSheet2016: Buffer;
/** Each allowed call of a standing write records a record of its own: a later year for each. */
let standingYear = 2030;
let powerId: number;
const delegationsToEnd: number[] = [];
/** Each delegation is of another power of the shipped list, so that none overlaps another. */
let delegatedPower = 1;
let indicatorId: number;
let valueId: number;
/** Each value entered or imported is a target of a year of its own, so that every allowed call stores a new one. */
let targetYear = 2030;
let valueSheets: Buffer[] = [];
/** A meeting's time a month from now, on Israel's wall clock. */
const nextMonth = () => `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem' }).format(new Date(Date.now() + 30 * 86_400_000))}T18:00`;
const simpleRules = { quorum: { of: 'members', fraction: [1, 2], strict: true }, majority: { of: 'cast', fraction: [1, 2], strict: true }, weights: 'equal', chairBreaksTie: false };

/** Signs in from its own address, so that signing in many accounts stays under the login rate limit. */
let signIns = 0;
async function signInAs(email: string) {
  signIns += 1;
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'demo' }, remoteAddress: `10.20.0.${signIns}` });
  expect(res.statusCode, `sign-in of ${email}`).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'eshkol_session');
  return `eshkol_session=${cookie!.value}`;
}

async function call(who: Who, req: { method: InjectOptions['method']; url: string; payload?: unknown; contentType?: string; headers?: Record<string, string> }) {
  const headers: Record<string, string> = { ...req.headers };
  const cookie = cookies.get(who);
  // A signed-in reader's browser names the site on every write, unless the case names another origin.
  if (cookie) Object.assign(headers, { cookie, origin: req.headers?.origin ?? siteOrigin });
  if (req.contentType) headers['content-type'] = req.contentType;
  return t.app.inject({ method: req.method, url: req.url, payload: req.payload as InjectOptions['payload'], headers });
}

/** A hash of every business table: equal fingerprints mean nothing changed. */
const fingerprint = () => fingerprintOf(t, allTables);

/** Expected statuses: anonymous 401, the allowed actors `status`, everyone else 403. */
function onlyAllowed(allowed: Who | Who[], status: number): Record<Who, number> {
  const ok = new Set(Array.isArray(allowed) ? allowed : [allowed]);
  return Object.fromEntries(actors.map((w) => [w, w === 'anonymous' ? 401 : ok.has(w) ? status : 403])) as Record<Who, number>;
}

type WriteCase = {
  /** The route as the OpenAPI document names it. */
  route: string;
  name: string;
  request: () => { method: InjectOptions['method']; url: string; payload?: unknown; contentType?: string };
  expect: Record<Who, number>;
  /**
   * Checks that the allowed call did what it says; each allowed actor's call is made in turn and
   * writes an audit event. Without it the route only computes: every allowed call must leave the data as it was.
   */
  effect?: (res: LightMyRequestResponse, who: Who) => Promise<void> | void;
  /** The cases whose allowed call makes what this one acts on, made first (as the actor named, or the first allowed). */
  needs?: (string | [string, Who])[];
  /** The code a refused actor gets where it is not FORBIDDEN (a sheet whose every line is outside the reader's scope). */
  refusedWith?: Partial<Record<Who, string>>;
};

const csvNewAuthority = 'cbs_code,name_he,type\n9901,רשות לבדיקת הרשאות,מועצה מקומית\n';
/** The cluster file names an authority of its own, imported first, so that either import may come first. */
const csvClusterAuthority = 'cbs_code,name_he,type\n9902,רשות לבדיקת שיוך,מועצה מקומית\n';
const csvNewCluster = 'cluster_slug,cluster_name_he,cbs_code,authority_type,authority_name_he,source,as_of\naccess-imported,אשכול מיובא,9902,מועצה מקומית,רשות לבדיקת שיוך,access test,2026-02\n';

/** A sheet of values with one line, as the template names its columns. */
async function valueSheet(line: (string | number)[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ערכים');
  ws.addRow(['indicator_id', 'authority_id', 'period', 'value', 'kind']);
  ws.addRow(line);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A small joint-cost game; computing its shares changes no data. */
const costSharingGame = {
  players: ['A', 'B'],
  model: { type: 'power', quantities: { A: 10, B: 20 }, fixed: 100, scale: 5, exponent: 0.8 },
  methods: ['equal', 'shapley'],
};

/** A council approval's document, the smallest PDF. */
const approvalPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/** Each case first makes what it acts on (`needs`), through the allowed calls of the cases that make it. */
const writeCases: WriteCase[] = [
  {
    route: 'POST /api/v1/clusters',
    name: 'create a cluster',
    request: () => ({ method: 'POST', url: '/api/v1/clusters', payload: { slug: 'access-new', nameHe: 'אשכול חדש לבדיקה' } }),
    expect: onlyAllowed('ministry', 201),
    effect: async () => expect((await t.app.inject('/api/v1/clusters/access-new')).statusCode).toBe(200),
  },
  {
    route: 'PATCH /api/v1/clusters/{slug}',
    name: 'rename a cluster',
    request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${ownCluster}`, payload: { nameEn: 'Western Negev (renamed)' } }),
    expect: onlyAllowed('ministry', 200),
    effect: async () => expect((await t.app.inject(`/api/v1/clusters/${ownCluster}`)).json().nameEn).toBe('Western Negev (renamed)'),
  },
  {
    route: 'POST /api/v1/clusters/{slug}/memberships',
    name: 'add a member',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/memberships`, payload: { authorityId: freeAuthority, joinedOn: '2026-01-01' } }),
    expect: onlyAllowed('ministry', 201),
    effect: async () => expect((await t.app.inject(`/api/v1/authorities/${freeAuthority}`)).json().currentCluster.slug).toBe(ownCluster),
  },
  {
    route: 'PATCH /api/v1/clusters/{slug}/memberships/{authorityId}',
    name: 'end a membership',
    request: () => ({ method: 'PATCH', url: `/api/v1/clusters/${ownCluster}/memberships/${leavingAuthority}`, payload: { leftOn: '2026-06-30' } }),
    expect: onlyAllowed('ministry', 200),
    effect: async () => expect((await t.app.inject(`/api/v1/authorities/${leavingAuthority}`)).json().currentCluster).toBeNull(),
    needs: ['add the member that leaves'],
  },
  {
    route: 'PUT /api/v1/authorities/{id}/domains',
    name: "set an authority's domains",
    request: () => ({ method: 'PUT', url: `/api/v1/authorities/${ownAuthority}/domains`, payload: { domains: ['transport', 'welfare'] } }),
    expect: onlyAllowed('rep-own', 200),
    effect: (res) => expect(res.json().domains).toEqual(['transport', 'welfare']),
  },
  {
    route: 'POST /api/v1/imports/{kind}',
    name: 'import an authorities file',
    request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: csvNewAuthority, contentType: 'text/csv' }),
    expect: onlyAllowed('ministry', 200),
    effect: async (res) => {
      expect(res.json()).toMatchObject({ kind: 'authorities', created: 1 });
      expect((await t.app.inject('/api/v1/authorities/loc-9901')).statusCode).toBe(200);
    },
  },
  {
    route: 'POST /api/v1/imports/{kind}',
    name: 'import a cluster membership file',
    request: () => ({ method: 'POST', url: '/api/v1/imports/clusters', payload: csvNewCluster, contentType: 'text/csv' }),
    expect: onlyAllowed('ministry', 200),
    effect: async () => expect((await t.app.inject('/api/v1/authorities/loc-9902')).json().currentCluster.slug).toBe('access-imported'),
    needs: ['import the authority the cluster file names'],
  },
  {
    route: 'POST /api/v1/cost-sharing',
    name: 'compute cost shares',
    request: () => ({ method: 'POST', url: '/api/v1/cost-sharing', payload: costSharingGame }),
    expect: onlyAllowed(['ministry', 'finance', 'committee', 'staff-own', 'staff-other'], 200),
  },
  {
    route: 'POST /api/v1/cost-sharing/export.xlsx',
    name: 'export cost shares to Excel',
    request: () => ({ method: 'POST', url: '/api/v1/cost-sharing/export.xlsx', payload: { input: costSharingGame } }),
    expect: onlyAllowed(['ministry', 'finance', 'committee', 'staff-own', 'staff-other'], 200),
  },
  {
    route: 'POST /api/v1/cost-sharing/sensitivity',
    name: 'analyse how cost shares move',
    request: () => ({ method: 'POST', url: '/api/v1/cost-sharing/sensitivity', payload: { input: costSharingGame, method: 'shapley', range: 0.1, points: 3 } }),
    expect: onlyAllowed(['ministry', 'finance', 'committee', 'staff-own', 'staff-other'], 200),
  },
  {
    route: 'POST /api/v1/clusters/{slug}/services',
    name: 'create a shared service',
    request: () => ({
      method: 'POST',
      url: `/api/v1/clusters/${ownCluster}/services`,
      payload: { nameHe: 'שירות לבדיקת הרשאות', domain: 'transport', kind: 'core', invited: [ownAuthority] },
    }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      serviceId = res.json().id;
      expect(res.json().participants).toMatchObject([{ authorityId: ownAuthority, status: 'invited' }]);
    },
  },
  {
    route: 'PATCH /api/v1/services/{id}',
    name: 'edit a shared service',
    request: () => ({ method: 'PATCH', url: `/api/v1/services/${serviceId}`, payload: { description: 'תיאור מעודכן' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().description).toBe('תיאור מעודכן'),
    needs: ['create a shared service'],
  },
  {
    route: 'POST /api/v1/documents',
    name: 'upload an approval document',
    request: () => ({ method: 'POST', url: '/api/v1/documents', payload: approvalPdf, contentType: 'application/pdf' }),
    expect: onlyAllowed(['ministry', 'regulator', 'staff-own', 'staff-other', 'rep-own', 'rep-other'], 201),
    effect: (res, who) => {
      expect(res.json()).toMatchObject({ contentType: 'application/pdf', sizeBytes: approvalPdf.length });
      if (who === 'rep-own') ownDocumentId = res.json().id;
    },
  },
  {
    route: 'POST /api/v1/services/{id}/participants/{authorityId}/decision',
    name: "answer for one's own authority",
    request: () => ({
      method: 'POST',
      url: `/api/v1/services/${serviceId}/participants/${ownAuthority}/decision`,
      payload: { decision: 'join', body: 'council', decidedOn: '2025-01-01', resolutionNumber: '1/2025', documentId: ownDocumentId },
    }),
    expect: onlyAllowed('rep-own', 200),
    effect: (res) => expect(res.json().participants).toMatchObject([{ authorityId: ownAuthority, status: 'joined', since: '2025-01-01' }]),
    needs: ['create a shared service', ['upload an approval document', 'rep-own']],
  },
  {
    route: 'POST /api/v1/services/{id}/studies',
    name: 'save a feasibility study',
    request: () => ({
      method: 'POST',
      url: `/api/v1/services/${serviceId}/studies`,
      payload: {
        baseline: [{ authorityId: ownAuthority, quantity: 100, currentCost: 50_000 }],
        model: { type: 'power', quantities: {}, fixed: 10_000, scale: 300, exponent: 0.9 },
        methods: ['proportional'],
        proposedMethod: 'proportional',
      },
    }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => expect(res.json()).toMatchObject({ serviceId, version: 1, result: { players: [ownAuthority] } }),
    needs: ["answer for one's own authority"],
  },
  {
    route: 'POST /api/v1/budget/programmes',
    name: 'set up an incentive programme',
    request: () => ({ method: 'POST', url: '/api/v1/budget/programmes', payload: { nameHe: 'תוכנית לבדיקת הרשאות', total: 1_000_000, startsOn: '2020-01-01', endsOn: '2099-12-31' } }),
    expect: onlyAllowed('ministry', 201),
    effect: (res) => {
      programmeId = res.json().id;
      expect(res.json()).toMatchObject({ total: 100_000_000, unallocated: 100_000_000 });
    },
  },
  {
    route: 'POST /api/v1/budget/programmes/{id}/allocations',
    name: 'allocate the programme to a cluster',
    request: () => ({ method: 'POST', url: `/api/v1/budget/programmes/${programmeId}/allocations`, payload: { clusterSlug: ownCluster, amount: 500_000 } }),
    expect: onlyAllowed('ministry', 201),
    effect: (res) => expect(res.json().clusters).toMatchObject([{ clusterSlug: ownCluster, allocated: 50_000_000, available: 50_000_000 }]),
    needs: ['set up an incentive programme'],
  },
  {
    route: 'POST /api/v1/budget/programmes/{id}/withdrawals',
    name: 'take back part of an allocation',
    request: () => ({ method: 'POST', url: `/api/v1/budget/programmes/${programmeId}/withdrawals`, payload: { clusterSlug: ownCluster, amount: 100_000, note: 'הוקצה בטעות' } }),
    expect: onlyAllowed('ministry', 201),
    effect: (res) => expect(res.json().clusters).toMatchObject([{ clusterSlug: ownCluster, allocated: 40_000_000, available: 40_000_000 }]),
    needs: ['allocate the programme to a cluster'],
  },
  {
    route: 'POST /api/v1/governance/bodies',
    name: "create a body of one's own cluster",
    request: () => ({
      method: 'POST',
      url: '/api/v1/governance/bodies',
      payload: { kind: 'heads_forum', clusterSlug: ownCluster, nameHe: 'פורום ראשי הרשויות לבדיקת הרשאות', rules: simpleRules, rulesFrom: '2026-01-01' },
    }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      bodyId = res.json().id;
      expect(res.json()).toMatchObject({ kind: 'heads_forum', seats: [] });
    },
  },
  {
    route: 'PATCH /api/v1/governance/bodies/{id}',
    name: 'rename a body',
    request: () => ({ method: 'PATCH', url: `/api/v1/governance/bodies/${bodyId}`, payload: { nameEn: 'Heads forum (access test)' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toMatchObject({ nameEn: 'Heads forum (access test)' }),
    needs: ["create a body of one's own cluster"],
  },
  {
    route: 'POST /api/v1/governance/bodies/{id}/rules',
    name: "change a body's rules",
    request: () => ({ method: 'POST', url: `/api/v1/governance/bodies/${bodyId}/rules`, payload: { validFrom: '2026-06-01', rules: { ...simpleRules, chairBreaksTie: true } } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => expect(res.json().rulesHistory).toHaveLength(2),
    needs: ["create a body of one's own cluster"],
  },
  {
    route: 'POST /api/v1/governance/bodies/{id}/seats',
    name: 'seat a member authority',
    request: () => ({ method: 'POST', url: `/api/v1/governance/bodies/${bodyId}/seats`, payload: { title: 'ראש הרשות', role: 'member', authorityId: ownAuthority, from: '2026-01-01' } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      seatId = (res.json().seats as { id: number; authorityId: string }[]).find((x) => x.authorityId === ownAuthority)!.id;
    },
    needs: ["create a body of one's own cluster"],
  },
  {
    route: 'POST /api/v1/governance/seats/{id}/end',
    name: 'end a seat',
    request: () => ({ method: 'POST', url: `/api/v1/governance/seats/${seatId}/end`, payload: { to: '2026-11-30' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toHaveProperty('id', bodyId),
    needs: ['seat a member authority'],
  },
  {
    route: 'PATCH /api/v1/governance/seats/{id}',
    name: 'correct a seat',
    request: () => ({ method: 'PATCH', url: `/api/v1/governance/seats/${seatId}`, payload: { title: 'ראש המועצה' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toHaveProperty('id', bodyId),
    needs: ['seat a member authority'],
  },
  {
    route: 'POST /api/v1/governance/bodies/{id}/meetings',
    name: 'schedule a meeting',
    request: () => ({ method: 'POST', url: `/api/v1/governance/bodies/${bodyId}/meetings`, payload: { startsAt: nextMonth(), place: 'בית האשכול' } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      meetingId = res.json().id;
      expect(res.json().members).toEqual([expect.objectContaining({ authorityId: ownAuthority })]);
    },
    needs: ['seat a member for meetings'],
  },
  {
    route: 'PATCH /api/v1/governance/meetings/{id}',
    name: 'move a meeting',
    request: () => ({ method: 'PATCH', url: `/api/v1/governance/meetings/${meetingId}`, payload: { place: 'אולם המועצה' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toMatchObject({ place: 'אולם המועצה' }),
    needs: ['schedule a meeting'],
  },
  {
    route: 'POST /api/v1/governance/meetings/{id}/answers',
    name: 'answer an invitation for an authority',
    request: () => ({ method: 'POST', url: `/api/v1/governance/meetings/${meetingId}/answers`, payload: { authorityId: ownAuthority, answer: 'attending' } }),
    expect: onlyAllowed(['staff-own', 'rep-own'], 200),
    effect: (res) => expect(res.json().invitations).toContainEqual(expect.objectContaining({ answer: 'attending' })),
    needs: ['schedule a meeting'],
  },
  {
    route: 'POST /api/v1/governance/meetings/{id}/attendance',
    name: 'record attendance',
    request: () => ({ method: 'POST', url: `/api/v1/governance/meetings/${meetingId}/attendance`, payload: { seatId: memberSeatId } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      attendanceId = res.json().attendance[0].id;
      expect(res.json().quorum).toMatchObject({ met: true, present: 1 });
    },
    needs: ['schedule a meeting'],
  },
  {
    route: 'DELETE /api/v1/governance/meetings/{id}/attendance/{attendanceId}',
    name: 'remove an attendance',
    request: () => ({ method: 'DELETE', url: `/api/v1/governance/meetings/${meetingId}/attendance/${attendanceId}` }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().attendance).toEqual([]),
    needs: ['record attendance'],
  },
  {
    route: 'POST /api/v1/governance/meetings/{id}/items',
    name: 'add an agenda item',
    request: () => ({ method: 'POST', url: `/api/v1/governance/meetings/${meetingId}/items`, payload: { title: 'מכרז משותף לבדיקת הרשאות', needsDecision: true } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      itemId = res.json().items.at(-1).id;
    },
    needs: ['record attendance'],
  },
  {
    route: 'PATCH /api/v1/governance/items/{id}',
    name: 'edit an agenda item',
    request: () => ({ method: 'PATCH', url: `/api/v1/governance/items/${itemId}`, payload: { presenter: 'מנכ״ל האשכול' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().items.at(-1)).toMatchObject({ presenter: 'מנכ״ל האשכול' }),
    needs: ['add an agenda item'],
  },
  {
    route: 'PUT /api/v1/governance/items/{id}/ballots',
    name: "record the authorities' votes",
    request: () => ({ method: 'PUT', url: `/api/v1/governance/items/${itemId}/ballots`, payload: { ballots: [{ authorityId: ownAuthority, vote: 'for' }] } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().items.at(-1).tally).toMatchObject({ outcome: 'passed' }),
    needs: ['add an agenda item'],
  },
  {
    route: 'POST /api/v1/governance/items/{id}/decision',
    name: 'decide an item',
    request: () => ({ method: 'POST', url: `/api/v1/governance/items/${itemId}/decision`, payload: { text: 'אושר', owner: 'מנכ״ל האשכול' } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      decisionId = res.json().items.at(-1).decision.id;
    },
    needs: ["record the authorities' votes"],
  },
  {
    route: 'POST /api/v1/governance/items/{id}/forward',
    name: 'forward a decided item',
    request: () => ({ method: 'POST', url: `/api/v1/governance/items/${itemId}/forward`, payload: { toBodyId: boardId } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => expect(res.json().items.at(-1).forwardedTo.length).toBeGreaterThan(0),
    needs: ['decide an item', 'schedule a board meeting'],
  },
  {
    route: 'PATCH /api/v1/governance/decisions/{id}',
    name: "follow a decision's execution",
    request: () => ({ method: 'PATCH', url: `/api/v1/governance/decisions/${decisionId}`, payload: { status: 'in_progress' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toMatchObject({ status: 'in_progress' }),
    needs: ['decide an item'],
  },
  {
    route: 'POST /api/v1/governance/meetings/{id}/close',
    name: 'close a meeting',
    request: () => ({ method: 'POST', url: `/api/v1/governance/meetings/${meetingId}/close` }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toMatchObject({ status: 'closed' }),
    needs: ['schedule a meeting'],
  },
  {
    route: 'POST /api/v1/governance/meetings/{id}/minutes',
    name: 'write the minutes',
    request: () => ({ method: 'POST', url: `/api/v1/governance/meetings/${meetingId}/minutes` }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => expect(res.json().minutes).toMatchObject({ status: 'draft' }),
    needs: ['close a meeting'],
  },
  {
    route: 'PUT /api/v1/governance/meetings/{id}/minutes',
    name: 'edit the minutes',
    request: () => ({ method: 'PUT', url: `/api/v1/governance/meetings/${meetingId}/minutes`, payload: { text: 'פרוטוקול לבדיקת הרשאות' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().minutes).toMatchObject({ text: 'פרוטוקול לבדיקת הרשאות' }),
    needs: ['write the minutes'],
  },
  {
    route: 'POST /api/v1/governance/meetings/{id}/minutes/approve',
    name: 'approve the minutes',
    request: () => ({ method: 'POST', url: `/api/v1/governance/meetings/${meetingId}/minutes/approve`, payload: { by: 'chair' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().minutes).toMatchObject({ status: 'approved' }),
    needs: ['write the minutes'],
  },
  {
    route: 'PUT /api/v1/governance/clusters/{slug}/settings',
    name: "set whether a submission needs the board's approval",
    request: () => ({ method: 'PUT', url: `/api/v1/governance/clusters/${ownCluster}/settings`, payload: { boardApprovalRequired: false } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toMatchObject({ boardApprovalRequired: false }),
  },
  {
    route: 'POST /api/v1/services/{id}/submit',
    name: 'submit a service to the committee',
    request: () => ({ method: 'POST', url: `/api/v1/services/${serviceId}/submit`, payload: { requestedGrant: 100_000 } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      submissionId = res.json().id;
      expect(res.json()).toMatchObject({ serviceId, pending: true, serviceState: 'submitted', requestedGrantAgorot: 10_000_000 });
    },
    // The programme created last, allocated to the cluster, is the one the grant draws from.
    needs: ['save a feasibility study', 'allocate the programme to a cluster'],
  },
  {
    route: 'POST /api/v1/submissions/{id}/decisions',
    name: 'decide on a submission',
    request: () => ({
      method: 'POST',
      url: `/api/v1/submissions/${submissionId}/decisions`,
      payload: {
        outcome: 'approve_with_conditions',
        checklist: { feasibilityShown: true, allParticipantsApproved: true, withinBudget: true, coreServiceUnderRules: true },
        conditions: ['תנאי ראשון', 'תנאי שני'],
      },
    }),
    expect: onlyAllowed('committee', 201),
    effect: (res) => {
      conditionIds = res.json().decisions[0].conditions.map((x: { id: number }) => x.id);
      conditionsMet = 0;
      expect(res.json()).toMatchObject({ serviceState: 'approved_with_conditions', decisions: [{ grantAgorot: 10_000_000 }] });
    },
    needs: ['submit a service to the committee'],
  },
  {
    route: 'POST /api/v1/submissions/{id}/conditions/{conditionId}/met',
    name: 'record a condition met',
    // Each allowed actor marks the next condition.
    request: () => ({ method: 'POST', url: `/api/v1/submissions/${submissionId}/conditions/${conditionIds[conditionsMet]}/met` }),
    expect: onlyAllowed(['ministry', 'committee'], 200),
    effect: (res) => {
      expect(res.json().decisions[0].conditions[conditionsMet].metAt).not.toBeNull();
      conditionsMet += 1;
    },
    needs: ['decide on a submission'],
  },
  {
    route: 'POST /api/v1/services/{id}/milestones',
    name: 'plan a milestone of an approved project',
    request: () => ({ method: 'POST', url: `/api/v1/services/${serviceId}/milestones`, payload: { title: 'שלב ראשון', plannedOn: '2026-12-31', amount: 100_000, deliverable: 'דו"ח ביצוע' } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      milestoneId = res.json().id;
      expect(res.json()).toMatchObject({ state: 'planned', amountAgorot: 10_000_000 });
    },
    needs: ['decide on a submission'],
  },
  {
    route: 'POST /api/v1/milestones/{id}/done',
    name: 'mark a milestone done',
    request: () => ({ method: 'POST', url: `/api/v1/milestones/${milestoneId}/done` }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().state).toBe('done'),
    needs: ['plan a milestone of an approved project'],
  },
  {
    route: 'POST /api/v1/milestones/{id}/reports',
    name: "report on a milestone's progress",
    request: () => ({ method: 'POST', url: `/api/v1/milestones/${milestoneId}/reports`, payload: { narrative: 'השלב הושלם', spent: 90_000 } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      progressReportId = res.json().id;
      expect(res.json()).toMatchObject({ state: 'submitted', version: 1, spentAgorot: 9_000_000 });
    },
    needs: ['mark a milestone done'],
  },
  {
    route: 'POST /api/v1/progress-reports/{id}/review',
    name: "review a milestone's progress report",
    request: () => ({ method: 'POST', url: `/api/v1/progress-reports/${progressReportId}/review`, payload: { decision: 'approve' } }),
    expect: onlyAllowed('ministry', 200),
    effect: (res) => expect(res.json().state).toBe('approved'),
    needs: ["report on a milestone's progress"],
  },
  {
    route: 'POST /api/v1/milestones/{id}/payment',
    name: "approve a milestone's payment",
    request: () => ({ method: 'POST', url: `/api/v1/milestones/${milestoneId}/payment` }),
    expect: onlyAllowed('ministry', 200),
    effect: (res) => expect(res.json().state).toBe('paid'),
    needs: ["review a milestone's progress report"],
  },
  {
    route: 'POST /api/v1/compliance/rules',
    name: "set the programme's compliance rules",
    request: () => ({ method: 'POST', url: '/api/v1/compliance/rules', payload: { validFrom: '2031-01-01', rules: { steeringMeetingsPerYear: 1, boardMeetingsPerYear: 6, dueSoonDays: 45 } } }),
    expect: onlyAllowed('ministry', 201),
    effect: (res) => expect(res.json().history[0]).toMatchObject({ validFrom: '2031-01-01', rules: { boardMeetingsPerYear: 6 } }),
  },
  {
    route: 'POST /api/v1/compliance/clusters/{slug}/feed',
    name: "make a cluster's calendar address",
    request: () => ({ method: 'POST', url: `/api/v1/compliance/clusters/${ownCluster}/feed` }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => expect(res.json().path).toMatch(/^\/api\/v1\/compliance\/feeds\/[\w-]+$/),
  },
  {
    route: 'DELETE /api/v1/compliance/clusters/{slug}/feed',
    name: "revoke a cluster's calendar address",
    request: () => ({ method: 'DELETE', url: `/api/v1/compliance/clusters/${ownCluster}/feed` }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().active).toBe(false),
    needs: ["make a cluster's calendar address"],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/staffing/requests',
    name: 'ask to open a position',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/staffing/requests`, payload: { kind: 'open_position', positionKind: 'ceo', scopePercent: 100, funding: 'programme', grossAgorot: 3_000_000 } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      staffingRequestId = res.json().id;
      staffingPositionId = res.json().positionId;
      expect(res.json()).toMatchObject({ kind: 'open_position', state: 'submitted' });
    },
  },
  {
    route: 'POST /api/v1/staffing/requests/{id}/review',
    name: 'review a staffing request',
    request: () => ({ method: 'POST', url: `/api/v1/staffing/requests/${staffingRequestId}/review`, payload: { decision: 'approve' } }),
    expect: onlyAllowed('regulator', 200),
    effect: (res) => expect(res.json().state).toBe('approved'),
    needs: ['ask to open a position'],
  },
  {
    route: 'POST /api/v1/staffing/requests/{id}/resubmit',
    name: 'resubmit a returned staffing request',
    request: () => ({ method: 'POST', url: `/api/v1/staffing/requests/${returnedStaffingRequestId}/resubmit`, payload: { kind: 'open_position', positionKind: 'cadet', scopePercent: 50, funding: 'cluster', grossAgorot: 900_000 } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toMatchObject({ state: 'submitted', versions: [{ version: 2 }, { version: 1, outcome: 'returned' }] }),
    needs: ['return a staffing request with remarks'],
  },
  {
    route: 'POST /api/v1/staffing/people/{id}/end',
    name: "record a person's last day in a position",
    request: () => ({ method: 'POST', url: `/api/v1/staffing/people/${staffingPersonId}/end`, payload: { untilDay: '2090-12-31' } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json().untilDay).toBe('2090-12-31'),
    needs: ["approve a person's salary"],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/financial-reports',
    name: 'submit a financial report',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/financial-reports`, payload: { fiscalYear: 2018, statementsDocumentId: ownDocumentId, figures: financialFigures } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => expect(res.json()).toMatchObject({ fiscalYear: 2018, state: 'submitted' }),
    needs: [['upload an approval document', 'rep-own']],
  },
  {
    route: 'POST /api/v1/financial-reports/{id}/review',
    name: 'review a financial report',
    request: () => ({ method: 'POST', url: `/api/v1/financial-reports/${financialReportId}/review`, payload: { decision: 'accept' } }),
    expect: onlyAllowed('regulator', 200),
    effect: (res) => expect(res.json().state).toBe('accepted'),
    needs: ['submit the financial report that is reviewed'],
  },
  {
    route: 'POST /api/v1/financial-reports/{id}/resubmit',
    name: 'resubmit a returned financial report',
    request: () => ({ method: 'POST', url: `/api/v1/financial-reports/${returnedFinancialReportId}/resubmit`, payload: { statementsDocumentId: ownDocumentId, figures: financialFigures } }),
    expect: onlyAllowed('staff-own', 200),
    effect: (res) => expect(res.json()).toMatchObject({ state: 'submitted', versions: [{ version: 2 }, { version: 1, outcome: 'returned' }] }),
    needs: ['return a financial report with remarks'],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/financial-reports/import',
    name: "import a financial report from the regulator's Excel",
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/financial-reports/import?statementsDocumentId=${ownDocumentId}`, payload: financialSheet2016, contentType: xlsxType }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => expect(res.json()).toMatchObject({ fiscalYear: 2016, state: 'submitted', versions: [{ via: 'import' }] }),
    needs: [['upload an approval document', 'rep-own']],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/standing/legal-forms',
    name: "record a cluster's legal form",
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/standing/legal-forms`, payload: { form: 'cities_association', fromOn: String(standingYear), source: 'https://example.org/order' } }),
    expect: onlyAllowed(['ministry', 'regulator'], 201),
    effect: (res) => {
      expect(res.json()).toMatchObject({ form: 'cities_association', fromOn: String(standingYear), untilOn: null });
      standingYear += 1;
    },
  },
  {
    route: 'POST /api/v1/clusters/{slug}/standing/orders',
    name: "record a cluster's order",
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/standing/orders`, payload: { kind: 'amendment', title: 'צו איגודי ערים (תיקון) לבדיקת הרשאות', datedOn: '2025' } }),
    expect: onlyAllowed(['ministry', 'regulator'], 201),
    effect: (res) => expect(res.json()).toMatchObject({ kind: 'amendment', draft: false }),
  },
  {
    route: 'POST /api/v1/standing/powers',
    name: 'add a power to the list',
    request: () => ({ method: 'POST', url: '/api/v1/standing/powers', payload: { nameHe: `סמכות לבדיקה ${standingYear}`, nameEn: `A power to test ${standingYear}` } }),
    expect: onlyAllowed('ministry', 201),
    effect: (res) => {
      powerId = res.json().id;
      standingYear += 1;
    },
  },
  {
    route: 'PATCH /api/v1/standing/powers/{id}',
    name: 'rename a power',
    request: () => ({ method: 'PATCH', url: `/api/v1/standing/powers/${powerId}`, payload: { nameEn: `A renamed power ${standingYear}` } }),
    expect: onlyAllowed('ministry', 200),
    effect: (res) => {
      expect(res.json().nameEn).toBe(`A renamed power ${standingYear}`);
      standingYear += 1;
    },
    needs: ['add a power to the list'],
  },
  {
    route: 'POST /api/v1/standing/powers/{id}/retire',
    name: 'retire a power',
    request: () => ({ method: 'POST', url: `/api/v1/standing/powers/${powerId}/retire`, payload: {} }),
    expect: onlyAllowed('ministry', 200),
    effect: (res) => expect(res.json().retiredOn).not.toBeNull(),
    needs: ['add a power to the list'],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/standing/delegations',
    name: 'record a delegation',
    request: () => ({
      method: 'POST',
      url: `/api/v1/clusters/${ownCluster}/standing/delegations`,
      payload: { authorityId: ownAuthority, powerId: delegatedPower, fromDay: `${standingYear}-01-01`, untilDay: null, decision: { decidedOn: '2025-12-01', number: '1/2025' } },
    }),
    expect: onlyAllowed(['ministry', 'staff-own'], 201),
    effect: (res) => {
      expect(res.json()).toMatchObject({ authorityId: ownAuthority, untilDay: null });
      delegationsToEnd.push(res.json().id);
      delegatedPower += 1;
    },
  },
  {
    route: 'POST /api/v1/standing/delegations/{id}/end',
    name: 'end a delegation',
    request: () => ({ method: 'POST', url: `/api/v1/standing/delegations/${delegationsToEnd[0]}/end`, payload: { untilDay: '2099-12-31' } }),
    expect: onlyAllowed(['ministry', 'staff-own'], 200),
    effect: (res) => {
      expect(res.json().untilDay).toBe('2099-12-31');
      delegationsToEnd.shift();
    },
    needs: [
      ['record a delegation', 'ministry'],
      ['record a delegation', 'staff-own'],
    ],
  },
  {
    route: 'POST /api/v1/measurement/indicators',
    name: 'define an indicator',
    request: () => ({
      method: 'POST',
      url: '/api/v1/measurement/indicators',
      payload: { nameHe: 'שיעור מיחזור', unitHe: '%', direction: 'higher-is-better', frequency: 'year', kind: 'coverage', domain: 'environment_waste', owner: 'שותף המדידה', fromPeriod: '2025' },
    }),
    expect: onlyAllowed('measurement', 201),
    effect: async (res) => {
      indicatorId = res.json().id;
      valueSheets = await Promise.all(Array.from({ length: 20 }, (_, i) => valueSheet([indicatorId, ownAuthority, String(2060 + i), 50, 'target'])));
    },
  },
  {
    route: 'PATCH /api/v1/measurement/indicators/{id}',
    name: 'change an indicator',
    request: () => ({ method: 'PATCH', url: `/api/v1/measurement/indicators/${indicatorId}`, payload: { public: true } }),
    expect: onlyAllowed('measurement', 200),
    effect: (res) => expect(res.json().public).toBe(true),
    needs: ['define an indicator'],
  },
  {
    route: 'POST /api/v1/measurement/indicators/{id}/values',
    name: 'enter a value',
    request: () => ({ method: 'POST', url: `/api/v1/measurement/indicators/${indicatorId}/values`, payload: { authorityId: ownAuthority, period: String(targetYear++), kind: 'target', value: 60 } }),
    expect: onlyAllowed(['staff-own', 'rep-own'], 201),
    effect: (res) => {
      valueId = res.json().id;
      expect(res.json().latest).toEqual({ version: 1, state: 'submitted' });
    },
    needs: ['define an indicator'],
  },
  {
    route: 'POST /api/v1/measurement/values/{id}/review',
    name: 'approve a value',
    request: () => ({ method: 'POST', url: `/api/v1/measurement/values/${valueId}/review`, payload: { decision: 'approve', version: 1 } }),
    expect: onlyAllowed('measurement', 200),
    effect: (res) => expect(res.json().approved).toEqual({ version: 1, value: 60 }),
    needs: ['enter a value'],
  },
  {
    route: 'POST /api/v1/measurement/values/review',
    name: 'approve values at once',
    request: () => ({ method: 'POST', url: '/api/v1/measurement/values/review', payload: { decision: 'approve', items: [{ valueId, version: 1 }] } }),
    expect: onlyAllowed('measurement', 200),
    effect: (res) => expect(res.json().items[0].approved).toEqual({ version: 1, value: 60 }),
    needs: [['enter a value', 'rep-own']],
  },
  {
    route: 'POST /api/v1/measurement/import',
    name: 'import a sheet of values',
    request: () => ({ method: 'POST', url: '/api/v1/measurement/import', payload: valueSheets.shift(), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    expect: { ...onlyAllowed(['staff-own', 'rep-own'], 200), 'staff-other': 422, 'rep-other': 422 },
    // Another cluster's staff and another authority's representative may import their own: this sheet's line is refused as outside their scope.
    refusedWith: { 'staff-other': 'IMPORT_INVALID_ROWS', 'rep-other': 'IMPORT_INVALID_ROWS' },
    effect: (res) => expect(res.json()).toMatchObject({ rows: 1, created: 1 }),
    needs: ['define an indicator'],
  },
  {
    route: 'POST /api/v1/notifications/read',
    name: "mark one's notifications read",
    request: () => ({ method: 'POST', url: '/api/v1/notifications/read', payload: { ids: 'all' } }),
    expect: onlyAllowed(['ministry', 'finance', 'committee', 'regulator', 'measurement', 'staff-own', 'staff-other', 'rep-own', 'rep-other'], 200),
  },
];

/** Steps that only make what a case acts on; they are no write route of their own. */
const setupSteps: WriteCase[] = [
  {
    route: 'POST /api/v1/clusters/{slug}/financial-reports',
    name: 'submit the financial report that is reviewed',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/financial-reports`, payload: { fiscalYear: 2015, statementsDocumentId: ownDocumentId, figures: financialFigures } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      financialReportId = res.json().id;
    },
    needs: [['upload an approval document', 'rep-own']],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/financial-reports',
    name: 'submit the financial report that is returned',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/financial-reports`, payload: { fiscalYear: 2017, statementsDocumentId: ownDocumentId, figures: financialFigures } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      returnedFinancialReportId = res.json().id;
    },
    needs: [['upload an approval document', 'rep-own']],
  },
  {
    route: 'POST /api/v1/financial-reports/{id}/review',
    name: 'return a financial report with remarks',
    request: () => ({ method: 'POST', url: `/api/v1/financial-reports/${returnedFinancialReportId}/review`, payload: { decision: 'return', remarks: 'חסר דוח רואה חשבון' } }),
    expect: onlyAllowed('regulator', 200),
    needs: ['submit the financial report that is returned'],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/staffing/requests',
    name: 'ask to open a cadet position',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/staffing/requests`, payload: { kind: 'open_position', positionKind: 'cadet', scopePercent: 50, funding: 'cluster', grossAgorot: 800_000 } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      returnedStaffingRequestId = res.json().id;
    },
  },
  {
    route: 'POST /api/v1/staffing/requests/{id}/review',
    name: 'return a staffing request with remarks',
    request: () => ({ method: 'POST', url: `/api/v1/staffing/requests/${returnedStaffingRequestId}/review`, payload: { decision: 'return', remarks: 'חסר תיאור תפקיד' } }),
    expect: onlyAllowed('regulator', 200),
    needs: ['ask to open a cadet position'],
  },
  {
    route: 'POST /api/v1/clusters/{slug}/staffing/requests',
    name: "ask to approve a person's salary",
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/staffing/requests`, payload: { kind: 'salary', positionId: staffingPositionId, personName: 'דנה לוי', fromDay: '2090-01-01', scopePercent: 100, grossAgorot: 3_000_000 } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      staffingRequestId = res.json().id;
    },
    needs: ['review a staffing request'],
  },
  {
    route: 'POST /api/v1/staffing/requests/{id}/review',
    name: "approve a person's salary",
    request: () => ({ method: 'POST', url: `/api/v1/staffing/requests/${staffingRequestId}/review`, payload: { decision: 'approve' } }),
    expect: onlyAllowed('regulator', 200),
    effect: async () => {
      const view = (await call('staff-own', { method: 'GET', url: `/api/v1/clusters/${ownCluster}/staffing` })).json();
      staffingPersonId = view.people.at(-1).id;
    },
    needs: ["ask to approve a person's salary"],
  },
  {
    route: 'POST /api/v1/governance/bodies/{id}/seats',
    name: 'seat a member for meetings',
    request: () => ({ method: 'POST', url: `/api/v1/governance/bodies/${bodyId}/seats`, payload: { title: 'ראש הרשות', role: 'chair', authorityId: ownAuthority, from: '2026-01-01' } }),
    expect: onlyAllowed('staff-own', 201),
    effect: (res) => {
      memberSeatId = (res.json().seats as { id: number; authorityId: string }[]).find((x) => x.authorityId === ownAuthority)!.id;
    },
    needs: ["create a body of one's own cluster"],
  },
  {
    route: 'POST /api/v1/governance/bodies/{id}/meetings',
    name: 'schedule a board meeting',
    request: () => ({ method: 'POST', url: `/api/v1/governance/bodies/${boardId}/meetings`, payload: { startsAt: nextMonth() } }),
    expect: onlyAllowed('staff-own', 201),
  },
  {
    route: 'POST /api/v1/clusters/{slug}/memberships',
    name: 'add the member that leaves',
    request: () => ({ method: 'POST', url: `/api/v1/clusters/${ownCluster}/memberships`, payload: { authorityId: leavingAuthority, joinedOn: '2026-01-01' } }),
    expect: onlyAllowed('ministry', 201),
  },
  {
    route: 'POST /api/v1/imports/{kind}',
    name: 'import the authority the cluster file names',
    request: () => ({ method: 'POST', url: '/api/v1/imports/authorities', payload: csvClusterAuthority, contentType: 'text/csv' }),
    expect: onlyAllowed('ministry', 200),
  },
];

/** Makes what a case acts on: the allowed call of each case it needs, after what that one needs. */
async function perform(name: string, as?: Who) {
  const step = [...writeCases, ...setupSteps].find((x) => x.name === name);
  if (!step) throw new Error(`no case named ${name}`);
  for (const need of step.needs ?? []) await (typeof need === 'string' ? perform(need) : perform(...need));
  const who = as ?? actors.find((w) => step.expect[w] < 300)!;
  const res = await call(who, step.request());
  expect(res.statusCode, `${name}, as ${who}: ${res.body.slice(0, 300)}`).toBe(step.expect[who]);
  await step.effect?.(res, who);
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const exempt = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout']);

/** Write routes as the OpenAPI document lists them. */
async function documentedWriteRoutes() {
  const doc = (await t.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([p, methods]) =>
    Object.keys(methods)
      .map((m) => `${m.toUpperCase()} ${p}`)
      .filter((r) => writeMethods.has(r.split(' ')[0]!) && p.startsWith('/api/v1/') && !exempt.has(r)),
  );
}

/** Write routes as the router holds them (also those hidden from the document), from printRoutes' tree. */
function registeredWriteRoutes() {
  const found: string[] = [];
  const stack: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^(.*?)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = [...m[1]!].length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const url = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim())) {
      const r = `${method} ${url}`;
      if (writeMethods.has(method) && url.startsWith('/api/v1/') && !exempt.has(r)) found.push(r);
    }
  }
  return found;
}

beforeAll(async () => {
  t = await buildTestApp();
  const own = (await t.app.inject(`/api/v1/clusters/${ownCluster}`)).json();
  const other = (await t.app.inject(`/api/v1/clusters/${otherCluster}`)).json();
  ownAuthority = own.members[0].id;
  otherAuthority = other.members[0].id;
  boardId = ((await t.app.inject(`/api/v1/governance/bodies?cluster=${ownCluster}`)).json().items as { id: number; kind: string }[]).find((b) => b.kind === 'board')!.id;
  const all = (await t.app.inject('/api/v1/authorities')).json().items as { id: string; currentCluster: unknown }[];
  const histories = await Promise.all(all.filter((a) => !a.currentCluster).slice(0, 20).map(async (a) => (await t.app.inject(`/api/v1/authorities/${a.id}`)).json()));
  [freeAuthority, leavingAuthority] = histories.filter((a) => a.memberships.length === 0).map((a) => a.id);
  expect(leavingAuthority).toBeDefined();
  financialSheet2016 = await financialSheet(2016);
  const emails: Record<Exclude<Who, 'anonymous'>, string> = {
    ...nationalAccounts,
    'staff-own': staffAccount(ownCluster),
    'staff-other': staffAccount(otherCluster),
    'rep-own': repAccount(ownAuthority),
    'rep-other': repAccount(otherAuthority),
  };
  for (const [who, email] of Object.entries(emails)) cookies.set(who as Who, await signInAs(email));
});
afterAll(() => t.close());

describe('the write-route table', () => {
  it('covers every write route the app registers and documents', async () => {
    const covered = [...new Set(writeCases.map((c) => c.route))].sort();
    const registered = [...new Set(registeredWriteRoutes())].sort();
    expect(registered.length).toBeGreaterThan(0);
    expect(registered, 'a write route without a row in the access table').toEqual(covered);
    expect([...new Set(await documentedWriteRoutes())].sort()).toEqual(covered);
  });
});

describe.each(writeCases)('$route ($name)', (c) => {
  it('refuses every actor outside its role and scope, changing nothing, then lets the allowed in', async () => {
    for (const need of c.needs ?? []) await (typeof need === 'string' ? perform(need) : perform(...need));
    const allowed = actors.filter((w) => c.expect[w] < 300);
    expect(allowed.length).toBeGreaterThan(0);
    for (const who of actors.filter((w) => !allowed.includes(w))) {
      const [audits, before] = [await auditCount(t), await fingerprint()];
      const res = await call(who, c.request());
      expectProblem(res, c.expect[who], c.refusedWith?.[who] ?? (c.expect[who] === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN'));
      expect(await auditCount(t), `${who} left an audit row`).toBe(audits);
      expect(await fingerprint(), `${who} changed data`).toBe(before);
    }
    if (!c.effect) {
      for (const who of allowed) {
        const [audits, before] = [await auditCount(t), await fingerprint()];
        const res = await call(who, c.request());
        expect(res.statusCode, `${who}: ${res.body.slice(0, 300)}`).toBe(c.expect[who]);
        expect(await auditCount(t)).toBe(audits);
        expect(await fingerprint()).toBe(before);
      }
      return;
    }
    for (const who of allowed) {
      const audits = await auditCount(t);
      const res = await call(who, c.request());
      expect(res.statusCode, `${who}: ${res.body}`).toBe(c.expect[who]);
      expect(await auditCount(t)).toBeGreaterThan(audits);
      await c.effect(res, who);
    }
  });
});

describe('CSRF', () => {
  it('refuses a write from a foreign origin even for the allowed role', async () => {
    const [audits, before] = [await auditCount(t), await fingerprint()];
    const res = await call('ministry', {
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { slug: 'csrf-attempt', nameHe: 'ניסיון' },
      headers: { origin: 'https://evil.example' },
    });
    expectProblem(res, 403, 'CSRF_ORIGIN_MISMATCH');
    expect(await auditCount(t)).toBe(audits);
    expect(await fingerprint()).toBe(before);
  });
  it('accepts a write from its own origin', async () => {
    const res = await call('ministry', {
      method: 'POST',
      url: '/api/v1/clusters',
      payload: { slug: 'same-origin', nameHe: 'מאותו מקור' },
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('reads with a scope', () => {
  beforeAll(async () => {
    const res = await call('rep-own', { method: 'PUT', url: `/api/v1/authorities/${ownAuthority}/domains`, payload: { domains: ['welfare', 'transport'] } });
    expect(res.statusCode).toBe(200);
  });
  const matrixStatus: Record<Who, number> = {
    anonymous: 401,
    ministry: 200,
    finance: 200,
    committee: 200,
    regulator: 200,
    measurement: 200,
    'staff-own': 200,
    'staff-other': 403,
    'rep-own': 200,
    'rep-other': 403,
  };
  it.each(actors)("the participation matrix of a cluster, for %s", async (who) => {
    for (const url of [`/api/v1/clusters/${ownCluster}/participation`, `/api/v1/clusters/${ownCluster}/participation.xlsx`]) {
      const res = await call(who, { method: 'GET', url });
      if (matrixStatus[who] === 200) expect(res.statusCode, `${who} ${url}`).toBe(200);
      else expectProblem(res, matrixStatus[who], matrixStatus[who] === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  const salaryReaders: Who[] = ['ministry', 'regulator', 'staff-own'];
  it.each(actors)("a cluster's establishment, with salaries and names only for its staff, the regulator and the ministry, for %s", async (who) => {
    const res = await call(who, { method: 'GET', url: `/api/v1/clusters/${ownCluster}/staffing` });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    const reads = salaryReaders.includes(who);
    expect(view.readsSalaries, who).toBe(reads);
    expect(view.people === null, who).toBe(!reads);
    expect(view.requests === null, who).toBe(!reads);
    expect(view.summary.salaryCostAgorot === null, who).toBe(!reads);
    expect(view.actions, who).toEqual(who === 'staff-own' ? ['request'] : []);
    const queue = await call(who, { method: 'GET', url: '/api/v1/staffing/queue' });
    const desk = who === 'ministry' || who === 'regulator' ? 200 : who === 'anonymous' ? 401 : 403;
    if (desk === 200) expect(queue.statusCode, who).toBe(200);
    else expectProblem(queue, desk, desk === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });

  const draftReaders: Who[] = ['ministry', 'finance', 'regulator', 'staff-own'];
  it.each(actors)("a cluster's financial reports, with drafts and remarks only for its staff and the finance readers, for %s", async (who) => {
    const view = (await call(who, { method: 'GET', url: `/api/v1/clusters/${ownCluster}/financial-reports` })).json();
    expect(view.readsDrafts, who).toBe(draftReaders.includes(who));
    expect(view.actions, who).toEqual(who === 'staff-own' ? ['submit'] : []);
    const queue = await call(who, { method: 'GET', url: '/api/v1/financial-reports/queue' });
    const status = ['ministry', 'finance', 'regulator'].includes(who) ? 200 : who === 'anonymous' ? 401 : 403;
    if (status === 200) expect(queue.statusCode, who).toBe(200);
    else expectProblem(queue, status, status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });

  const standingActions: Record<Who, string[]> = {
    anonymous: [],
    ministry: ['record_legal_form', 'record_order', 'record_delegation'],
    finance: [],
    committee: [],
    regulator: ['record_legal_form', 'record_order'],
    measurement: [],
    'staff-own': ['record_delegation'],
    'staff-other': [],
    'rep-own': [],
    'rep-other': [],
  };
  it.each(actors)("a cluster's legal standing, its workbook, an authority's delegations and the list of powers, read by everyone, for %s", async (who) => {
    for (const url of [`/api/v1/clusters/${ownCluster}/standing.xlsx`, `/api/v1/authorities/${ownAuthority}/standing`, '/api/v1/standing/powers']) {
      expect((await call(who, { method: 'GET', url })).statusCode, `${who} ${url}`).toBe(200);
    }
    const res = await call(who, { method: 'GET', url: `/api/v1/clusters/${ownCluster}/standing` });
    expect(res.statusCode).toBe(200);
    expect(res.json().actions, who).toEqual(standingActions[who]);
  });

  it.each(actors)('the values owed and the approval queue of the measurement partner, for %s', async (who) => {
    const dueReaders: Who[] = ['measurement', 'ministry', 'staff-own', 'staff-other', 'rep-own', 'rep-other'];
    for (const [url, allowed] of [['/api/v1/measurement/due', dueReaders], ['/api/v1/measurement/queue', ['measurement']]] as const) {
      const res = await call(who, { method: 'GET', url });
      if ((allowed as readonly Who[]).includes(who)) expect(res.statusCode, `${who} ${url}`).toBe(200);
      else expectProblem(res, who === 'anonymous' ? 401 : 403, who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it.each(actors)('the audit log, for %s', async (who) => {
    const res = await call(who, { method: 'GET', url: '/api/v1/audit' });
    if (who === 'ministry') {
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBeGreaterThan(0);
    } else expectProblem(res, who === 'anonymous' ? 401 : 403, who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });

  it.each(actors)("an authority's domains, for %s", async (who) => {
    const res = await call(who, { method: 'GET', url: `/api/v1/authorities/${ownAuthority}` });
    expect(res.statusCode).toBe(200);
    const { domains } = res.json();
    if (matrixStatus[who] === 200) expect(domains, who).toEqual(['transport', 'welfare']);
    else expect(domains, who).toBeNull();
  });
});
