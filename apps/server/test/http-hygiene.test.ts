import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/platform/config';
import { registerErrorHandler } from '../src/platform/errors';
import { registerHttpPlatform, registerWebApp } from '../src/platform/http';
import { expectProblem, expectRefused, registryTables } from './fingerprint';
import { makeClient, pdfBytes, signInAll, siteOrigin, type Client } from './service-factories';
import { buildTestApp, type TestApp } from './test-app';

/** What every request meets before its route: the origin check on writes, no caching of readers' answers, the API docs setting, the built web app's caching and compression, and how a client that hangs up is logged. */

const x = 'negev-maaravi';
let t: TestApp;
let c: Client;
let cookies: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  const rep = (await t.app.inject(`/api/v1/clusters/${x}`)).json().members[0].id as string;
  cookies = await signInAll(t, { ministry: 'ministry@demo.local', rep: `rep-${rep}@demo.local` });
  c = makeClient(t, cookies);
});
afterAll(() => t.close());

let slugs = 0;
/** A cluster to create: a write that leaves a row (and an audit event) when it is let through. */
const newCluster = () => ({ slug: `csrf-${++slugs}`, nameHe: 'אשכול בדיקה' });
const createCluster = (headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/clusters', payload: newCluster(), headers });

describe('the origin of a write', () => {
  it.each([
    ['names no origin at all', {}],
    ['names a foreign origin', { origin: 'https://evil.example' }],
    ['names the opaque origin of a sandboxed page', { origin: 'null' }],
    ['names a foreign page as its referrer', { referer: 'https://evil.example/forum/post' }],
    ['names a referrer that is not a URL', { referer: 'not a url' }],
    ['names a foreign origin with a referrer on the site', { origin: 'https://evil.example', referer: `${siteOrigin}/clusters` }],
    ['names the site on another port', { origin: 'http://localhost:3000' }],
  ])('with the session cookie, a write that %s is refused and changes nothing', async (_, headers) => {
    await expectRefused(t, registryTables, () => createCluster({ cookie: cookies.ministry!, ...headers }), 403, 'CSRF_ORIGIN_MISMATCH');
  });

  it('refuses every kind of write that carries the session without naming the site', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: `/api/v1/clusters/${x}`, payload: {}, headers: { cookie: cookies.ministry! } });
      expectProblem(res, 403, 'CSRF_ORIGIN_MISMATCH');
    }
  });

  it('lets a write with the session through when its Origin, or failing that its Referer, is the site', async () => {
    expect((await createCluster({ cookie: cookies.ministry!, origin: siteOrigin })).statusCode).toBe(201);
    expect((await createCluster({ cookie: cookies.ministry!, referer: `${siteOrigin}/clusters?new=1` })).statusCode).toBe(201);
  });

  it('lets reads through whatever their origin', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: cookies.ministry!, origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.role).toBe('ministry');
  });

  it('lets callers without a session name no origin: sign-in, sign-out and API clients work as before', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'finance@demo.local', password: 'demo' }, remoteAddress: '10.40.0.1' });
    expect(login.statusCode, login.body).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(200);
    // Refused for want of a session, not for its origin.
    expectProblem(await createCluster({}), 401, 'UNAUTHENTICATED');
  });

  it('refuses a sign-in posted from another site, setting no session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'finance@demo.local', password: 'demo' },
      headers: { origin: 'https://evil.example' },
      remoteAddress: '10.40.0.2',
    });
    expectProblem(res, 403, 'CSRF_ORIGIN_MISMATCH');
    expect(res.cookies.find((k) => k.name === 'eshkol_session')).toBeUndefined();
  });

  it('takes a sign-in from the site itself', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'finance@demo.local', password: 'demo' },
      headers: { origin: siteOrigin },
      remoteAddress: '10.40.0.3',
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('caching', () => {
  it.each([
    ['who the reader is', '/api/v1/auth/me'],
    ['a cluster with the reader’s actions', `/api/v1/clusters/${x}`],
    ['the audit log', '/api/v1/audit'],
    ['a refusal', '/api/v1/clusters/no-such-cluster'],
    ['a route that does not exist', '/api/v1/no-such-route'],
  ])('nothing keeps %s for a signed-in reader, nor for anyone', async (_, url) => {
    expect((await c.get('ministry', url)).headers['cache-control']).toBe('no-store');
    expect((await c.get(null, url)).headers['cache-control']).toBe('no-store');
  });

  it('lets a browser keep a public list that is the same for every reader, and ask again with its ETag', async () => {
    for (const who of ['ministry', null]) {
      const res = await c.get(who, '/api/v1/authorities');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.etag).toBeTruthy();
    }
  });

  it('nothing keeps the answer to a write', async () => {
    const res = await c.post('ministry', '/api/v1/clusters', newCluster());
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await createCluster({ cookie: cookies.ministry! })).headers['cache-control']).toBe('no-store');
  });

  it('keeps the caching a route declares: the public map for an hour, a document for nobody', async () => {
    expect((await c.get('ministry', '/api/v1/map/boundaries')).headers['cache-control']).toBe('public, max-age=3600');
    const doc = await c.upload('rep', pdfBytes());
    expect(doc.statusCode, doc.body).toBe(201);
    expect(doc.headers['cache-control']).toBe('no-store');
    expect((await c.get('rep', `/api/v1/documents/${doc.json().id}`)).headers['cache-control']).toBe('private, no-store');
  });
});

