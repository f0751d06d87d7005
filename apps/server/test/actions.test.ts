import { capabilities, type Capability } from '@eshkol/contracts/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { financialFigures } from './financial-report-fixtures';
import { decided, decision, programme, readyService, submitted } from './review-fixtures';
import { pdfBytes } from './service-factories';
import { as, makeClient, nationalAccounts, readers, repAccount, signInAll, staffAccount, type Client, type Reader } from './service-factories';
import { buildTestApp, type TestApp } from './test-app';

/**
 * What the server tells each reader they may do — the capabilities of `/auth/me` and the actions
 * that come with a cluster, an authority, a service, a submission and a project's milestones — as
 * a truth table over every role. The web shows and hides its controls from these alone.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';

let t: TestApp;
let c: Client;
let members: string[];
let outsider: string;
let serviceId: number;
let submissionId: number;
let programmeId: number;


beforeAll(async () => {
  t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  outsider = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  const cookies = await signInAll(t, {
    ...nationalAccounts,
    staff: staffAccount(own),
    staffOther: staffAccount(other),
    rep: repAccount(members[0]!),
    rep1: repAccount(members[1]!),
    repOther: repAccount(outsider),
  });
  c = makeClient(t, cookies);
  programmeId = await programme(c, 'ministry', 10_000_000, { [own]: 2_000_000, [other]: 1_000_000 });
  serviceId = await readyService(c, { staff: 'staff', slug: own, joiners: members.slice(0, 2), reps: { [members[0]!]: 'rep', [members[1]!]: 'rep1' } });
  submissionId = await submitted(c, 'staff', serviceId, 500_000);
  await decided(c, submissionId, decision('approve'));
});
afterAll(() => t.close());

async function read(r: Reader, url: string) {
  const res = await c.get(as(r), url);
  return res.statusCode === 200 ? res.json() : { status: res.statusCode };
}

const tableOf = async (url: string, pick: (body: { actions?: string[]; status?: number }) => unknown) =>
  Object.fromEntries(await Promise.all(readers.map(async (r) => [r, pick(await read(r, url))] as const)));

describe('what the server says each reader may do', () => {
  it('lists each reader’s capabilities across the programme', async () => {
    const expected: Record<Reader, Capability[]> = {
      finance: ['costSharing.compute', 'reviews.readQueue', 'reviews.readAgenda', 'budget.read', 'budget.readAll', 'compliance.readOverview', 'financialReports.readAll'],
      committee: ['costSharing.compute', 'reviews.readQueue', 'reviews.readAgenda', 'budget.read', 'budget.readAll', 'compliance.readOverview'],
      ministry: ['audit.read', 'imports.run', 'clusters.manage', 'costSharing.compute', 'reviews.readQueue', 'reviews.readAgenda', 'budget.read', 'budget.readAll', 'budget.manage', 'governance.manageProgramme', 'compliance.readOverview', 'compliance.readDesk', 'staffing.readQueue', 'financialReports.readAll', 'standing.managePowers', 'measurement.readDue'],
      regulator: ['reviews.readQueue', 'budget.read', 'budget.readAll', 'compliance.readOverview', 'compliance.readDesk', 'staffing.readQueue', 'financialReports.readAll'],
      measurement: ['measurement.define', 'measurement.review', 'measurement.readDue'],
      staff: ['costSharing.compute', 'reviews.readQueue', 'budget.read', 'measurement.enter', 'measurement.readDue'],
      staffOther: ['costSharing.compute', 'reviews.readQueue', 'budget.read', 'measurement.enter', 'measurement.readDue'],
      rep: ['measurement.enter', 'measurement.readDue'],
      repOther: ['measurement.enter', 'measurement.readDue'],
      anonymous: [],
    };
    const got = await tableOf('/api/v1/auth/me', (b) => [...(b as { capabilities: Capability[] }).capabilities].sort());
    expect(got).toEqual(Object.fromEntries(readers.map((r) => [r, [...expected[r]].sort()])));
    // Every capability the contract names is declared by a module and held by someone.
    expect(new Set(Object.values(expected).flat())).toEqual(new Set(capabilities));
  });

  it('opens the API behind each capability to those who hold it and to no one else, so the pages and the API agree', async () => {
    // What each page offered by a capability asks of the server first. An empty write is refused
    // as bad input (400) once access is granted, and as 401/403 before.
    const probe: Record<Capability, (as: string | null) => Promise<{ statusCode: number; body: string }>> = {
      'audit.read': (as) => c.get(as, '/api/v1/audit'),
      'imports.run': (as) => c.post(as, '/api/v1/imports/authorities?dryRun=true', {}),
      'clusters.manage': (as) => c.post(as, '/api/v1/clusters', {}),
      'costSharing.compute': (as) => c.post(as, '/api/v1/cost-sharing', {}),
      'reviews.readQueue': (as) => c.get(as, '/api/v1/submissions?pending=true'),
      'reviews.readAgenda': (as) => c.get(as, '/api/v1/submissions/agenda'),
      'budget.read': (as) => c.get(as, '/api/v1/budget/programmes'),
      'budget.readAll': async (as) => {
        // Every reader of the budget reads a programme; those who read all of it see every cluster's balance.
        const res = await c.get(as, `/api/v1/budget/programmes/${programmeId}`);
        const all = res.statusCode === 200 && (res.json() as { clusters: unknown[] }).clusters.length > 1;
        return { statusCode: all ? 200 : 403, body: res.body };
      },
      'budget.manage': (as) => c.post(as, '/api/v1/budget/programmes', {}),
      'compliance.readOverview': (as) => c.get(as, '/api/v1/compliance/overview'),
      'compliance.readDesk': (as) => c.get(as, '/api/v1/compliance/desk'),
      'staffing.readQueue': (as) => c.get(as, '/api/v1/staffing/queue'),
      'financialReports.readAll': (as) => c.get(as, '/api/v1/financial-reports/queue'),
      'standing.managePowers': (as) => c.post(as, '/api/v1/standing/powers', {}),
      'measurement.define': (as) => c.post(as, '/api/v1/measurement/indicators', {}),
      'measurement.review': (as) => c.get(as, '/api/v1/measurement/queue'),
      // An empty body is no sheet (400) once access is granted.
      'measurement.enter': (as) => c.post(as, '/api/v1/measurement/import', {}),
      'measurement.readDue': (as) => c.get(as, '/api/v1/measurement/due'),
      // A programme body whose rules the tally refuses: the ministry is told so (422), the others are refused first.
      'governance.manageProgramme': (as) =>
        c.post(as, '/api/v1/governance/bodies', {
          kind: 'steering_committee',
          nameHe: 'ועדת היגוי',
          rulesFrom: '2025-01-01',
          rules: { quorum: { count: 2 }, majority: { of: 'present', fraction: [2, 3], strict: false }, weights: 'equal', chairBreaksTie: true },
        }),
    };
    const held = await tableOf('/api/v1/auth/me', (b) => (b as { capabilities?: Capability[] }).capabilities ?? []);
    for (const r of readers) {
      for (const capability of capabilities) {
        const res = await probe[capability](as(r));
        const granted = ![401, 403].includes(res.statusCode);
        expect({ reader: r, capability, granted }, res.body).toEqual({ reader: r, capability, granted: (held[r] as Capability[]).includes(capability) });
        if (granted) expect(res.statusCode, res.body).toBeLessThan(500);
      }
    }
  });

  it('answers a sign-in with the same capabilities', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'finance@demo.local', password: 'demo' } });
    expect(res.json().capabilities.sort()).toEqual(['budget.read', 'budget.readAll', 'compliance.readOverview', 'costSharing.compute', 'financialReports.readAll', 'reviews.readAgenda', 'reviews.readQueue']);
  });

  it('gives each reader their actions on a cluster', async () => {
    const got = await tableOf(`/api/v1/clusters/${own}`, (b) => b.actions);
    expect(got).toEqual({
      ministry: ['manage', 'read_participation'],
      finance: ['read_participation'],
      committee: ['read_participation'],
      regulator: ['read_participation'],
      measurement: ['read_participation'],
      staff: ['read_participation', 'manage_services'],
      staffOther: [],
      rep: ['read_participation'],
      repOther: [],
      anonymous: [],
    });
  });

  it('gives each reader their actions on a cluster’s legal standing, on its delegations and on the list of powers', async () => {
    const got = await tableOf(`/api/v1/clusters/${own}/standing`, (b) => b.actions);
    const recordsActs = ['record_legal_form', 'record_order'];
    expect(got).toEqual({
      ministry: [...recordsActs, 'record_delegation'],
      finance: [],
      committee: [],
      regulator: recordsActs,
      measurement: [],
      staff: ['record_delegation'],
      staffOther: [],
      rep: [],
      repOther: [],
      anonymous: [],
    });
    const powers = await tableOf('/api/v1/standing/powers', (b) => b.actions);
    expect(powers).toEqual(Object.fromEntries(readers.map((r) => [r, r === 'ministry' ? ['manage'] : []])));
  });

  it('lets only an authority’s own representative record its domains', async () => {
    const got = await tableOf(`/api/v1/authorities/${members[0]}`, (b) => b.actions);
    expect(got).toEqual(Object.fromEntries(readers.map((r) => [r, r === 'rep' ? ['set_domains'] : []])));
  });

  it('offers a service’s milestones to whoever reads its cluster’s part of the budget', async () => {
    const got = await tableOf(`/api/v1/services/${serviceId}`, (b) => (b.actions ?? []).includes('read_milestones'));
    expect(got).toEqual({ ministry: true, finance: true, committee: true, regulator: true, measurement: false, staff: true, staffOther: false, rep: false, repOther: false, anonymous: false });
  });

  it('gives each reader their actions on a submission they read', async () => {
    const got = await tableOf(`/api/v1/submissions/${submissionId}`, (b) => b.actions ?? b.status);
    expect(got).toEqual({
      ministry: ['mark_condition_met'],
      finance: [],
      committee: ['decide', 'mark_condition_met'],
      regulator: [],
      measurement: 403,
      staff: [],
      staffOther: 403,
      rep: [],
      repOther: 403,
      anonymous: 401,
    });
  });

  it('gives the approved project’s milestone actions to its staff and the ministry, on the service and in the programme', async () => {
    const onService = await tableOf(`/api/v1/services/${serviceId}/milestones`, (b) => b.actions ?? b.status);
    expect(onService).toEqual({
      ministry: ['review_report', 'approve_payment'],
      finance: [],
      committee: [],
      regulator: [],
      measurement: 403,
      staff: ['plan', 'mark_done', 'report'],
      staffOther: 403,
      rep: 403,
      repOther: 403,
      anonymous: 401,
    });
    const inProgramme = await tableOf(`/api/v1/budget/programmes/${programmeId}`, (b) => {
      const p = (b as { projects?: { serviceId: number; actions: string[] }[] }).projects;
      return p ? p.find((x) => x.serviceId === serviceId)?.actions : b.status;
    });
    expect(inProgramme).toEqual({ ...onService, staffOther: undefined });
  });

  it('offers a cluster’s financial reports to submit to its own staff, a waiting one to review to the regulator, a returned one to resubmit to its staff', async () => {
    const yearActions = (year: number) =>
      tableOf(`/api/v1/clusters/${own}/financial-reports`, (b) => {
        const years = (b as { years?: { fiscalYear: number; report: { actions: string[] } | null }[] }).years;
        return { cluster: b.actions, report: years?.find((y) => y.fiscalYear === year)?.report?.actions };
      });
    const none = Object.fromEntries(readers.map((r) => [r, { cluster: r === 'staff' ? ['submit'] : [], report: undefined }]));
    expect(await yearActions(2020)).toEqual(none);
    const doc = (await c.upload('staff', pdfBytes('statements'), { name: 'statements.pdf' })).json().id as string;
    const sent = await c.post('staff', `/api/v1/clusters/${own}/financial-reports`, { fiscalYear: 2020, statementsDocumentId: doc, figures: financialFigures });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(await yearActions(2020)).toEqual(Object.fromEntries(readers.map((r) => [r, { cluster: none[r]!.cluster, report: r === 'regulator' ? ['review'] : [] }])));
    expect((await c.post('regulator', `/api/v1/financial-reports/${sent.json().id}/review`, { decision: 'return', remarks: 'חסר פירוט' })).statusCode).toBe(200);
    expect(await yearActions(2020)).toEqual(Object.fromEntries(readers.map((r) => [r, { cluster: none[r]!.cluster, report: r === 'staff' ? ['resubmit'] : [] }])));
  });
});
