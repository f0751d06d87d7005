import { costSharingLimits } from '@eshkol/contracts/cost-sharing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectRefused, reviewTables } from './fingerprint';
import { readyService, saveStudy, submit } from './review-fixtures';
import { makeClient, nationalAccounts, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { select, buildTestApp, type TestApp } from './test-app';

/**
 * Versions saved before every figure had its range ("poison" versions: a cost of 10^23 shekels,
 * shares in agorot beyond 2^53) are read as void: listed and shown without a single figure,
 * refused for comparison, shares and submission with their own code, never a 500; a new version
 * saved on top of one puts the service back on its way.
 */

const slug = 'negev-maaravi';

let t: TestApp;
let c: Client;
let a: string, b: string;
const reps: Record<string, string> = {};

type Json = Record<string, unknown>;
type Share = { player: string; share: number; shareAgorot: number; standAlone: number; saving: number };
type Result = Json & { totalAgorot: number; standAlone: { player: string; value: number }[]; allocations: (Json & { shares: Share[] })[] };
type Input = Json & { baseline: { authorityId: string; currentCost: number | null }[]; model: Json & { standAloneCosts: Record<string, number> | null } };

const studies = (id: number) => `/api/v1/services/${id}/studies`;
const huge = 1e23;

beforeAll(async () => {
  t = await buildTestApp();
  [a, b] = ((await t.app.inject(`/api/v1/clusters/${slug}`)).json().members as { id: string }[]).map((m) => m.id) as [string, string];
  c = makeClient(t, await signInAll(t, { ministry: nationalAccounts.ministry, committee: nationalAccounts.committee, staff: staffAccount(slug), repA: repAccount(a), repB: repAccount(b) }));
  Object.assign(reps, { [a]: 'repA', [b]: 'repB' });
});
afterAll(() => t.close());

/**
 * Stores the next version as the code before the ranges saved it when the staff typed a current
 * cost of 10^23 shekels for the first authority: the baseline and the model's stand-alone costs
 * hold it, and the engine's shares of it run to agorot far beyond 2^53. `spoil` says which half
 * carries the figures (both, as then, by default). The audit event of the save is written too.
 */
async function poison(serviceId: number, spoil: { input?: boolean; result?: boolean } = { input: true, result: true }) {
  const [kept] = await select<{ input: Input; result: Result; version: number; created_by: string }>(
    t,
    sql`select input, result, version, created_by from feasibility_studies where service_id = ${serviceId} order by version desc limit 1`,
  );
  const { input, result } = kept!;
  const first = input.baseline[0]!.authorityId;
  if (spoil.input) {
    input.baseline[0]!.currentCost = huge;
    input.model.standAloneCosts = { ...input.model.standAloneCosts, [first]: huge };
  }
  if (spoil.result) {
    const absurd = (s: Share) => (s.player === first ? huge / 2 : -huge / 2);
    result.standAlone = result.standAlone.map((s) => (s.player === first ? { ...s, value: huge } : s));
    result.standAloneTotal = huge;
    result.saving = huge;
    for (const allocation of result.allocations) {
      allocation.shares = allocation.shares.map((s) => ({ ...s, share: absurd(s), shareAgorot: absurd(s) * 100, standAlone: s.player === first ? huge : s.standAlone, saving: huge }));
    }
  }
  const version = kept!.version + 1;
  await t.database.db.execute(
    sql`insert into feasibility_studies (service_id, version, input, result, created_by) values (${serviceId}, ${version}, ${JSON.stringify(input)}::jsonb, ${JSON.stringify(result)}::jsonb, ${kept!.created_by})`,
  );
  const after = { serviceId, version, input, total: result.total, saving: result.saving, proposedMethod: input.proposedMethod };
  await t.database.db.execute(
    sql`insert into audit_events (actor_email, action, entity_type, entity_id, after, owner_type, owner_id) values (${staffAccount(slug)}, 'feasibility_study.save', 'feasibility_study', ${`${serviceId}:${version}`}, ${JSON.stringify(after)}::jsonb, 'service', ${String(serviceId)})`,
  );
  return version;
}

/** A service that a and b joined with their approvals, version 1 of its study sound and version 2 poison. */
async function poisoned() {
  const id = await readyService(c, { staff: 'staff', slug, joiners: [a, b], reps });
  return { id, sound: 1, poison: await poison(id) };
}

const readiness = async (id: number) => {
  const res = await c.get('staff', `/api/v1/services/${id}/readiness`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { checks: { gate: string; met: boolean; authorities: string[] }[]; studyVersion: number | null };
};

describe('a version whose stored figures are beyond range', () => {
  let id: number, sound: number, bad: number;
  beforeAll(async () => ({ id, sound, poison: bad } = await poisoned()));

  it('is the latest version, and the poison is really there: beyond the ranges and beyond 2^53 agorot', async () => {
    const [row] = await select<{ input: Input; result: Result }>(t, sql`select input, result from feasibility_studies where service_id = ${id} and version = ${bad}`);
    expect(row!.input.baseline[0]!.currentCost).toBeGreaterThan(costSharingLimits.maxMoney);
    expect(Number.isSafeInteger(row!.result.allocations[0]!.shares[0]!.shareAgorot)).toBe(false);
    expect((await c.get('staff', `/api/v1/services/${id}`)).json().currentStudyVersion).toBe(bad);
  });

  it.each(['staff', 'committee', 'ministry', 'repA'])('reads as void, with no figure of it, for %s', async (who) => {
    for (const version of [String(bad), 'latest']) {
      const res = await c.get(who, `${studies(id)}/${version}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ serviceId: id, version: bad, createdAt: expect.any(String), createdBy: expect.any(String), submitted: false, void: true, input: null, result: null });
    }
  });

  it('leaves the sound versions as they were', async () => {
    const res = await c.get('staff', `${studies(id)}/${sound}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: sound, input: { baseline: expect.any(Array) }, result: { players: [a, b] } });
    expect(res.json()).not.toHaveProperty('void');
  });

  it('is listed as void, without its joint cost and saving', async () => {
    const res = await c.get('staff', studies(id));
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { version: number; void: boolean; total: number | null; saving: number | null }[];
    expect(items.map((v) => [v.version, v.void])).toEqual([[bad, true], [sound, false]]);
    expect(items[0]).toMatchObject({ total: null, saving: null });
    expect(items[1]!.total).toEqual(expect.any(Number));
    expect(res.body).not.toMatch(/e\+2\d/);
  });

  it.each([
    ['compared with a sound one', () => `${studies(id)}/compare?from=${sound}&to=${bad}`],
    ['compared the other way', () => `${studies(id)}/compare?from=${bad}&to=${sound}`],
    ['as the share of an authority, for the staff', () => `${studies(id)}/${bad}/share?authorityId=${a}`],
  ])('is refused with STUDY_OUT_OF_RANGE when %s', async (_, url) => {
    const res = await c.get('staff', url());
    expectProblem(res, 409, 'STUDY_OUT_OF_RANGE');
    expect(res.json().params).toEqual({ version: bad });
  });

  it("is refused as a representative's own share of the latest version", async () => {
    expectProblem(await c.get('repA', `${studies(id)}/latest/share`), 409, 'STUDY_OUT_OF_RANGE');
    expectProblem(await c.get('repB', `${studies(id)}/${bad}/share`), 409, 'STUDY_OUT_OF_RANGE');
  });

  it('still gives the shares of a sound version', async () => {
    expect((await c.get('repA', `${studies(id)}/${sound}/share`)).statusCode).toBe(200);
  });

  it('holds the study gate back, and a submission is refused with STUDY_OUT_OF_RANGE, nothing stored', async () => {
    const study = (await readiness(id)).checks.find((x) => x.gate === 'study');
    expect(study).toEqual({ gate: 'study', met: false, authorities: [] });
    await expectRefused(t, reviewTables, () => submit(c, 'staff', id, 0), 409, 'STUDY_OUT_OF_RANGE');
    await expectRefused(t, reviewTables, () => submit(c, 'staff', id, 0, { studyVersion: bad }), 409, 'STUDY_OUT_OF_RANGE');
  });

  it("shows its save in the service's audit log without failing", async () => {
    const res = await c.get('ministry', `/api/v1/audit?serviceId=${id}&entityType=feasibility_study`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items[0]).toMatchObject({ action: 'feasibility_study.save', entityId: `${id}:${bad}`, after: { version: bad } });
  });
});

describe('a new version on top of a void one', () => {
  it('is saved as the latest, and the service can then be submitted', async () => {
    const { id, poison: bad } = await poisoned();
    const next = await saveStudy(c, 'staff', id, [a, b]);
    expect(next).toBe(bad + 1);
    const latest = (await c.get('staff', `${studies(id)}/latest`)).json();
    expect(latest).toMatchObject({ version: next, input: { baseline: expect.any(Array) } });
    expect(latest).not.toHaveProperty('void');
    expect((await readiness(id)).checks.find((x) => x.gate === 'study')).toEqual({ gate: 'study', met: true, authorities: [] });
    expectProblem(await c.get('staff', `${studies(id)}/compare?from=${bad}&to=${next}`), 409, 'STUDY_OUT_OF_RANGE');
    expect((await c.get('staff', `${studies(id)}/compare?from=1&to=${next}`)).statusCode).toBe(200);
    const res = await submit(c, 'staff', id, 0);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().package.study).toMatchObject({ version: next, submitted: true });
  });

  it('cannot be the void one submitted by number', async () => {
    const { id, poison: bad } = await poisoned();
    await saveStudy(c, 'staff', id, [a, b]);
    await expectRefused(t, reviewTables, () => submit(c, 'staff', id, 0, { studyVersion: bad }), 409, 'STUDY_OUT_OF_RANGE');
  });
});

describe('either half of a version beyond range makes it void', () => {
  it.each([
    ['only the input', { input: true }],
    ['only the result', { result: true }],
  ])('%s', async (_, spoil) => {
    const id = await readyService(c, { staff: 'staff', slug, joiners: [a, b], reps });
    const bad = await poison(id, spoil);
    expect((await c.get('staff', `${studies(id)}/${bad}`)).json()).toMatchObject({ void: true, input: null, result: null });
    expectProblem(await c.get('staff', `${studies(id)}/compare?from=1&to=${bad}`), 409, 'STUDY_OUT_OF_RANGE');
    await expectRefused(t, reviewTables, () => submit(c, 'staff', id, 0), 409, 'STUDY_OUT_OF_RANGE');
  });
});

describe('a submission whose frozen study is beyond range', () => {
  /**
   * A package frozen when a joint cost of 10^13 shekels still passed (its agorot below 2^53, so the
   * answer could be written then): today's contracts refuse that study, and the package is read
   * with it void, never failing the submission's readers.
   */
  async function frozenBeyondRange() {
    const id = await readyService(c, { staff: 'staff', slug, joiners: [a, b], reps });
    const res = await submit(c, 'staff', id, 0);
    expect(res.statusCode, res.body).toBe(201);
    const submissionId = res.json().id as number;
    const [row] = await select<{ package: { study: { result: Result; input: Input } } }>(t, sql`select package from submissions where id = ${submissionId}`);
    const pkg = row!.package;
    pkg.study.result.total = 1e13;
    pkg.study.result.saving = 1e13;
    pkg.study.input.baseline[0]!.currentCost = 1e13;
    await t.database.db.execute(sql`update submissions set package = ${JSON.stringify(pkg)}::jsonb where id = ${submissionId}`);
    return { id, submissionId };
  }

  it('is read with its study void and the rest of the package as submitted', async () => {
    const { id, submissionId } = await frozenBeyondRange();
    for (const reader of ['staff', 'committee', 'ministry', 'repA']) {
      const res = await c.get(reader, `/api/v1/submissions/${submissionId}`);
      expect(res.statusCode, `${reader}: ${res.body}`).toBe(200);
      const body = res.json();
      expect(body.package.study).toEqual({ serviceId: id, version: 1, createdAt: expect.any(String), createdBy: expect.any(String), submitted: true, void: true, input: null, result: null });
      expect(body.package.participants.map((p: { authorityId: string }) => p.authorityId).sort()).toEqual([a, b].sort());
      expect(body.package.cover).toBe('מבקשים את אישור הוועדה');
    }
  });

  it('is listed in the queue and the service without a joint cost or saving', async () => {
    const { id, submissionId } = await frozenBeyondRange();
    for (const url of ['/api/v1/submissions?pending=true', `/api/v1/services/${id}/submissions`]) {
      const res = await c.get('committee', url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(res.json().items.find((s: { id: number }) => s.id === submissionId)).toMatchObject({ total: null, saving: null, participantCount: 2 });
    }
  });

  it('is on the agenda and in its workbook with its figures unknown, and the committee can still decide on it', async () => {
    const { submissionId } = await frozenBeyondRange();
    const agenda = await c.get('committee', `/api/v1/submissions/agenda?ids=${submissionId}`);
    expect(agenda.statusCode, agenda.body).toBe(200);
    expect(agenda.json().items[0].package.study.void).toBe(true);
    const workbook = await c.get('committee', `/api/v1/submissions/agenda.xlsx?ids=${submissionId}`);
    expect(workbook.statusCode, workbook.body).toBe(200);
    const decided = await c.post('committee', `/api/v1/submissions/${submissionId}/decisions`, {
      outcome: 'return',
      checklist: { feasibilityShown: false, allParticipantsApproved: true, withinBudget: true, coreServiceUnderRules: true },
      reasons: 'יש להגיש בדיקת היתכנות מעודכנת',
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json().package.study.void).toBe(true);
  });
});
