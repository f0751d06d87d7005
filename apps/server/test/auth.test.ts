import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorCatalog } from '@eshkol/contracts/errors';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { sessions, users } from '../src/modules/users/users.schema';
import { loadConfig } from '../src/platform/config';
import { loginBackoff } from '../src/modules/users/users.service';
import { startEshkol } from '../src/server';
import { siteOrigin } from './service-factories';
import { buildTestApp, onTemplate, select, type TestApp } from './test-app';

/** Sign-in, sessions, password hashes, the login rate limit, and production's refusal of demo accounts. */

let t: TestApp;

/** Each sign-in comes from its own address unless a test says otherwise, so only the rate-limit test meets the limit. */
let addresses = 0;
const nextAddress = () => `10.30.${Math.floor(++addresses / 250)}.${addresses % 250}`;
const login = (email: string, password: string, opts: { ip?: string; locale?: string } = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: opts.ip ?? nextAddress(),
    headers: opts.locale ? { 'accept-language': opts.locale } : {},
  });
const sessionCookie = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'eshkol_session');
const me = (cookie?: string) => t.app.inject({ url: '/api/v1/auth/me', headers: cookie ? { cookie } : {} });
const createCluster = (cookie: string, slug: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/clusters', payload: { slug, nameHe: 'אשכול בדיקה' }, headers: { cookie, origin: siteOrigin } });

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('signing in', () => {
  it('sets an httpOnly, SameSite session cookie and returns the user', async () => {
    const res = await login('ministry@demo.local', 'demo');
    expect(res.statusCode, res.body).toBe(200);
    const cookie = sessionCookie(res)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    expect(cookie.value.length).toBeGreaterThanOrEqual(40);
    // Not Secure outside production: the test server speaks plain HTTP.
    expect((cookie as { secure?: boolean }).secure).toBeFalsy();
    const body = res.json();
    expect({ ...body, capabilities: [...body.capabilities].sort() }).toEqual({
      user: { id: 'demo-ministry', email: 'ministry@demo.local', displayName: 'Demo ministry', role: 'ministry', clusterSlug: null, authorityId: null },
      capabilities: ['audit.read', 'budget.manage', 'budget.read', 'budget.readAll', 'clusters.manage', 'compliance.readDesk', 'compliance.readOverview', 'costSharing.compute', 'financialReports.readAll', 'governance.manageProgramme', 'imports.run', 'measurement.readDue', 'reviews.readAgenda', 'reviews.readQueue', 'staffing.readQueue', 'standing.managePowers'],
      demo: true,
    });
  });

  it('accepts the email in any case and with spaces around it', async () => {
    expect((await login('  Ministry@DEMO.local ', 'demo')).statusCode).toBe(200);
  });

  it('stores only a hash of the session token', async () => {
    const token = sessionCookie(await login('finance@demo.local', 'demo'))!.value;
    const stored = await t.database.db.select().from(sessions).where(eq(sessions.userId, 'demo-finance'));
    expect(stored.map((s) => s.tokenHash)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);
  });

  it.each(['he', 'en'] as const)('refuses a wrong password and an unknown account alike, in %s, with no cookie', async (locale) => {
    const wrong = await login('ministry@demo.local', 'not-the-password', { locale });
    const unknown = await login('nobody@demo.local', 'demo', { locale });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: errorCatalog.INVALID_CREDENTIALS[locale] });
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(wrong.body).toBe(unknown.body);
  });

  it('hashes every password with argon2id; two accounts with one password get different salts', async () => {
    for (const email of ['first@moin.gov.il', 'second@moin.gov.il']) {
      await t.services.users.createUser({ email, password: 'the same long password', role: 'finance' }, null);
    }
    const rows = await t.database.db.select({ email: users.email, hash: users.passwordHash }).from(users);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r.hash, r.email).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const created = rows.filter((r) => r.email.endsWith('@moin.gov.il'));
    expect(created).toHaveLength(2);
    expect(created[0]!.hash).not.toBe(created[1]!.hash);
    expect((await login('second@moin.gov.il', 'the same long password')).statusCode).toBe(200);
  });
});

describe('the session', () => {
  it('me: the signed-in user with a cookie, nobody without or with a made-up one', async () => {
    const cookie = `eshkol_session=${sessionCookie(await login('regulator@demo.local', 'demo'))!.value}`;
    expect((await me(cookie)).json()).toMatchObject({ user: { email: 'regulator@demo.local', role: 'regulator' }, demo: true });
    expect((await me()).json()).toEqual({ user: null, capabilities: [], demo: true });
    expect((await me('eshkol_session=made-up-token')).json()).toEqual({ user: null, capabilities: [], demo: true });
    const res = await createCluster('eshkol_session=made-up-token', 'made-up');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session on the server and clears the cookie', async () => {
    const token = sessionCookie(await login('ministry@demo.local', 'demo'))!.value;
    const cookie = `eshkol_session=${token}`;
    expect((await me(cookie)).json().user.role).toBe('ministry');

    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, origin: siteOrigin } });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    const cleared = sessionCookie(out)!;
    expect(cleared.value).toBe('');
    expect(new Date((cleared as { expires?: Date }).expires!).getTime()).toBeLessThan(Date.now());

    // The old cookie, replayed, no longer works.
    expect((await me(cookie)).json().user).toBeNull();
    expect((await createCluster(cookie, 'after-logout')).statusCode).toBe(401);
    const hash = createHash('sha256').update(token).digest('hex');
    expect(await t.database.db.select().from(sessions).where(eq(sessions.tokenHash, hash))).toEqual([]);
  });

  it('logout without a session is harmless', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(200);
  });

  it('an expired session is not accepted', async () => {
    const token = sessionCookie(await login('committee@demo.local', 'demo'))!.value;
    const cookie = `eshkol_session=${token}`;
    expect((await me(cookie)).json().user.role).toBe('committee');
    const hash = createHash('sha256').update(token).digest('hex');
    await t.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.tokenHash, hash));
    expect((await me(cookie)).json().user).toBeNull();
  });
});

