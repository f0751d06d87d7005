import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createReadCache, registerReadCache } from '../src/platform/read-cache';
import { makeClient, signInAll, type Client } from './service-factories';
import { buildTestApp, type TestApp } from './test-app';

/** Public reads come from memory with an ETag, and a write that changes them is seen at once. */

const cluster = 'negev-maaravi';

describe('the read cache', () => {
  it('is emptied by a write that succeeded, never by one refused', async () => {
    const app = Fastify();
    const cache = createReadCache();
    registerReadCache(app, cache);
    let computed = 0;
    app.get('/list', { config: { read: 'shared' } }, async () => ({ computed: ++computed }));
    app.post('/refused', async (_req, reply) => reply.status(401).send({ code: 'UNAUTHENTICATED' }));
    app.post('/failed', async (_req, reply) => reply.status(500).send({ code: 'INTERNAL' }));
    app.post('/stored', async () => ({ ok: true }));
    await app.ready();
    await app.inject('/list');
    for (const url of ['/refused', '/failed', '/refused']) await app.inject({ method: 'POST', url });
    await app.inject('/list');
    expect(computed).toBe(1);
    await app.inject({ method: 'POST', url: '/stored' });
    await app.inject('/list');
    expect(computed).toBe(2);
    await app.close();
  });

  it('keeps an answer only while no write ended its generation, and for its time', () => {
    let now = 0;
    const cache = createReadCache({ maxAgeMs: 1000, clock: () => now });
    const started = cache.generation;
    cache.invalidate();
    // Computed from data a write then changed: not kept.
    expect(cache.keep('/a', started, '{"x":1}')).toBeNull();
    expect(cache.lookup('/a')).toBeNull();
    const kept = cache.keep('/a', cache.generation, '{"x":2}')!;
    expect(cache.lookup('/a')).toEqual(kept);
    now = 999;
    expect(cache.lookup('/a')?.body).toBe('{"x":2}');
    now = 1000;
    expect(cache.lookup('/a'), 'too old: written by another process, maybe').toBeNull();
  });
});

describe('the read cache by size', () => {
  it('keeps answers up to its bytes, then starts afresh, and keeps none larger than all of it', () => {
    const cache = createReadCache({ maxBytes: 10 });
    const now = cache.generation;
    cache.keep('/a', now, '1234');
    cache.keep('/b', now, '1234');
    cache.keep('/a', now, 'abcd');
    expect([cache.lookup('/a')?.body, cache.lookup('/b')?.body], 'a key kept again counts once').toEqual(['abcd', '1234']);
    cache.keep('/c', now, '1234');
    expect([cache.lookup('/a'), cache.lookup('/b'), cache.lookup('/c')?.body]).toEqual([null, null, '1234']);
    // Hebrew letters take two bytes each in UTF-8.
    expect(cache.keep('/d', now, 'אשכול סי')).toBeNull();
    expect(cache.lookup('/c')?.body).toBe('1234');
  });
});

describe('public reads over HTTP', () => {
  let t: TestApp;
  let c: Client;
  beforeAll(async () => {
    t = await buildTestApp();
    c = makeClient(t, await signInAll(t, { ministry: 'ministry@demo.local' }));
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it.each(['/api/v1/clusters', '/api/v1/authorities?q=' + encodeURIComponent('גליל'), '/api/v1/stats/programme', `/api/v1/clusters/${cluster}`, '/api/v1/map/boundaries'])(
    'answers %s with an ETag, and 304 to a reader who has it',
    async (url) => {
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(url);
      expect(again.body).toBe(first.body);
      expect(again.headers.etag).toBe(etag);
      const unchanged = await get(url, { 'if-none-match': etag });
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.body).toBe('');
    },
  );

  it('shows a write at once: the next read is computed again, with a new ETag', async () => {
    const before = await get('/api/v1/clusters');
    const patched = await c.patch('ministry', `/api/v1/clusters/${cluster}`, { nameEn: 'Western Negev, renamed' });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = await get('/api/v1/clusters');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json().items.find((x: { slug: string }) => x.slug === cluster).nameEn).toBe('Western Negev, renamed');
    expect((await get('/api/v1/clusters', { 'if-none-match': before.headers.etag as string })).statusCode).toBe(200);
  });

  it('gives a signed-in reader their own actions, not the answer kept for anonymous readers', async () => {
    expect((await c.get('ministry', `/api/v1/clusters/${cluster}`)).json().actions).toContain('manage');
    expect((await get(`/api/v1/clusters/${cluster}`)).json().actions).toEqual([]);
    expect((await c.get('ministry', `/api/v1/clusters/${cluster}`)).json().actions).toContain('manage');
    expect((await get(`/api/v1/clusters/${cluster}`)).json().actions).toEqual([]);
  });

  it('sends a large list compressed to a reader that accepts it, the same list', async () => {
    const plain = await get('/api/v1/authorities');
    const zipped = await get('/api/v1/authorities', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.body.length / 3);
  });

  it('keeps its answers across a computation of shares, which changes no data', async () => {
    const before = await get('/api/v1/stats/programme');
    const res = await c.post('ministry', '/api/v1/cost-sharing', {
      players: ['a', 'b'],
      coalitions: [
        { members: ['a'], value: 10 },
        { members: ['b'], value: 10 },
        { members: ['a', 'b'], value: 15 },
      ],
      methods: ['shapley'],
    });
    expect(res.statusCode).toBe(200);
    expect((await get('/api/v1/stats/programme', { 'if-none-match': before.headers.etag as string })).statusCode).toBe(304);
  });
});
