import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, buildTestApp, signIn, type TestApp } from './test-app';

// An empty database, as on the first `npm start`: start-up migrates it and loads the shipped data and demo accounts.
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { empty: true });
});
afterAll(() => t.close());

describe('a fresh Eshkol', () => {
  it('reports its health and database', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });
  it('signs in a demo account', async () => {
    const cookie = await signIn(t.app, 'ministry@demo.local');
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().user.role).toBe('ministry');
    expect(await auditCount(t)).toBeGreaterThan(0);
  });
});