describe('the login rate limit', () => {
  it('answers 429 after 10 attempts a minute from one address, even with the right password; other addresses go on', async () => {
    const ip = '10.99.0.1';
    // Guesses at several accounts, so that no one account is held back by its own failures (below).
    for (let i = 0; i < 10; i++) expect((await login(`nobody-${i}@demo.local`, `wrong-${i}`, { ip })).statusCode).toBe(401);
    for (const locale of ['he', 'en'] as const) {
      const limited = await login('ministry@demo.local', 'demo', { ip, locale });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', detail: errorCatalog.RATE_LIMITED[locale] });
      expect(sessionCookie(limited)).toBeUndefined();
    }
    expect((await login('ministry@demo.local', 'demo', { ip: '10.99.0.2' })).statusCode).toBe(200);
  });
});

describe('guesses at one account from many addresses', () => {
  it('holds the account back after five failures, even with the right password, and leaves other accounts alone', async () => {
    for (let i = 0; i < 5; i++) expect((await login('measurement@demo.local', `wrong-${i}`, { ip: `10.98.0.${i + 1}` })).statusCode).toBe(401);
    const held = await login('measurement@demo.local', 'demo', { ip: '10.98.0.50' });
    expect(held.statusCode).toBe(429);
    expect(sessionCookie(held)).toBeUndefined();
    expect((await login('regulator@demo.local', 'demo', { ip: '10.98.0.51' })).statusCode).toBe(200);
  });

  it('waits twice as long after each further failure, at most a quarter of an hour, and forgets on success', () => {
    const b = loginBackoff();
    for (let i = 0; i < 5; i++) b.failed('a', 0);
    expect(b.waiting('a', 1999)).toBe(true);
    expect(b.waiting('a', 2000)).toBe(false);
    b.failed('a', 2000);
    expect(b.waiting('a', 5999)).toBe(true);
    expect(b.waiting('a', 6000)).toBe(false);
    for (let i = 0; i < 30; i++) b.failed('a', 10_000);
    expect(b.waiting('a', 10_000 + 15 * 60_000 - 1)).toBe(true);
    expect(b.waiting('a', 10_000 + 15 * 60_000)).toBe(false);
    expect(b.waiting('b', 10_000)).toBe(false);
    b.succeeded('a');
    expect(b.waiting('a', 10_000)).toBe(false);
  });
});

describe('production', () => {
  const quiet = { LOG_LEVEL: 'silent' } as const;
  const site = { ESHKOL_ORIGIN: 'https://eshkol.example.gov.il' } as const;
  let prod: TestApp;
  beforeAll(async () => {
    prod = await buildTestApp({ NODE_ENV: 'production', ...quiet, ...site });
  });
  afterAll(() => prod?.close());

  describe('before any account is added', () => {
    // A database of its own: the other tests here add accounts to theirs.
    let fresh: TestApp;
    beforeAll(async () => {
      fresh = await buildTestApp({ NODE_ENV: 'production', ...quiet, ...site }, { empty: true });
    });
    afterAll(() => fresh?.close());

    it('on a fresh database loads the shipped data and creates no account at all', async () => {
      const count = async (table: string) => Number((await select<{ n: number }>(fresh, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
      expect(await count('users')).toBe(0);
      expect(await count('authorities')).toBeGreaterThan(200);
      expect((await fresh.app.inject('/api/v1/auth/me')).json()).toEqual({ user: null, capabilities: [], demo: false });
      const demoLogin = await fresh.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ministry@demo.local', password: 'demo' } });
      expect(demoLogin.statusCode).toBe(401);
    });
  });

  it('sets the Secure flag on the session cookie and sends HSTS', async () => {
    await prod.services.users.createUser({ email: 'manager@moin.gov.il', password: 'a long enough password', role: 'ministry' }, null);
    const res = await prod.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'manager@moin.gov.il', password: 'a long enough password' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().demo).toBe(false);
    expect(sessionCookie(res)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('refuses to start while demo accounts exist, and starts once they are deleted', async () => {
    // The same database, opened first in development (which adds the demo accounts), then in production.
    const shared: NodeJS.ProcessEnv =
      prod.config.database.kind === 'postgres'
        ? { DATABASE_URL: prod.config.database.url }
        : { ESHKOL_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-production-')) };
    // On PGlite the folder starts as a copy of the run's template; on PostgreSQL the database is the production app's.
    const devConfig = loadConfig({ NODE_ENV: 'development', ...quiet, ...shared });
    const dev = await startEshkol({ ...devConfig, database: onTemplate(devConfig.database) });
    expect((await dev.app.inject('/api/v1/auth/me')).json().demo).toBe(true);
    await dev.app.close();

    const config = loadConfig({ NODE_ENV: 'production', ...quiet, ...site, ...shared });
    await expect(startEshkol(config)).rejects.toThrow(/Refusing to start in production: \d+ demo accounts exist/);

    const database = await openDatabase(config.database);
    await database.db.delete(users).where(eq(users.isDemo, true));
    await database.close();
    const started = await startEshkol(config);
    expect((await started.app.inject('/api/v1/auth/me')).json()).toEqual({ user: null, capabilities: [], demo: false });
    await started.app.close();
    if (shared.ESHKOL_DATA_DIR) fs.rmSync(shared.ESHKOL_DATA_DIR, { recursive: true, force: true });
  });
});
