import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/platform/config';
import { WindowStore } from '../src/platform/rate-limit-store';
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
  const statuses = (answers: { statusCode: number }[]) => answers.map((r) => r.statusCode).sort();

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

  it('answers a burst that arrives all at once as it answers one that arrives in turn: the first 20 served', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, () => from('10.9.0.3')));
    expect(statuses(burst)).toEqual([...Array<number>(20).fill(200), ...Array<number>(10).fill(429)]);
    expect(burst.filter((r) => r.statusCode === 200).map((r) => Number(r.headers['x-ratelimit-remaining'])).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe('a refusal held back', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ ESHKOL_RATE_LIMIT: '2', ESHKOL_RATE_LIMIT_DELAY_MS: '400' });
  });
  afterAll(() => t.close());

  it('is sent only after the delay, while everyone else is answered at once', async () => {
    const from = (remoteAddress: string) => t.app.inject({ url: '/api/v1/clusters', remoteAddress });
    await from('10.9.1.1');
    await from('10.9.1.1');
    const order: string[] = [];
    const refused = from('10.9.1.1').then((r) => (order.push('refused'), r));
    const other = from('10.9.1.2').then((r) => (order.push('other'), r));
    // A timer due before the delay is over fires before the refusal is sent: Node runs timers in the order they are due.
    const halfway = new Promise<void>((resolve) => setTimeout(() => (order.push('halfway'), resolve()), 200));
    const [r, o] = await Promise.all([refused, other, halfway]);
    expectProblem(r, 429, 'RATE_LIMITED');
    expect(o.statusCode).toBe(200);
    expect(order).toEqual(['other', 'halfway', 'refused']);
  });

  it('is the shipped behaviour outside tests, one second, and can be turned off', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).refusalDelayMs).toBe(1000);
    expect(loadConfig({ NODE_ENV: 'production', ESHKOL_ORIGIN: 'https://eshkol.example' }).refusalDelayMs).toBe(1000);
    expect(loadConfig({ NODE_ENV: 'development', ESHKOL_RATE_LIMIT_DELAY_MS: '0' }).refusalDelayMs).toBe(0);
    expect(loadConfig({ NODE_ENV: 'test' }).refusalDelayMs).toBe(0);
    expect(() => loadConfig({ NODE_ENV: 'development', ESHKOL_RATE_LIMIT_DELAY_MS: '-1' })).toThrow();
  });
});

describe('the counting of requests', () => {
  const count = (store: WindowStore, key: string, windowMs = 1000) => {
    let result: { current: number; ttl: number } | undefined;
    store.incr(key, (_, r) => (result = r), windowMs);
    return result!;
  };

  it('counts each client in windows of its own, each request with the count as it stood then', () => {
    let now = 0;
    const store = new WindowStore({}, () => now);
    expect([count(store, 'a'), count(store, 'a')]).toEqual([{ current: 1, ttl: 1000 }, { current: 2, ttl: 1000 }]);
    now = 400;
    expect(count(store, 'b')).toEqual({ current: 1, ttl: 1000 });
    expect(count(store, 'a')).toEqual({ current: 3, ttl: 600 });
    now = 1000;
    expect(count(store, 'a')).toEqual({ current: 1, ttl: 1000 });
    expect(count(store, 'b')).toEqual({ current: 2, ttl: 400 });
  });

  it('forgets the oldest client first when it keeps as many as it may', () => {
    let now = 0;
    const store = new WindowStore({ cache: 2 }, () => now);
    count(store, 'a');
    now = 1;
    count(store, 'b');
    count(store, 'b');
    now = 2;
    count(store, 'c');
    expect(count(store, 'b').current).toBe(3);
    expect(count(store, 'a').current).toBe(1);
  });

  it('gives a route with its own limit a store of its own', () => {
    const store = new WindowStore();
    count(store, 'a');
    expect(count(store.child(), 'a').current).toBe(1);
  });
});
