import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/platform/config';
import { expectRefused } from './fingerprint';
import { makeClient, pdfBytes, repAccount, signInAll, staffAccount, type Client } from './service-factories';
import { buildTestApp, select, type TestApp } from './test-app';

/** What one user may upload in 24 hours and one cluster's documents may take in all (ESHKOL_UPLOAD_*_MB). */

const mb = 1024 * 1024;
const quota = { userDailyMb: 0.01, clusterMb: 0.03 };
const userDaily = Math.floor(quota.userDailyMb * mb);
// Each test uploads in a cluster of its own, so that only the last one meets a cluster's quota.
const [a, b, d, y] = ['negev-maaravi', 'negev-mizrahi', 'beit-hakerem', 'galil-mizrahi'];

/** A PDF of exactly this many bytes. */
const pdfOf = (bytes: number) => Buffer.concat([pdfBytes(), Buffer.alloc(bytes - pdfBytes().length, 0x20)]);
const kept = ['documents', 'audit_events'];

let t: TestApp;
let c: Client;

const accounts: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp({ ESHKOL_UPLOAD_USER_DAILY_MB: String(quota.userDailyMb), ESHKOL_UPLOAD_CLUSTER_MB: String(quota.clusterMb) });
  const repsOf = async (slug: string) => ((await t.app.inject(`/api/v1/clusters/${slug}`)).json().members as { id: string }[]).map((m) => repAccount(m.id));
  const [inA, inB, inY] = [await repsOf(a), await repsOf(b), await repsOf(y)];
  Object.assign(accounts, { repA1: inA[0]!, repA2: inA[1]!, repB: inB[0]!, staffD: staffAccount(d), repY1: inY[0]!, repY2: inY[1]!, repY3: inY[2]!, staffY: staffAccount(y) });
  c = makeClient(t, await signInAll(t, accounts));
});
afterAll(() => t.close());

describe('the settings', () => {
  it('are read in megabytes, with defaults', () => {
    expect(loadConfig({}).uploads).toEqual({ userDailyBytes: 200 * mb, clusterBytes: 5_000 * mb });
    expect(loadConfig({ ESHKOL_UPLOAD_USER_DAILY_MB: '0.5', ESHKOL_UPLOAD_CLUSTER_MB: '20' }).uploads).toEqual({ userDailyBytes: mb / 2, clusterBytes: 20 * mb });
    expect(() => loadConfig({ ESHKOL_UPLOAD_USER_DAILY_MB: '0' })).toThrow(/ESHKOL_UPLOAD_USER_DAILY_MB/);
  });
});

describe('the daily quota of a user', () => {
  it('refuses the file that would take the uploader past it, storing nothing, and takes a smaller one that fits', async () => {
    expect((await c.upload('repA1', pdfOf(6000))).statusCode).toBe(201);
    const res = await expectRefused(t, kept, () => c.upload('repA1', pdfOf(6000)), 429, 'DOCUMENT_QUOTA_DAILY');
    expect(res.json().params).toEqual({ limitMb: quota.userDailyMb });
    expect((await c.upload('repA1', pdfOf(userDaily - 6000))).statusCode).toBe(201);
    await expectRefused(t, kept, () => c.upload('repA1', pdfOf(200)), 429, 'DOCUMENT_QUOTA_DAILY');
    // Each user's own: another representative in the same cluster still uploads.
    expect((await c.upload('repA2', pdfOf(6000))).statusCode).toBe(201);
  });

  it('counts the last 24 hours only', async () => {
    expect((await c.upload('repB', pdfOf(6000))).statusCode).toBe(201);
    await expectRefused(t, kept, () => c.upload('repB', pdfOf(6000)), 429, 'DOCUMENT_QUOTA_DAILY');
    // A day passes for what the representative uploaded.
    await t.database.db.execute(sql`update documents set uploaded_at = uploaded_at - interval '25 hours' where uploaded_by = (select id from users where email = ${accounts.repB})`);
    expect((await c.upload('repB', pdfOf(6000))).statusCode).toBe(201);
  });

  it('lets only one of several uploads at once through when only one fits', async () => {
    const all = await Promise.all(Array.from({ length: 6 }, () => c.upload('staffD', pdfOf(6000))));
    expect(all.map((r) => r.statusCode).sort()).toEqual([201, 429, 429, 429, 429, 429]);
  });
});

describe('the quota of a cluster', () => {
  it('refuses the file that would take the cluster’s documents past it, whoever uploads it, and no other cluster’s', async () => {
    for (const who of ['repY1', 'repY2', 'repY3']) expect((await c.upload(who, pdfOf(9000))).statusCode, who).toBe(201);
    const [row] = await select<{ bytes: number }>(t, sql`select sum(size_bytes)::int as bytes from documents where cluster_slug = ${y}`);
    expect(row!.bytes).toBe(27_000);
    // Within the staff's own day, but past the cluster's total.
    const res = await expectRefused(t, kept, () => c.upload('staffY', pdfOf(9000)), 413, 'DOCUMENT_QUOTA_CLUSTER');
    expect(res.json().params).toEqual({ limitMb: quota.clusterMb });
    expect((await c.upload('staffY', pdfOf(4000))).statusCode).toBe(201);
    expect((await c.upload('repA2', pdfOf(4000))).statusCode, 'another cluster').toBe(201);
  });
});
