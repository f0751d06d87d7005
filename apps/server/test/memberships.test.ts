import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships } from '../src/modules/clusters/clusters.schema';
import { expectProblem } from './fingerprint';
import { siteOrigin } from './service-factories';
import { auditCount, buildTestApp, signIn, type TestApp } from './test-app';

/** Membership history: joins and leaves are kept, and an authority is in one cluster at a time. */

const x = 'negev-maaravi';
const y = 'galil-mizrahi';

let t: TestApp;
let ministry: string;
/** Authorities with no membership history at all, used one per test. */
const free: string[] = [];

const join = (slug: string, authorityId: string, joinedOn: string, note?: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/clusters/${slug}/memberships`, payload: { authorityId, joinedOn, ...(note ? { note } : {}) }, headers: { cookie: ministry, origin: siteOrigin } });
const leave = (slug: string, authorityId: string, leftOn: string, note?: string) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/clusters/${slug}/memberships/${authorityId}`, payload: { leftOn, ...(note ? { note } : {}) }, headers: { cookie: ministry, origin: siteOrigin } });
const authority = async (id: string) => (await t.app.inject(`/api/v1/authorities/${id}`)).json();
const cluster = async (slug: string) => (await t.app.inject(`/api/v1/clusters/${slug}`)).json();

beforeAll(async () => {
  t = await buildTestApp();
  ministry = await signIn(t.app, 'ministry@demo.local');
  const all = (await t.app.inject('/api/v1/authorities')).json().items as { id: string; currentCluster: unknown }[];
  for (const a of all.filter((v) => !v.currentCluster)) {
    if ((await authority(a.id)).memberships.length === 0) free.push(a.id);
    if (free.length === 5) break;
  }
  expect(free).toHaveLength(5);
});
afterAll(() => t.close());

describe('joining and leaving', () => {
  it('keeps every period: a leave ends a period, a later join opens a new one', async () => {
    const a = free[0]!;
    const [xBefore, yBefore] = [await cluster(x), await cluster(y)];

    const joined = await join(x, a, '2024-01-01', 'joined by board decision 12/2023');
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.json()).toMatchObject({ authorityId: a, cluster: { slug: x }, joinedOn: '2024-01-01', leftOn: null, current: true, note: 'joined by board decision 12/2023' });
    expect((await cluster(x)).memberCount).toBe(xBefore.memberCount + 1);

    const left = await leave(x, a, '2024-12-31');
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json()).toMatchObject({ joinedOn: '2024-01-01', leftOn: '2024-12-31', current: false, note: 'joined by board decision 12/2023' });
    expect((await cluster(x)).memberCount).toBe(xBefore.memberCount);

    expect((await join(y, a, '2025-01-01')).statusCode).toBe(201);
    expect((await leave(y, a, '2025-06-30', 'left to rejoin its former cluster')).statusCode).toBe(200);
    expect((await join(x, a, '2025-07-01')).statusCode).toBe(201);

    const detail = await authority(a);
    expect(detail.currentCluster.slug).toBe(x);
    expect(detail.memberships.map((m: { cluster: { slug: string }; joinedOn: string; leftOn: string | null; current: boolean; note: string | null }) => [m.cluster.slug, m.joinedOn, m.leftOn, m.current, m.note])).toEqual([
      [x, '2024-01-01', '2024-12-31', false, 'joined by board decision 12/2023'],
      [y, '2025-01-01', '2025-06-30', false, 'left to rejoin its former cluster'],
      [x, '2025-07-01', null, true, null],
    ]);

    const xNow = await cluster(x);
    expect(xNow.members.map((m: { id: string }) => m.id)).toContain(a);
    expect(xNow.history.filter((m: { authorityId: string }) => m.authorityId === a)).toHaveLength(2);
    const yNow = await cluster(y);
    expect(yNow.memberCount).toBe(yBefore.memberCount);
    expect(yNow.members.map((m: { id: string }) => m.id)).not.toContain(a);
    expect(yNow.history.filter((m: { authorityId: string }) => m.authorityId === a)).toEqual([expect.objectContaining({ current: false, leftOn: '2025-06-30' })]);
  });

  it('records each join and leave in the audit log with before and after', async () => {
    const a = free[1]!;
    expect((await join(x, a, '2024-03-01')).statusCode).toBe(201);
    expect((await leave(x, a, '2024-09-30', 'withdrew')).statusCode).toBe(200);
    const res = await t.app.inject({ url: `/api/v1/audit?entityType=membership&entityId=${a}@${x}`, headers: { cookie: ministry } });
    const [leaveEvent, joinEvent] = res.json().items;
    expect(joinEvent).toMatchObject({
      action: 'membership.join',
      actorEmail: 'ministry@demo.local',
      before: null,
      after: { authorityId: a, cluster: { slug: x }, joinedOn: '2024-03-01', leftOn: null, current: true },
    });
    expect(leaveEvent).toMatchObject({
      action: 'membership.leave',
      actorEmail: 'ministry@demo.local',
      before: { joinedOn: '2024-03-01', leftOn: null, current: true, note: null },
      after: { joinedOn: '2024-03-01', leftOn: '2024-09-30', current: false, note: 'withdrew' },
    });
    // The membership's id names the authority and the cluster; the log gives both their names.
    const { names } = res.json();
    expect(Object.keys(names.authorities)).toEqual([a]);
    expect(names.clusters[x].nameHe).toEqual(expect.any(String));
    expect(names.services).toEqual({});
  });
});

