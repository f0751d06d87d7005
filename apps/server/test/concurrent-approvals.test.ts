import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decision, programme, readyService, reportApproved, submitted } from './review-fixtures';
import { makeClient, signInAll, type Client } from './service-factories';
import { buildTestApp, select, type TestApp } from './test-app';

/**
 * Approvals racing for the same money, over real HTTP on separate connections: on PostgreSQL the
 * requests overlap on the pool's connections and meet at the cluster's budget lock; on PGlite
 * they are serialized anyway. Either way, exactly what fits is committed, the rest is refused
 * with BUDGET_EXCEEDS_ALLOCATION, the ledger never goes below zero and no approval is lost.
 */

const own = 'negev-maaravi';
const other = 'galil-mizrahi';
const N = 8;
const grant = 300_000;
const allocation = 1_000_000;

/** A database of its own, listening on a port, with everyone signed in. */
type World = { t: TestApp; c: Client; cookies: Record<string, string>; base: string };
const reps: Record<string, string> = {};
const membersOf: Record<string, string[]> = {};

async function openWorld(): Promise<World> {
  const t = await buildTestApp();
  for (const slug of [own, other]) membersOf[slug] = ((await t.app.inject(`/api/v1/clusters/${slug}`)).json().members as { id: string }[]).map((m) => m.id).slice(0, 2);
  const all = [...membersOf[own]!, ...membersOf[other]!];
  const cookies = await signInAll(t, {
    ministry: 'ministry@demo.local',
    committee: 'committee@demo.local',
    [`staff-${own}`]: `staff-${own}@demo.local`,
    [`staff-${other}`]: `staff-${other}@demo.local`,
    ...Object.fromEntries(all.map((m) => [`rep-${m}`, `rep-${m}@demo.local`])),
  });
  for (const m of all) reps[m] = `rep-${m}`;
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  return { t, c: makeClient(t, cookies), cookies, base: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}` };
}

/** Most tests share one database; each describe sets up the programme it reads, which grants then draw from. */
let w: World;
let t: TestApp;
let c: Client;
beforeAll(async () => {
  w = await openWorld();
  ({ t, c } = w);
}, 300_000);
afterAll(() => t.close());

/** A POST over the network, as a browser on this site sends it. */
async function postTo(as: string, path: string, body: unknown, { base, cookies }: World) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie: cookies[as]!, origin: base, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { code?: string; decisions?: { id: number }[]; serviceId?: number } };
}

const post = (as: string, path: string, body?: unknown) => postTo(as, path, body, w);

async function submissions(slug: string, n: number, amount: number, name: string, k = c) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const service = await readyService(k, { staff: `staff-${slug}`, slug, joiners: membersOf[slug]!.slice(0, 1), reps, nameHe: `${name} ${i + 1}` });
    ids.push(await submitted(k, `staff-${slug}`, service, amount));
  }
  return ids;
}

async function approve(submission: number) {
  const res = await c.post('committee', `/api/v1/submissions/${submission}/decisions`, decision('approve'));
  expect(res.statusCode, res.body).toBe(201);
}

/** Walks the programme's ledger in order: no cluster's available balance is ever below zero. */
async function expectLedgerNeverNegative(programmeId: number, { t, c } = w) {
  const entries = await select<{ kind: string; cluster_slug: string; amount_agorot: number }>(
    t,
    sql`select kind, cluster_slug, amount_agorot from ledger_entries where programme_id = ${programmeId} order by id`,
  );
  const available = new Map<string, number>();
  for (const e of entries) {
    const delta = { allocate: e.amount_agorot, withdraw: -e.amount_agorot, commit: -e.amount_agorot, release: e.amount_agorot, pay: 0 }[e.kind]!;
    available.set(e.cluster_slug, (available.get(e.cluster_slug) ?? 0) + delta);
    expect(available.get(e.cluster_slug)).toBeGreaterThanOrEqual(0);
  }
  const p = (await c.get('ministry', `/api/v1/budget/programmes/${programmeId}`)).json();
  for (const cluster of p.clusters) expect(cluster.available).toBeGreaterThanOrEqual(0);
  return p;
}

describe(`${N} approvals at once for more than the allocation`, () => {
  describe('in a cluster where nothing else is decided', () => {
    // Every commitment of the cluster and the whole queue are this race's: a database of its own.
    let w: World;
    let t: TestApp;
    let c: Client;
    let programmeId: number;
    let ids: number[];
    beforeAll(async () => {
      w = await openWorld();
      ({ t, c } = w);
      programmeId = await programme(c, 'ministry', 15_000_000, { [own]: allocation, [other]: 500_000 });
      ids = await submissions(own, N, grant, 'שירות מתחרה', c);
    }, 300_000);
    afterAll(() => t.close());
    const post = (as: string, path: string, body?: unknown) => postTo(as, path, body, w);

    it('commits exactly what fits and refuses the rest, losing no approval', async () => {
      const results = await Promise.all(ids.map((id) => post('committee', `/api/v1/submissions/${id}/decisions`, decision('approve'))));
      const fits = Math.floor(allocation / grant);
      const ok = results.map((r, i) => ({ ...r, id: ids[i]! })).filter((r) => r.status === 201);
      const refused = results.filter((r) => r.status !== 201);
      expect(ok).toHaveLength(fits);
      expect(refused).toHaveLength(N - fits);
      for (const r of refused) expect([r.status, r.body.code]).toEqual([409, 'BUDGET_EXCEEDS_ALLOCATION']);

      const commits = await select<{ decision_id: number; service_id: number; amount_agorot: number }>(
        t,
        sql`select decision_id, service_id, amount_agorot from ledger_entries where kind = 'commit' and cluster_slug = ${own} order by id`,
      );
      expect(commits).toHaveLength(fits);
      for (const r of ok) {
        const d = r.body.decisions!.at(-1)!;
        expect(commits).toContainEqual({ decision_id: d.id, service_id: r.body.serviceId, amount_agorot: grant * 100 });
      }
      // A refused approval left nothing behind: no decision, the service still waits in the queue.
      const refusedIds = ids.filter((id) => !ok.some((r) => r.id === id));
      const left = await select<{ n: number }>(t, sql`select count(*)::int as n from decisions where submission_id in ${refusedIds}`);
      expect(left[0]!.n).toBe(0);
      const queue = (await c.get('committee', '/api/v1/submissions?pending=true')).json().items.map((s: { id: number }) => s.id);
      expect(queue.sort()).toEqual(refusedIds.sort());

      const p = await expectLedgerNeverNegative(programmeId, w);
      expect(p.clusters.find((x: { clusterSlug: string }) => x.clusterSlug === own)).toMatchObject({ committed: fits * grant * 100, available: (allocation - fits * grant) * 100 });
    });
  });

  it('decides a submission once when two decisions race', async () => {
    await programme(c, 'ministry', 1_000, { [own]: 1_000 });
    const [submission] = await submissions(own, 1, 1, 'החלטה כפולה');
    const results = await Promise.all([1, 2, 3].map(() => post('committee', `/api/v1/submissions/${submission}/decisions`, decision('approve'))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'TRANSITION_NOT_ALLOWED')).toBe(true);
    const rows = await select<{ n: number }>(t, sql`select count(*)::int as n from ledger_entries e join decisions d on d.id = e.decision_id where d.submission_id = ${submission!}`);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('approvals, a payment and a revocation at once in one cluster', () => {
  let programmeId: number;
  beforeAll(async () => {
    programmeId = await programme(c, 'ministry', 15_000_000, { [own]: allocation, [other]: 500_000 });
  });

  it('lets each finish (no deadlock) and keeps every balance whole', async () => {
    const [paidOne, revoked] = await submissions(other, 2, 100_000, 'פרויקט קיים');
    await approve(paidOne!);
    await approve(revoked!);
    const paidService = (await c.get('committee', `/api/v1/submissions/${paidOne}`)).json().serviceId as number;
    const m = await c.post(`staff-${other}`, `/api/v1/services/${paidService}/milestones`, { title: 'שלב יחיד', plannedOn: '2026-12-31', amount: 100_000, deliverable: 'דו"ח' });
    expect(m.statusCode, m.body).toBe(201);
    expect((await c.post(`staff-${other}`, `/api/v1/milestones/${m.json().id}/done`, undefined)).statusCode).toBe(200);
    await reportApproved(c, `staff-${other}`, m.json().id);
    const racing = await submissions(other, 4, 100_000, 'פרויקט חדש');

    const [payments, rejection, ...approvals] = await Promise.all([
      Promise.all([1, 2].map(() => post('ministry', `/api/v1/milestones/${m.json().id}/payment`))),
      post('committee', `/api/v1/submissions/${revoked}/decisions`, decision('reject', { reasons: 'ביטול' })),
      ...racing.map((id) => post('committee', `/api/v1/submissions/${id}/decisions`, decision('approve'))),
    ]);
    expect(payments.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(rejection.status).toBe(201);
    const ok = approvals.filter((r) => r.status === 201).length;
    // 300,000 were available; the revocation frees 100,000 more if it came first.
    expect(ok === 3 || ok === 4, `approved ${ok}`).toBe(true);
    for (const r of approvals.filter((x) => x.status !== 201)) expect([r.status, r.body.code]).toEqual([409, 'BUDGET_EXCEEDS_ALLOCATION']);

    const p = await expectLedgerNeverNegative(programmeId);
    expect(p.clusters.find((x: { clusterSlug: string }) => x.clusterSlug === other)).toMatchObject({
      allocated: 50_000_000,
      committed: (100_000 + ok * 100_000) * 100,
      paid: 10_000_000,
      available: (500_000 - 100_000 - ok * 100_000) * 100,
    });
    const pays = await select<{ n: number }>(t, sql`select count(*)::int as n from ledger_entries where kind = 'pay' and milestone_id = ${m.json().id}`);
    expect(pays[0]!.n).toBe(1);
  });
});

describe('an allocation taken back while approvals draw on it', () => {
  let programmeId: number;
  beforeAll(async () => {
    // 300,000 available; the test tops it up to 700,000.
    programmeId = await programme(c, 'ministry', 15_000_000, { [own]: 300_000 });
  });

  it('takes back only what the approvals left, or is refused; never both beyond the allocation', async () => {
    const before = (await c.get('ministry', `/api/v1/budget/programmes/${programmeId}`)).json().clusters.find((x: { clusterSlug: string }) => x.clusterSlug === own);
    // Top the cluster up to 700,000 available, then race three approvals of 300,000 with taking back 400,000.
    const topUp = 700_000 - before.available / 100;
    expect((await c.post('ministry', `/api/v1/budget/programmes/${programmeId}/allocations`, { clusterSlug: own, amount: topUp })).statusCode).toBe(201);
    const racing = await submissions(own, 3, 300_000, 'מול החזרה');
    const [withdrawal, ...approvals] = await Promise.all([
      post('ministry', `/api/v1/budget/programmes/${programmeId}/withdrawals`, { clusterSlug: own, amount: 400_000, note: 'החזרה בזמן אישורים' }),
      ...racing.map((id) => post('committee', `/api/v1/submissions/${id}/decisions`, decision('approve'))),
    ]);
    const ok = approvals.filter((r) => r.status === 201).length;
    for (const r of approvals.filter((x) => x.status !== 201)) expect([r.status, r.body.code]).toEqual([409, 'BUDGET_EXCEEDS_ALLOCATION']);
    // Either the withdrawal landed and one approval fitted in what remained, or two approvals came first and it was refused.
    if (withdrawal.status === 201) expect(ok).toBe(1);
    else {
      expect([withdrawal.status, withdrawal.body.code]).toEqual([409, 'WITHDRAWAL_EXCEEDS_AVAILABLE']);
      expect(ok).toBe(2);
    }
    const p = await expectLedgerNeverNegative(programmeId);
    expect(p.clusters.find((x: { clusterSlug: string }) => x.clusterSlug === own).available).toBe(withdrawal.status === 201 ? 0 : 100_000 * 100);
  });
});
