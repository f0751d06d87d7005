import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitsFor } from '../src/modules/services/services.module';
import { expectProblem } from './fingerprint';
import { decided, decision, programme, readyService, submitted } from './review-fixtures';
import { createService, join, makeClient, nationalAccounts, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { buildTestApp, type TestApp } from './test-app';

/** Each reader's own work for the home page, as the modules contribute it. */

const own = 'negev-maaravi';
let t: TestApp;
let c: Client;
let members: string[];
type Item = { kind: string; amountAgorot?: number; serviceId?: number; waitsFor?: string; pendingAnswers?: number; pending?: number; decides?: boolean; shareAgorot?: number; authorityId?: string };
const work = async (as: string | null): Promise<Item[]> => {
  const res = await c.get(as, '/api/v1/me/work');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

beforeAll(async () => {
  t = await buildTestApp();
  members = ((await t.app.inject(`/api/v1/clusters/${own}`)).json().members as { id: string }[]).map((m) => m.id);
  const cookies = await signInAll(t, {
    ...nationalAccounts,
    staff: staffAccount(own),
    rep0: repAccount(members[0]!),
    rep1: repAccount(members[1]!),
    rep2: repAccount(members[2]!),
  });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

describe("a reader's own work", () => {
  it('tells what a service waits for, from its state, its answers and its study', () => {
    expect(waitsFor('planning', 2, false)).toBe('answers');
    expect(waitsFor('planning', 0, false)).toBe('study');
    expect(waitsFor('planning', 0, true)).toBe('submission');
    expect(waitsFor('returned', 0, true)).toBe('submission');
    expect(waitsFor('submitted', 0, true)).toBe('committee');
    expect(waitsFor('approved_with_conditions', 0, true)).toBe('conditions');
    expect(waitsFor('approved', 0, true)).toBe('nothing');
  });

  it("gives a cluster's staff a new service and each of its services with what it waits for", async () => {
    const before = await work('staff');
    expect(before[0]).toEqual({ kind: 'newService', clusterSlug: own });
    const id = await createService(c, 'staff', own, [members[0]!, members[1]!]);
    const fresh = (await work('staff')).find((i) => i.serviceId === id);
    expect(fresh).toMatchObject({ kind: 'service', state: 'planning', waitsFor: 'answers', pendingAnswers: 2 });
    await join(c, 'rep0', id, members[0]!);
    await join(c, 'rep1', id, members[1]!);
    expect((await work('staff')).find((i) => i.serviceId === id)).toMatchObject({ waitsFor: 'study', pendingAnswers: 0 });
  });

  it('gives a representative the invitations to answer, then the share and saving of what the authority joined', async () => {
    const id = await createService(c, 'staff', own, [members[2]!]);
    expect(await work('rep2')).toContainEqual(expect.objectContaining({ kind: 'answer', serviceId: id, authorityId: members[2] }));
    const ready = await readyService(c, { staff: 'staff', slug: own, joiners: [members[2]!], reps: { [members[2]!]: 'rep2' } });
    const items = await work('rep2');
    const share = (await c.get('rep2', `/api/v1/services/${ready}/studies/latest/share`)).json();
    expect(items).toContainEqual(expect.objectContaining({ kind: 'share', serviceId: ready, authorityId: members[2], shareAgorot: share.shareAgorot }));
    expect(items.filter((i) => i.kind === 'answer').map((i) => i.serviceId)).toEqual([id]);
  });

  it('gives the national readers the queue, and says who decides', async () => {
    await programme(c, 'ministry', 10_000_000, { [own]: 2_000_000 });
    const ready = await readyService(c, { staff: 'staff', slug: own, joiners: [members[0]!], reps: { [members[0]!]: 'rep0' } });
    const before = (await work('committee')).find((i) => i.kind === 'queue')!.pending!;
    await submitted(c, 'staff', ready, 100_000);
    expect((await work('committee')).filter((i) => i.kind === 'queue')).toEqual([{ kind: 'queue', pending: before + 1, decides: true }]);
    expect((await work('regulator')).filter((i) => i.kind === 'queue')).toEqual([{ kind: 'queue', pending: before + 1, decides: false }]);
    expect((await work('staff')).find((i) => i.serviceId === ready)).toMatchObject({ state: 'submitted', waitsFor: 'committee' });
    // The measurement partner's work is the programme's steering committee alone, so far.
    expect((await work('measurement')).map((i) => i.kind)).toEqual(['steering']);
  });

  it("gives the national readers the running programme's budget and the payments waiting for the ministry", async () => {
    const none = await work('finance');
    const id = await programme(c, 'ministry', 50_000_000, { [own]: 3_000_000 }, { startsOn: '2020-01-01', endsOn: '2099-12-31' });
    const budget = (await work('finance')).find((i) => i.kind === 'budget');
    // The programme created last among those running today is the one new grants draw from.
    expect(budget).toEqual({
      kind: 'budget',
      programme: expect.objectContaining({ id, totalAgorot: 5_000_000_000, allocatedAgorot: 300_000_000, committedAgorot: 0, paidAgorot: 0, endsOn: '2099-12-31' }),
      manages: false,
    });
    expect((await work('ministry')).find((i) => i.kind === 'budget')).toMatchObject({ manages: true });

    const paymentsBefore = { pending: 0, amountAgorot: 0, ...none.find((i) => i.kind === 'payments') };
    const ready = await readyService(c, { staff: 'staff', slug: own, joiners: [members[1]!], reps: { [members[1]!]: 'rep1' } });
    const submission = await submitted(c, 'staff', ready, 200_000);
    await decided(c, submission, decision('approve'));
    const plan = await c.post('staff', `/api/v1/services/${ready}/milestones`, { title: 'מכרז', plannedOn: '2027-03-01', amount: 40_000, deliverable: 'פרסום המכרז' });
    expect(plan.statusCode, plan.body).toBe(201);
    const done = await c.post('staff', `/api/v1/milestones/${plan.json().id}/done`, {});
    expect(done.statusCode, done.body).toBe(200);

    const after = await work('ministry');
    expect(after.find((i) => i.kind === 'payments')).toEqual({ kind: 'payments', pending: paymentsBefore.pending + 1, amountAgorot: paymentsBefore.amountAgorot + 4_000_000, decides: true });
    expect((await work('regulator')).find((i) => i.kind === 'payments')).toMatchObject({ pending: paymentsBefore.pending + 1, decides: false });
    // A cluster's staff read their own cluster's budget on its page, not the programme's on their home.
    expect((await work('staff')).some((i) => i.kind === 'budget' || i.kind === 'payments')).toBe(false);
  });

  it('is for signed-in readers only', async () => {
    expectProblem(await c.get(null, '/api/v1/me/work'), 401, 'UNAUTHENTICATED');
  });
});