describe('one cluster at a time', () => {
  it('refuses a join while the authority is a member of another cluster, or of the same one', async () => {
    const a = free[2]!;
    expect((await join(x, a, '2024-01-01')).statusCode).toBe(201);
    const audits = await auditCount(t);
    expectProblem(await join(y, a, '2030-01-01'), 409, 'MEMBERSHIP_OVERLAP');
    expectProblem(await join(x, a, '2024-06-01'), 409, 'MEMBERSHIP_OVERLAP');
    expect(await auditCount(t)).toBe(audits);
    expect((await authority(a)).memberships).toHaveLength(1);
  });

  it('refuses a shipped member joining another cluster', async () => {
    const member = (await cluster(x)).members.find((m: { membership: { joinedOn: string | null } }) => m.membership.joinedOn === null);
    const audits = await auditCount(t);
    expectProblem(await join(y, member.id, '2026-01-01'), 409, 'MEMBERSHIP_OVERLAP');
    expect(await auditCount(t)).toBe(audits);
    expect((await authority(member.id)).currentCluster.slug).toBe(x);
  });

  it('refuses a join dated inside an ended period, and accepts one after it', async () => {
    const a = free[3]!;
    expect((await join(x, a, '2024-01-01')).statusCode).toBe(201);
    expect((await leave(x, a, '2024-12-31')).statusCode).toBe(200);
    const audits = await auditCount(t);
    expectProblem(await join(y, a, '2024-06-01'), 409, 'MEMBERSHIP_OVERLAP');
    expectProblem(await join(y, a, '2023-01-01'), 409, 'MEMBERSHIP_OVERLAP');
    expect(await auditCount(t)).toBe(audits);
    expect((await join(y, a, '2025-01-01')).statusCode).toBe(201);
  });

  it('refuses a leave dated before the join, and a leave from a cluster the authority is not in', async () => {
    const a = free[4]!;
    expect((await join(x, a, '2024-05-01')).statusCode).toBe(201);
    const audits = await auditCount(t);
    expectProblem(await leave(x, a, '2024-04-30'), 422, 'MEMBERSHIP_DATES_INVALID');
    expectProblem(await leave(y, a, '2024-12-31'), 404, 'MEMBERSHIP_NOT_FOUND');
    expect(await auditCount(t)).toBe(audits);
    expect((await authority(a)).memberships).toEqual([expect.objectContaining({ current: true, leftOn: null })]);
    // Leaving on the day of joining is a (short) period, not an error.
    expect((await leave(x, a, '2024-05-01')).statusCode).toBe(200);
  });

  it('the database itself refuses a second open membership', async () => {
    const member = (await cluster(x)).members[0].id;
    await expect(t.database.db.insert(memberships).values({ authorityId: member, clusterSlug: y })).rejects.toThrow();
    expect((await authority(member)).memberships.filter((m: { current: boolean }) => m.current)).toHaveLength(1);
  });

  it('of two joins at the same moment into two clusters, one wins and the other is refused', async () => {
    const all = (await t.app.inject('/api/v1/authorities')).json().items as { id: string; currentCluster: unknown }[];
    let a: string | undefined;
    for (const c of all.filter((v) => !v.currentCluster && !free.includes(v.id))) {
      if ((await authority(c.id)).memberships.length === 0) {
        a = c.id;
        break;
      }
    }
    const results = await Promise.all([join(x, a!, '2026-01-01'), join(y, a!, '2026-01-01')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('MEMBERSHIP_OVERLAP');
    expect((await authority(a!)).memberships).toHaveLength(1);
  });
});
