import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/platform/config';
import { startEshkol } from '../src/server';
import { expectProblem } from './fingerprint';
import { buildTestApp, type TestApp } from './test-app';

/**
 * The PostgreSQL connection is cut under traffic and comes back: the server answers 503 with a
 * code meanwhile, health says "degraded", nothing crashes, and it serves again by itself. A TCP
 * proxy stands between the app and the test's PostgreSQL, and the test closes and reopens it.
 * It needs a PostgreSQL server (DATABASE_URL): CI runs it on every pass.
 */

/** A TCP proxy to `target` on a port of its own; `cut` drops every connection and refuses new ones until `restore`. */
function tcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  return { open, cut, restore: open, port: () => port };
}

const baseUrl = process.env.DATABASE_URL;

describe.runIf(baseUrl)('a lost PostgreSQL connection', () => {
  let seeded: TestApp;
  let proxy: ReturnType<typeof tcpProxy>;
  let app: Awaited<ReturnType<typeof startEshkol>>['app'];
  const lost: string[] = [];

  beforeAll(async () => {
    // The database is made and loaded as for any test; a second app reaches it through the proxy.
    seeded = await buildTestApp();
    const direct = new URL(seeded.config.database.kind === 'postgres' ? seeded.config.database.url : '');
    proxy = tcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.open();
    const viaProxy = new URL(direct);
    viaProxy.port = String(proxy.port());
    ({ app } = await startEshkol(loadConfig({ NODE_ENV: 'test', DATABASE_URL: viaProxy.toString() }), (msg) => lost.push(msg)));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await proxy?.cut();
    await seeded?.close();
  });

  // A read the app does not keep in memory: it needs the database every time.
  const clusters = () => app.inject('/api/v1/clusters/negev-maaravi/services');
  const health = () => app.inject('/api/health');
  const until = async (check: () => Promise<boolean>, seconds: number) => {
    for (const end = Date.now() + seconds * 1000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
    return false;
  };

  it('answers 503 with a code while it is gone, says so in health, and serves again when it returns', async () => {
    expect((await clusters()).statusCode).toBe(200);
    expect((await app.inject('/api/v1/stats/programme')).statusCode).toBe(200);
    expect((await health()).json()).toEqual({ status: 'ok', database: 'postgres' });

    // Traffic in flight when the connection drops.
    const inFlight = Array.from({ length: 20 }, () => clusters());
    await proxy.cut();
    for (const res of await Promise.all(inFlight)) {
      expect([200, 503], res.body.slice(0, 200)).toContain(res.statusCode);
      if (res.statusCode === 503) expectProblem(res, 503, 'DATABASE_UNAVAILABLE');
    }
    expectProblem(await clusters(), 503, 'DATABASE_UNAVAILABLE');
    // What the app keeps in memory it still serves meanwhile.
    expect((await app.inject('/api/v1/stats/programme')).statusCode).toBe(200);
    expect(await until(async () => (await health()).statusCode === 503, 30), 'health turned degraded').toBe(true);
    expect((await health()).json()).toEqual({ status: 'degraded', database: 'postgres' });

    await proxy.restore();
    expect(await until(async () => (await clusters()).statusCode === 200, 30), 'it served again by itself').toBe(true);
    expect(await until(async () => (await health()).statusCode === 200, 30)).toBe(true);
  });

  it('hears of idle connections that break, logs it, and opens new ones when next needed', async () => {
    // The pool now holds idle connections; cutting them with no request running must not crash the process.
    await Promise.all(Array.from({ length: 5 }, () => clusters()));
    const before = lost.length;
    await proxy.cut();
    expect(await until(async () => lost.length > before, 5), 'the lost connection was logged').toBe(true);
    expect(lost.at(-1)).toMatch(/^database connection lost: /);
    await proxy.restore();
    expect(await until(async () => (await clusters()).statusCode === 200, 10)).toBe(true);
  });
});
