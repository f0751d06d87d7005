import { domains as allDomains } from '@eshkol/contracts/participation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './fingerprint';
import { siteOrigin } from './service-factories';
import { auditCount, buildTestApp, signIn, workbookOf, type TestApp } from './test-app';

/** Each member authority opts in per domain; its cluster's staff read the matrix and export it. */

const x = 'negev-maaravi';
const y = 'galil-mizrahi';

let t: TestApp;
let members: { id: string; nameHe: string }[];
let own: string;
let peer: string;
/** Members whose domains no test but one sets or reads. */
let unset: string;
let bystander: string;
let outside: string;
const cookie: Record<string, string> = {};

const setDomains = (as: string, authorityId: string, domains: unknown) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/authorities/${authorityId}/domains`, payload: { domains }, headers: { cookie: cookie[as]!, origin: siteOrigin } });
const matrix = (as: string, slug = x) => t.app.inject({ url: `/api/v1/clusters/${slug}/participation`, headers: { cookie: cookie[as]! } });
const rowOf = async (id: string) => (await matrix('staff')).json().rows.find((r: { authorityId: string }) => r.authorityId === id);

beforeAll(async () => {
  t = await buildTestApp();
  members = (await t.app.inject(`/api/v1/clusters/${x}`)).json().members;
  [own, peer, unset, bystander] = [members[0]!.id, members[1]!.id, members[2]!.id, members[3]!.id];
  // An authority that was a member once and is in no cluster now (a complete list left it out).
  const all = (await t.app.inject('/api/v1/authorities')).json().items as { id: string; currentCluster: unknown }[];
  for (const a of all.filter((v) => !v.currentCluster)) {
    if ((await t.app.inject(`/api/v1/authorities/${a.id}`)).json().memberships.length > 0) {
      outside = a.id;
      break;
    }
  }
  expect(outside).toBeDefined();
  const emails = { ministry: 'ministry@demo.local', staff: `staff-${x}@demo.local`, otherStaff: `staff-${y}@demo.local`, rep: `rep-${own}@demo.local`, peerRep: `rep-${peer}@demo.local`, unsetRep: `rep-${unset}@demo.local`, bystanderRep: `rep-${bystander}@demo.local`, outsideRep: `rep-${outside}@demo.local` };
  for (const [k, email] of Object.entries(emails)) cookie[k] = await signIn(t.app, email);
});
afterAll(() => t.close());

describe("an authority representative sets the authority's domains", () => {
  it('stores each domain once, in the canonical order, and shows them in the matrix', async () => {
    const res = await setDomains('rep', own, ['welfare', 'transport', 'welfare', 'environment_waste']);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ domains: ['environment_waste', 'transport', 'welfare'] });
    const row = await rowOf(own);
    expect(row.domains).toEqual(['environment_waste', 'transport', 'welfare']);
    expect(Date.parse(row.updatedAt)).not.toBeNaN();
    expect((await t.app.inject({ url: `/api/v1/authorities/${own}`, headers: { cookie: cookie.rep! } })).json().domains).toEqual(['environment_waste', 'transport', 'welfare']);
  });

  it('replaces the whole set, and an empty list clears it; each change is audited with before and after', async () => {
    // An authority no other test sets, so that its trail starts with the first set below.
    expect((await setDomains('unsetRep', unset, ['welfare', 'transport', 'welfare', 'environment_waste'])).statusCode).toBe(200);
    expect((await setDomains('unsetRep', unset, ['it'])).json()).toEqual({ domains: ['it'] });
    expect((await setDomains('unsetRep', unset, [])).json()).toEqual({ domains: [] });
    expect((await rowOf(unset)).domains).toEqual([]);

    const audit = await t.app.inject({ url: `/api/v1/audit?entityType=participation&entityId=${unset}`, headers: { cookie: cookie.ministry! } });
    const [cleared, setIt, first] = audit.json().items;
    expect(first).toMatchObject({ action: 'participation.set_domains', actorEmail: `rep-${unset}@demo.local`, before: { cluster: x, domains: [] }, after: { cluster: x, domains: ['environment_waste', 'transport', 'welfare'] } });
    expect(setIt).toMatchObject({ before: { domains: ['environment_waste', 'transport', 'welfare'] }, after: { domains: ['it'] } });
    expect(cleared).toMatchObject({ before: { domains: ['it'] }, after: { cluster: x, domains: [] } });
  });

  it("refuses everyone else: a peer's representative, the cluster's staff, the ministry", async () => {
    expect((await setDomains('rep', own, ['tourism'])).statusCode).toBe(200);
    const audits = await auditCount(t);
    expectProblem(await setDomains('bystanderRep', own, ['it']), 403, 'FORBIDDEN');
    expectProblem(await setDomains('staff', own, ['it']), 403, 'FORBIDDEN');
    expectProblem(await setDomains('ministry', own, ['it']), 403, 'FORBIDDEN');
    expectProblem(await setDomains('rep', bystander, ['it']), 403, 'FORBIDDEN');
    expect(await auditCount(t)).toBe(audits);
    expect((await rowOf(own)).domains).toEqual(['tourism']);
    expect((await rowOf(bystander)).domains).toEqual([]);
  });

  it('refuses an authority that is in no cluster now', async () => {
    const audits = await auditCount(t);
    expectProblem(await setDomains('outsideRep', outside, ['it']), 409, 'NOT_A_MEMBER');
    expect(await auditCount(t)).toBe(audits);
  });

  it('refuses an unknown domain', async () => {
    expect((await setDomains('rep', own, ['tourism'])).statusCode).toBe(200);
    expectProblem(await setDomains('rep', own, ['tourism', 'space_programme']), 400, 'VALIDATION_FAILED');
    expect((await rowOf(own)).domains).toEqual(['tourism']);
  });

  it('two changes at once both succeed, and the result is one of them, whole', async () => {
    const sets = [['education', 'emergency'], ['procurement']];
    const results = await Promise.all(sets.map((s) => setDomains('rep', own, s)));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const final = (await rowOf(own)).domains;
    expect(sets).toContainEqual(final);
    // The audit trail chains: the later change saw the earlier one as its "before".
    const audit = await t.app.inject({ url: `/api/v1/audit?entityType=participation&entityId=${own}&limit=2`, headers: { cookie: cookie.ministry! } });
    const [later, earlier] = audit.json().items;
    expect(later.after.domains).toEqual(final);
    expect(later.before.domains).toEqual(earlier.after.domains);
  });
});

describe('the participation matrix', () => {
  beforeAll(async () => {
    expect((await setDomains('peerRep', peer, ['transport', 'it'])).statusCode).toBe(200);
  });

  it("lists every current member of the cluster against every domain for the cluster's staff", async () => {
    expect((await setDomains('peerRep', peer, ['transport', 'it'])).statusCode).toBe(200);
    const res = await matrix('staff');
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.domains).toEqual([...allDomains]);
    expect(m.rows.map((r: { authorityId: string }) => r.authorityId).sort()).toEqual(members.map((a) => a.id).sort());
    expect(m.rows.find((r: { authorityId: string }) => r.authorityId === peer).domains).toEqual(['transport', 'it']);
  });

  it("is refused to another cluster's staff and to a representative of a non-member", async () => {
    expectProblem(await matrix('otherStaff'), 403, 'FORBIDDEN');
    expectProblem(await matrix('outsideRep'), 403, 'FORBIDDEN');
    expectProblem(await t.app.inject(`/api/v1/clusters/${x}/participation`), 401, 'UNAUTHENTICATED');
    expectProblem(await matrix('staff', 'no-such-cluster'), 404, 'CLUSTER_NOT_FOUND');
  });

  it('exports to an Excel file that opens, right to left, with a tick per domain', async () => {
    const res = await t.app.inject({ url: `/api/v1/clusters/${x}/participation.xlsx`, headers: { cookie: cookie.staff! } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${x}-participation.xlsx"`));

    const wb = await workbookOf(res);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ rightToLeft: true });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toHaveLength(1 + allDomains.length);
    expect(header[0]).toBe('רשות');
    for (const h of header) expect(String(h)).toMatch(/[\u0590-\u05FF]/);
    expect(ws.rowCount).toBe(1 + members.length);

    const peerName = members.find((a) => a.id === peer)!.nameHe;
    const peerRow = ws.getRows(2, members.length)!.find((r) => r.getCell(1).value === peerName)!;
    const ticks = allDomains.filter((_, i) => peerRow.getCell(i + 2).value === '✓');
    expect(ticks).toEqual(['transport', 'it']);
  });

  it("is not exported to another cluster's staff", async () => {
    expectProblem(await t.app.inject({ url: `/api/v1/clusters/${x}/participation.xlsx`, headers: { cookie: cookie.otherStaff! } }), 403, 'FORBIDDEN');
  });
});
