/**
 * Public reads under load: Eshkol started as `npm start` starts it (its own process, a fresh
 * embedded database, or the PostgreSQL of DATABASE_URL), then 50 keep-alive connections per route
 * for a few seconds each, against /api/health in the same run. Then fairness: a signed-in user's
 * latency alone, and while one anonymous client floods the server from 50 connections.
 *
 *   npm run bench -w @eshkol/server            # PGlite
 *   DATABASE_URL=postgres://… npm run bench -w @eshkol/server
 *
 * Throughput is measured with the per-client rate limit off (ESHKOL_RATE_LIMIT=0), each
 * connection from its own loopback address, asking for gzip as browsers do; the flood runs with
 * the limit as shipped.
 */
import http from 'node:http';
import os from 'node:os';
import { ms, percentile, request, startServer } from './harness';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 50;

/** `n` connections (each from its own loopback address unless `from` is given) requesting `url` back to back for `secs`. */
async function load(port: number, url: string, opts: { n?: number; secs?: number; from?: string; headers?: Record<string, string> } = {}) {
  const n = opts.n ?? connections;
  const end = performance.now() + (opts.secs ?? seconds) * 1000;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: opts.from ?? `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}` });
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const res = await request(port, url, { agent, headers: { 'accept-encoding': 'gzip', ...opts.headers }, drain: true });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
      agent.destroy();
    }),
  );
  latencies.sort((a, b) => a - b);
  const ok = statuses.get(200) ?? 0;
  return { url, rps: ok / (opts.secs ?? seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99), statuses: Object.fromEntries(statuses), errors };
}

/** A signed-in user's requests, one every 25 ms (a busy page, within the per-client limit) for `secs`: their latency. */
async function signedInLatency(port: number, cookie: string, secs: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.9.9' });
  const latencies: number[] = [];
  for (const end = performance.now() + secs * 1000; performance.now() < end; ) {
    const t0 = performance.now();
    const res = await request(port, '/api/v1/clusters/negev-maaravi', { agent, headers: { cookie, 'accept-encoding': 'gzip' } });
    if (res.status !== 200) throw new Error(`signed-in read answered ${res.status}`);
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, Math.max(0, 25 - (performance.now() - t0))));
  }
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), n: latencies.length };
}

async function signIn(port: number, email: string): Promise<string> {
  const res = await request(port, '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'demo' }) });
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).find((c) => c.startsWith('eshkol_session='));
  if (!cookie) throw new Error(`sign-in failed: ${res.status} ${res.body}`);
  return cookie;
}

const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const lines: string[] = [`Reads under ${connections} connections on ${database}, ${seconds} s a route; load average ${os.loadavg()[0]!.toFixed(1)} at the start.`, ''];

{
  const server = await startServer({ ESHKOL_RATE_LIMIT: '0' });
  try {
    const routes = ['/api/health', '/api/v1/clusters', '/api/v1/authorities', '/api/v1/stats/programme', '/api/v1/clusters/negev-maaravi'];
    for (const url of routes) await load(server.port, url, { n: 10, secs: 1 }); // warm-up
    const results = [];
    for (const url of routes) results.push(await load(server.port, url));
    const health = results[0]!.rps;
    lines.push('| Route | req/s | of health | p50 | p99 | Other answers | Target: ≥ 50% of health, p99 < 50 ms |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      const other = Object.entries(r.statuses).filter(([s]) => s !== '200').map(([s, n]) => `${s}: ${n}`).concat(r.errors ? [`errors: ${r.errors}`] : []);
      const share = (100 * r.rps) / health;
      const target = r.url === '/api/health' ? '—' : share >= 50 && r.p99 < 50 ? 'met' : 'missed';
      lines.push(`| ${r.url} | ${r.rps.toFixed(0)} | ${share.toFixed(0)}% | ${ms(r.p50)} | ${ms(r.p99)} | ${other.join(', ') || '—'} | ${target} |`);
    }
  } finally {
    await server.stop();
  }
}

{
  const server = await startServer({});
  try {
    const cookie = await signIn(server.port, 'staff-negev-maaravi@demo.local');
    await signedInLatency(server.port, cookie, 1);
    const idle = await signedInLatency(server.port, cookie, seconds);
    const flooding = load(server.port, '/api/v1/authorities', { from: '127.0.5.5', secs: seconds + 1 });
    await new Promise((r) => setTimeout(r, 500));
    const busy = await signedInLatency(server.port, cookie, seconds);
    const flood = await flooding;
    lines.push(
      '',
      `A signed-in user alone: p50 ${ms(idle.p50)}, p99 ${ms(idle.p99)}; while one anonymous client floods from ${connections} connections: p50 ${ms(busy.p50)}, p99 ${ms(busy.p99)} (${(busy.p50 / idle.p50).toFixed(1)}× at p50; target < 3×: ${busy.p50 / idle.p50 < 3 ? 'met' : 'missed'}). The flood was answered ${JSON.stringify(flood.statuses)}.`,
    );
  } finally {
    await server.stop();
  }
}

console.log(lines.join('\n'));