describe('settings', () => {
  const production = { NODE_ENV: 'production' } as const;

  it('refuses to start a production server without its public origin, saying which setting is missing', () => {
    expect(() => loadConfig(production)).toThrow(/Invalid configuration:\n {2}ESHKOL_ORIGIN: required in production/);
    expect(() => loadConfig({ ...production, ESHKOL_ORIGIN: 'ftp://eshkol.example.gov.il' })).toThrow(/ESHKOL_ORIGIN: ESHKOL_ORIGIN must be an http\(s\) URL/);
    // A command serves no browser.
    expect(loadConfig(production, 'command').origin).toBeNull();
  });

  it('keeps the bare origin of ESHKOL_ORIGIN, as browsers send it', () => {
    expect(loadConfig({ ...production, ESHKOL_ORIGIN: 'https://eshkol.example.gov.il/app/' }).origin).toBe('https://eshkol.example.gov.il');
  });

  it('serves the API docs by default outside production, and in production only when asked', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', ESHKOL_API_DOCS: 'off' }).apiDocs).toBe(false);
    const site = { ...production, ESHKOL_ORIGIN: 'https://eshkol.example.gov.il' };
    expect(loadConfig(site).apiDocs).toBe(false);
    expect(loadConfig({ ...site, ESHKOL_API_DOCS: 'on' }).apiDocs).toBe(true);
    expect(() => loadConfig({ ESHKOL_API_DOCS: 'yes' })).toThrow(/ESHKOL_API_DOCS/);
  });

  it('serves the API docs on a test server', async () => {
    expect((await t.app.inject('/api/docs/')).statusCode).toBe(200);
    expect((await t.app.inject('/api/openapi.json')).json().openapi).toBe('3.0.3');
  });
});

describe('a server with its public origin set and the API docs off', () => {
  const origin = 'https://eshkol.example.gov.il';
  let s: TestApp;
  let cookie: string;
  beforeAll(async () => {
    s = await buildTestApp({ ESHKOL_ORIGIN: `${origin}/`, ESHKOL_API_DOCS: 'off' });
    cookie = (await signInAll(s, { ministry: 'ministry@demo.local' })).ministry!;
  });
  afterAll(() => s?.close());

  it('takes writes from that origin only, not from whatever host the request names', async () => {
    const write = (headers: Record<string, string>) => s.app.inject({ method: 'POST', url: '/api/v1/clusters', payload: newCluster(), headers: { cookie, ...headers } });
    expectProblem(await write({ origin: siteOrigin }), 403, 'CSRF_ORIGIN_MISMATCH');
    expectProblem(await write({ origin: 'https://evil.example', host: 'evil.example' }), 403, 'CSRF_ORIGIN_MISMATCH');
    expect((await write({ origin })).statusCode).toBe(201);
    expect((await write({ referer: `${origin}/clusters` })).statusCode).toBe(201);
  });

  it('serves neither the docs nor the OpenAPI document', async () => {
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/json', '/api/openapi.json']) expectProblem(await s.app.inject(url), 404, 'NOT_FOUND');
  });
});

