import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInIsrael } from '../src/platform/calendar';
import { createClustersRepo } from '../src/modules/clusters/clusters.repo';
import { createStaffingRepo } from '../src/modules/staffing/staffing.repo';
import { createStaffingService } from '../src/modules/staffing/staffing.service';
import { as, makeClient, nationalAccounts, readers, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { buildTestApp, refusalsOf, type TestApp } from './test-app';

/**
 * A cluster's establishment through the API: its staff ask to open a position, to change one and
 * to approve a person's salary; the regulator approves, returns with remarks or rejects; nobody is
 * recorded in a position before its approval; the headcount and the salaries are held against the
 * approved establishment; salaries and names are read only by the cluster's staff, the regulator
 * and the ministry; the regulator's desk lists what waits, the oldest first.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';

let t: TestApp;
let c: Client;

beforeAll(async () => {
  t = await buildTestApp();
  const member = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[])[0]!.id;
  const otherMember = ((await t.app.inject(`/api/v1/clusters/${other}`)).json().members as { id: string }[])[0]!.id;
  const cookies = await signInAll(t, { ...nationalAccounts, staff: staffAccount(own), staffOther: staffAccount(other), rep: repAccount(member), repOther: repAccount(otherMember) });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

const refused = refusalsOf(() => t);

type RequestJson = { id: number; positionId: number; state: string; versions: { version: number; outcome: string | null; remarks: string; proposal: Record<string, unknown> }[]; actions: string[] };
type StaffingJson = {
  readsSalaries: boolean;
  summary: Record<string, number | null>;
  positions: { id: number; kind: string; state: string; approvedOn: string | null; grossAgorot: number | null; headcount: number; filledPercent: number }[];
  people: { id: number; personName: string; current: boolean; untilDay: string | null; actions: string[] }[] | null;
  flags: { kind: string; positionId?: number; personId?: number }[];
  requests: RequestJson[] | null;
  actions: string[];
};

const ceo = { kind: 'open_position', positionKind: 'ceo', scopePercent: 100, funding: 'programme', grossAgorot: 3_000_000 };
const today = () => dayInIsrael(new Date());

async function ok<T>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status: number): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}
const ask = (body: unknown, who: string | null = 'staff', slug = own) => c.post(who, `/api/v1/clusters/${slug}/staffing/requests`, body);
const review = (id: number, body: unknown, who = 'regulator') => c.post(who, `/api/v1/staffing/requests/${id}/review`, body);
const staffingOf = (who: string | null, slug = own) => ok<StaffingJson>(c.get(who, `/api/v1/clusters/${slug}/staffing`), 200);

let ceoPosition: number;

describe('opening a position', () => {
  it('starts from an empty establishment that everyone reads, the request offered to its own staff only', async () => {
    const empty = await staffingOf(null);
    expect(empty).toMatchObject({ readsSalaries: false, positions: [], people: null, requests: null, flags: [], actions: [] });
    expect(empty.summary).toEqual({ approvedPositions: 0, approvedScopePercent: 0, headcount: 0, filledScopePercent: 0, approvedCostAgorot: null, salaryCostAgorot: null });
    expect((await staffingOf('staff')).actions).toEqual(['request']);
    expect((await staffingOf('staffOther')).actions).toEqual([]);
    await refused(() => c.get(null, '/api/v1/clusters/no-such-cluster/staffing'), 404, 'CLUSTER_NOT_FOUND');
  });

  it('refuses bad terms, another cluster’s staff and other roles, storing nothing', async () => {
    await refused(() => ask({ ...ceo, scopePercent: 0 }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...ceo, scopePercent: 101 }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...ceo, grossAgorot: 0 }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...ceo, grossAgorot: 15_000_001 }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...ceo, grossAgorot: 1000.5 }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...ceo, funding: 'donor' }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...ceo, positionKind: 'other', title: '' }), 400, 'VALIDATION_FAILED');
    await refused(() => ask(ceo, 'staffOther'), 403, 'FORBIDDEN');
    await refused(() => ask(ceo, 'regulator'), 403, 'FORBIDDEN');
    await refused(() => ask(ceo, 'ministry'), 403, 'FORBIDDEN');
    await refused(() => ask(ceo, null), 401, 'UNAUTHENTICATED');
    expect((await staffingOf('staff')).positions).toEqual([]);
  });

  it('is returned with remarks, resubmitted as a new version and approved from the day of the approval’s letter, every version kept', async () => {
    const asked = await ok<RequestJson>(ask(ceo), 201);
    ceoPosition = asked.positionId;
    expect(asked).toMatchObject({ state: 'submitted', versions: [{ version: 1, outcome: null }], actions: [] });
    // Requested, the position is not shown to the public, nor filled.
    expect((await staffingOf(null)).positions).toEqual([]);
    expect((await staffingOf('staff')).positions).toMatchObject([{ id: ceoPosition, state: 'requested', approvedOn: null }]);
    await refused(() => ask({ kind: 'salary', positionId: ceoPosition, personName: 'דנה לוי', fromDay: '2025-02-01', scopePercent: 100, grossAgorot: 3_000_000 }), 409, 'STAFFING_POSITION_NOT_APPROVED');

    await refused(() => review(asked.id, { decision: 'return' }), 400, 'VALIDATION_FAILED');
    await refused(() => review(asked.id, { decision: 'approve' }, 'ministry'), 403, 'FORBIDDEN');
    await refused(() => c.post('staff', `/api/v1/staffing/requests/${asked.id}/resubmit`, ceo), 409, 'STAFFING_REQUEST_NOT_RETURNED');
    const returned = await ok<RequestJson>(review(asked.id, { decision: 'return', remarks: 'השכר גבוה מהמקובל' }), 200);
    expect(returned).toMatchObject({ state: 'returned', versions: [{ version: 1, outcome: 'returned', remarks: 'השכר גבוה מהמקובל' }] });
    expect((await staffingOf('staff')).requests![0]!.actions).toEqual(['resubmit']);
    await refused(() => review(asked.id, { decision: 'approve' }), 409, 'STAFFING_REQUEST_NOT_PENDING');
    await refused(() => c.post('staff', `/api/v1/staffing/requests/${asked.id}/resubmit`, { kind: 'change_position', scopePercent: 100, funding: 'programme', grossAgorot: 2_800_000 }), 422, 'STAFFING_KIND_MISMATCH');
    await refused(() => c.post('staffOther', `/api/v1/staffing/requests/${asked.id}/resubmit`, ceo), 403, 'FORBIDDEN');

    const again = await ok<RequestJson>(c.post('staff', `/api/v1/staffing/requests/${asked.id}/resubmit`, { ...ceo, grossAgorot: 2_800_000 }), 200);
    expect(again).toMatchObject({ state: 'submitted', versions: [{ version: 2, outcome: null }, { version: 1, outcome: 'returned' }] });
    expect((await staffingOf('regulator')).requests![0]!.actions).toEqual(['review']);

    const tomorrow = dayInIsrael(new Date(Date.now() + 2 * 86_400_000));
    await refused(() => review(asked.id, { decision: 'approve', approvedOn: tomorrow }), 422, 'STAFFING_APPROVAL_DAY_INVALID');
    const approved = await ok<RequestJson>(review(asked.id, { decision: 'approve', approvedOn: '2025-01-01' }), 200);
    expect(approved).toMatchObject({ state: 'approved', versions: [{ version: 2, outcome: 'approved' }, { version: 1 }] });
    const view = await staffingOf(null);
    expect(view.positions).toEqual([{ id: ceoPosition, kind: 'ceo', title: '', scopePercent: 100, funding: 'programme', state: 'approved', approvedOn: '2025-01-01', grossAgorot: null, headcount: 0, filledPercent: 0 }]);
    expect((await staffingOf('ministry')).positions[0]!.grossAgorot).toBe(2_800_000);
  });

  it('is rejected with remarks: the position stays out of the establishment and nobody is recorded in it', async () => {
    const cadet = await ok<RequestJson>(ask({ kind: 'open_position', positionKind: 'cadet', scopePercent: 50, funding: 'cluster', grossAgorot: 900_000 }), 201);
    await refused(() => review(cadet.id, { decision: 'reject', remarks: '' }), 400, 'VALIDATION_FAILED');
    expect((await ok<RequestJson>(review(cadet.id, { decision: 'reject', remarks: 'אין צורך בצוער נוסף' }), 200)).state).toBe('rejected');
    expect((await staffingOf('staff')).positions.find((p) => p.id === cadet.positionId)!.state).toBe('rejected');
    expect((await staffingOf(null)).positions.map((p) => p.id)).toEqual([ceoPosition]);
    await refused(() => ask({ kind: 'salary', positionId: cadet.positionId, personName: 'יוסי כהן', fromDay: today(), scopePercent: 50, grossAgorot: 900_000 }), 409, 'STAFFING_POSITION_NOT_APPROVED');
    await refused(() => c.post('staff', `/api/v1/staffing/requests/${cadet.id}/resubmit`, { kind: 'open_position', positionKind: 'cadet', scopePercent: 50, funding: 'cluster', grossAgorot: 900_000 }), 409, 'STAFFING_REQUEST_NOT_RETURNED');
  });
});

describe('a person’s salary in a position', () => {
  let person: number;
  it('is refused for a position that does not exist, is another cluster’s, or from a day before the position’s approval', async () => {
    const salary = { kind: 'salary', personName: 'דנה לוי', fromDay: '2025-02-01', scopePercent: 100, grossAgorot: 3_000_000 };
    await refused(() => ask({ ...salary, positionId: 999_999 }), 404, 'STAFFING_POSITION_NOT_FOUND');
    await refused(() => ask({ ...salary, positionId: 2_147_483_648 }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...salary, positionId: ceoPosition }, 'staffOther', other), 404, 'STAFFING_POSITION_NOT_FOUND');
    await refused(() => ask({ ...salary, positionId: ceoPosition, fromDay: '2024-12-31' }), 422, 'STAFFING_BEFORE_APPROVAL');
    await refused(() => ask({ ...salary, positionId: ceoPosition, personName: 'ד' }), 400, 'VALIDATION_FAILED');
    await refused(() => ask({ ...salary, positionId: ceoPosition, fromDay: '2025-02-30' }), 400, 'VALIDATION_FAILED');
  });

  it('once approved records the person, flagged when their terms are above the position’s; only its readers see the figures and the name', async () => {
    const asked = await ok<RequestJson>(ask({ kind: 'salary', positionId: ceoPosition, personName: 'דנה לוי', fromDay: '2025-02-01', scopePercent: 100, grossAgorot: 3_000_000 }), 201);
    expect((await staffingOf('staff')).people).toEqual([]);
    await ok(review(asked.id, { decision: 'approve', remarks: 'אושר' }), 200);
    const view = await staffingOf('staff');
    expect(view.people).toMatchObject([{ personName: 'דנה לוי', current: true, untilDay: null, actions: ['end'] }]);
    person = view.people![0]!.id;
    expect(view.summary).toEqual({ approvedPositions: 1, approvedScopePercent: 100, headcount: 1, filledScopePercent: 100, approvedCostAgorot: 2_800_000, salaryCostAgorot: 3_000_000 });
    expect(view.flags).toEqual([{ kind: 'terms_above', positionId: ceoPosition, personId: person }]);
    expect((await staffingOf('regulator')).people![0]!.actions).toEqual([]);
    // Approving a salary with an approval day is refused: only an opening has one.
    const second = await ok<RequestJson>(ask({ kind: 'salary', positionId: ceoPosition, personName: 'רון אבן', fromDay: '2025-03-01', scopePercent: 50, grossAgorot: 1_000_000 }), 201);
    await refused(() => review(second.id, { decision: 'approve', approvedOn: '2025-01-01' }), 422, 'STAFFING_APPROVAL_DAY_INVALID');
    await ok(review(second.id, { decision: 'approve' }), 200);
  });

  it('counts more people than approved positions and a position filled above its scope as above the establishment', async () => {
    const view = await staffingOf('ministry');
    expect(view.summary).toMatchObject({ headcount: 2, approvedPositions: 1, filledScopePercent: 150 });
    expect(view.flags).toEqual(
      expect.arrayContaining([
        { kind: 'headcount_above', headcount: 2, positions: 1 },
        { kind: 'scope_above', positionId: ceoPosition, filledPercent: 150, approvedPercent: 100 },
      ]),
    );
  });

  it('reads as positions and headcount for every reader outside the cluster’s staff, the regulator and the ministry: never a salary or a name', async () => {
    const expected: Record<(typeof readers)[number], boolean> = {
      ministry: true,
      regulator: true,
      staff: true,
      finance: false,
      committee: false,
      measurement: false,
      staffOther: false,
      rep: false,
      repOther: false,
      anonymous: false,
    };
    for (const r of readers) {
      const res = await c.get(as(r), `/api/v1/clusters/${own}/staffing`);
      expect(res.statusCode, r).toBe(200);
      const view = res.json() as StaffingJson;
      expect({ r, reads: view.readsSalaries }).toEqual({ r, reads: expected[r] });
      expect(view.summary.headcount, r).toBe(2);
      expect(view.positions.map((p) => p.headcount), r).toEqual(expected[r] ? [2, 0] : [2]);
      if (expected[r]) continue;
      expect(res.body, r).not.toContain('דנה לוי');
      expect(res.body, r).not.toContain('2800000');
      expect(res.body, r).not.toContain('3000000');
      expect(view).toMatchObject({ people: null, requests: null, summary: { approvedCostAgorot: null, salaryCostAgorot: null } });
      expect(view.positions.every((p) => p.grossAgorot === null), r).toBe(true);
      expect(view.flags.map((f) => f.kind).sort(), r).toEqual(['headcount_above', 'scope_above']);
    }
  });

  it('ends on the person’s last day, recorded by their cluster’s staff', async () => {
    await refused(() => c.post('staff', `/api/v1/staffing/people/${person}/end`, { untilDay: '2025-01-31' }), 422, 'STAFFING_END_BEFORE_START');
    await refused(() => c.post('staffOther', `/api/v1/staffing/people/${person}/end`, { untilDay: '2025-12-31' }), 403, 'FORBIDDEN');
    await refused(() => c.post('staff', '/api/v1/staffing/people/999999/end', { untilDay: '2025-12-31' }), 404, 'STAFFING_PERSON_NOT_FOUND');
    const ended = await ok<{ untilDay: string; current: boolean; actions: string[] }>(c.post('staff', `/api/v1/staffing/people/${person}/end`, { untilDay: '2025-12-31' }), 200);
    expect(ended).toMatchObject({ untilDay: '2025-12-31', current: false, actions: [] });
    await refused(() => c.post('staff', `/api/v1/staffing/people/${person}/end`, { untilDay: '2026-01-31' }), 409, 'STAFFING_PERSON_ENDED');
    const view = await staffingOf('staff');
    expect(view.summary).toMatchObject({ headcount: 1, filledScopePercent: 50, salaryCostAgorot: 1_000_000 });
    expect(view.flags).toEqual([]);
  });
});

describe('changing a position', () => {
  it('changes its terms once approved, one change at a time, and never a position not approved', async () => {
    const change = { kind: 'change_position', positionId: ceoPosition, scopePercent: 80, funding: 'cluster', grossAgorot: 3_100_000 };
    const asked = await ok<RequestJson>(ask(change), 201);
    await refused(() => ask(change), 409, 'STAFFING_REQUEST_PENDING');
    expect((await staffingOf('ministry')).positions[0]).toMatchObject({ scopePercent: 100, grossAgorot: 2_800_000 });
    await ok(review(asked.id, { decision: 'approve' }), 200);
    expect((await staffingOf('ministry')).positions[0]).toMatchObject({ scopePercent: 80, funding: 'cluster', grossAgorot: 3_100_000, approvedOn: '2025-01-01' });
    const opened = await ok<RequestJson>(ask({ kind: 'open_position', positionKind: 'other', title: 'רכז/ת תחבורה', scopePercent: 50, funding: 'other', grossAgorot: 1_200_000 }), 201);
    await refused(() => ask({ ...change, positionId: opened.positionId }), 409, 'STAFFING_POSITION_NOT_APPROVED');
    await refused(() => review(999_999, { decision: 'approve' }), 404, 'STAFFING_REQUEST_NOT_FOUND');
  });
});

describe('the regulator’s desk', () => {
  it('lists the requests waiting for review with their age, the oldest first, for the regulator and the ministry', async () => {
    const otherAsk = await ok<RequestJson>(ask({ kind: 'open_position', positionKind: 'deputy', scopePercent: 100, funding: 'programme', grossAgorot: 2_200_000 }, 'staffOther', other), 201);
    await t.database.db.execute(sql`update staffing_request_versions set submitted_at = now() - interval '10 days' where request_id = ${otherAsk.id}`);
    const desk = await ok<{ asOf: string; items: { id: number; clusterSlug: string; kind: string; positionKind: string; ageDays: number; version: number }[] }>(c.get('regulator', '/api/v1/staffing/queue'), 200);
    expect(desk.items[0]).toMatchObject({ id: otherAsk.id, clusterSlug: other, kind: 'open_position', positionKind: 'deputy', ageDays: 10, version: 1 });
    expect(desk.items.slice(1).map((i) => i.positionKind)).toEqual(['other']);
    expect(desk.items[1]!.ageDays).toBe(0);
    expect((await c.get('ministry', '/api/v1/staffing/queue')).statusCode).toBe(200);
    for (const who of ['finance', 'committee', 'staff', 'rep'] as const) await refused(() => c.get(who, '/api/v1/staffing/queue'), 403, 'FORBIDDEN');
    await refused(() => c.get(null, '/api/v1/staffing/queue'), 401, 'UNAUTHENTICATED');
  });
});

describe('the port of the rule “each position is approved before it is filled”', () => {
  it('says per cluster whether anyone is recorded in a position before its approval, and the page flags it', async () => {
    const port = createStaffingService({ db: t.database.db, repo: createStaffingRepo(), clusters: createClustersRepo(), clock: () => new Date() });
    const before = await port.approvedBeforeFilled(t.database.db);
    expect(before.find((x) => x.clusterSlug === own)).toMatchObject({ met: true, approvedPositions: 1, people: 2, breaches: [] });
    expect(before.find((x) => x.clusterSlug === other)).toMatchObject({ met: true, approvedPositions: 0, people: 0 });
    // A record that came otherwise than through a request (an import, a correction): a start before the approval.
    await t.database.db.execute(sql`update staffing_people set from_day = '2024-06-01' where person_name = 'רון אבן'`);
    const [after] = await port.approvedBeforeFilled(t.database.db, [own]);
    expect(after).toMatchObject({ clusterSlug: own, met: false, breaches: [{ positionId: ceoPosition, fromDay: '2024-06-01', approvedOn: '2025-01-01' }] });
    expect((await staffingOf(null)).flags).toEqual([{ kind: 'filled_before_approval', positionId: ceoPosition }]);
  });
});
