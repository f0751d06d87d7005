import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './fingerprint';
import { buildTestApp, signIn, type TestApp } from './test-app';

/** Each client its share of the API: one that floods is answered 429, the others are not slowed. */
describe('the per-client rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ ESHKOL_RATE_LIMIT: '20' });
  });
  afterAll(() => t.close());

  const from = (remoteAddress: string, headers: Record<string, string> = {}) => t.app.inject({ url: '/api/v1/clusters', remoteAddress, headers });

  it('refuses a flooding address with RATE_LIMITED, and serves another address and a signed-in session meanwhile', async () => {
    const cookie = await signIn(t.app, 'ministry@demo.local');
    const flood = [];
    for (let i = 0; i < 30; i++) flood.push(await from('10.9.0.1'));
    expect(flood.filter((r) => r.statusCode === 200)).toHaveLength(20);
    expectProblem(flood.find((r) => r.statusCode === 429)!, 429, 'RATE_LIMITED');
    expect((await from('10.9.0.2')).statusCode).toBe(200);
    // The same address signed in is counted by its session, not with the anonymous flood.
    expect((await from('10.9.0.1', { cookie })).statusCode).toBe(200);
    // Health is never limited: a load balancer must hear it.
    expect((await t.app.inject({ url: '/api/health', remoteAddress: '10.9.0.1' })).statusCode).toBe(200);
  });
});