describe('the built web app', () => {
  // A build of its own, as Vite lays one out: index.html at the top, hashed files under assets/, each
  // text file with the .br and .gz the build writes beside it.
  const page = '<!doctype html><html lang="he" dir="rtl"><script type="module" src="/assets/index-Ab12Cd34.js"></script></html>';
  const script = `export const words = ${JSON.stringify('אשכול '.repeat(400))};`;
  let dist: string;
  let web: FastifyInstance;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
    fs.writeFileSync(path.join(dist, `${file}.gz`), zlib.gzipSync(text));
    fs.writeFileSync(path.join(dist, `${file}.br`), zlib.brotliCompressSync(text));
  };
  const get = (url: string, encoding?: string) => web.inject({ url, headers: encoding ? { 'accept-encoding': encoding } : {} });
  const decoded = (body: Buffer, encoding: string | undefined) =>
    (encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body).toString('utf8');

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-web-dist-'));
    write('index.html', page);
    write('assets/index-Ab12Cd34.js', script);
    const config = { ...loadConfig({ NODE_ENV: 'test' }), webDist: dist };
    web = Fastify();
    registerErrorHandler(web);
    await registerHttpPlatform(web, config);
    await registerWebApp(web, config);
  });
  afterAll(async () => {
    await web?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    ['brotli', 'gzip, deflate, br', 'br'],
    ['gzip', 'gzip, deflate', 'gzip'],
    ['neither', undefined, undefined],
  ])('sends a hashed file compressed as the build compressed it (%s), kept for a year', async (_, accept, encoding) => {
    const res = await get('/assets/index-Ab12Cd34.js', accept);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(decoded(res.rawPayload, encoding)).toBe(script);
  });

  it.each([
    ['the home page', '/'],
    ['a page of the app, by its address', '/clusters/negev-maaravi'],
  ])('sends index.html for %s compressed and never kept without asking again', async (_, url) => {
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], [undefined, undefined]] as const) {
      const res = await get(url, accept);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(decoded(res.rawPayload, encoding)).toBe(page);
    }
  });

  it('tells the browser with the home page to ask for its figures at once, and with no other page', async () => {
    for (const accept of ['gzip, deflate, br', undefined]) {
      expect((await get('/', accept)).headers.link).toBe('</api/v1/stats/programme>; rel=preload; as=fetch; crossorigin');
      expect((await get('/?from=mail', accept)).headers.link).toBe('</api/v1/stats/programme>; rel=preload; as=fetch; crossorigin');
      expect((await get('/clusters', accept)).headers.link).toBeUndefined();
      expect((await get('/assets/index-Ab12Cd34.js', accept)).headers.link).toBeUndefined();
    }
  });

  it('answers 404 for a built file that is not there, and for a compressed copy asked for by name', async () => {
    for (const url of ['/assets/index-OldBuild.js', '/assets/index-Ab12Cd34.js.br', '/assets/index-Ab12Cd34.js.gz']) expectProblem(await get(url, 'br'), 404, 'NOT_FOUND');
  });

  it('keeps the API uncached beside it', async () => {
    const res = await get('/api/v1/no-such-route');
    expectProblem(res, 404, 'NOT_FOUND');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('a client that hangs up', () => {
  type Line = { level: number; msg: string; code?: string };

  /** The platform's error handler on a server of its own, listening, with its log kept. */
  async function listening() {
    const lines: Line[] = [];
    const app = Fastify({ logger: { level: 'info', stream: { write: (line: string) => void lines.push(JSON.parse(line) as Line) } } });
    registerErrorHandler(app);
    app.post('/echo', async (req) => ({ length: JSON.stringify(req.body).length }));
    app.post('/fails', async () => {
      throw new Error('a bug');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    return { app, lines, port: (app.server.address() as net.AddressInfo).port };
  }

  async function until(check: () => boolean) {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  }

  it('is logged at info, not as an error, when it leaves in the middle of its body', async () => {
    const { app, lines, port } = await listening();
    try {
      const socket = net.connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write('POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"half":');
      await until(() => lines.some((l) => l.msg === 'incoming request'));
      socket.destroy();
      await until(() => lines.some((l) => l.msg === 'client closed the connection before the answer'));
      expect(lines.find((l) => l.msg === 'client closed the connection before the answer')).toMatchObject({ level: 30, code: 'ECONNRESET' });
      expect(lines.filter((l) => l.level >= 40)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('leaves a real failure logged as an error', async () => {
    const { app, lines, port } = await listening();
    try {
      const res = await fetch(`http://127.0.0.1:${port}/fails`, { method: 'POST' });
      expect(res.status).toBe(500);
      expect(lines.find((l) => l.msg === 'unhandled error')?.level).toBe(50);
    } finally {
      await app.close();
    }
  });
});
