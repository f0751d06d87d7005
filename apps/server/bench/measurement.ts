/**
 * A cluster's measurement dashboard with 200,000 values stored, on PGlite: a fresh embedded
 * database made as `npm start` makes it (the shipped registry, the demo accounts), a shared service
 * that three members of a cluster joined, 40 quarterly indicators (one of them the service's), and
 * an approved value with its version for each indicator, each member of a cluster and each quarter
 * until 200,000 are stored — written by SQL, as an import of that size would leave them. Then
 * Eshkol is started on that folder in its own process, as `npm start` starts it, and a cluster's
 * dashboard of one indicator (every quarter, each member's value, the gaps, the splits, and for the
 * service's indicator before/after) is asked a few hundred times, one at a time, by the cluster's
 * staff and by an anonymous reader; its p95 is held against 100 ms.
 *
 *   npx tsx bench/measurement.ts        (part of `npm run bench -w @eshkol/server`)
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/db/client';
import { loadConfig } from '../src/platform/config';
import { startEshkol } from '../src/server';
import { ms, percentile, request, startServer, writeSection } from './harness';

const target = 200_000;
const indicators = 40;
const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const warmUp = 30;
const targetMs = 100;
const cluster = 'negev-maaravi';
const title = "A cluster's measurement dashboard with 200,000 values (apps/server/bench/measurement.ts)";

type Inject = Awaited<ReturnType<typeof startEshkol>>['app']['inject'];

async function signedIn(inject: Inject, email: string) {
  const res = await inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'demo' }, remoteAddress: `10.7.0.${email.length}` });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email}: ${res.statusCode} ${res.body}`);
  const cookie = `eshkol_session=${res.cookies.find((c) => c.name === 'eshkol_session')!.value}`;
  return async (method: 'GET' | 'POST', url: string, payload?: object | Buffer, contentType?: string) => {
    const r = await inject({ method, url, payload, headers: { cookie, origin: 'http://localhost:80', ...(contentType ? { 'content-type': contentType } : {}) } });
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.json();
  };
}

/** The quarters from 2015 on, as many as `n`. */
const quarters = (n: number) => Array.from({ length: n }, (_, i) => `${2015 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

/** The database, made in this process and closed again: the service, the indicators and the values. */
async function prepare(dataDir: string) {
  const config = loadConfig({ NODE_ENV: 'development', ESHKOL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '', ESHKOL_RATE_LIMIT: '0' });
  const { app, database } = await startEshkol(config);
  try {
    await app.ready();
    const members = ((await app.inject(`/api/v1/clusters/${cluster}`)).json().members as { id: string }[]).map((m) => m.id);
    const staff = await signedIn(app.inject.bind(app), `staff-${cluster}@demo.local`);
    const partner = await signedIn(app.inject.bind(app), 'measurement@demo.local');
    const joiners = members.slice(0, 3);
    const service = await staff('POST', `/api/v1/clusters/${cluster}/services`, { nameHe: 'פינוי פסולת משותף', domain: 'environment_waste', kind: 'core', description: 'מדידה', invited: joiners });
    for (const [i, authorityId] of joiners.entries()) {
      const rep = await signedIn(app.inject.bind(app), `rep-${authorityId}@demo.local`);
      const doc = await rep('POST', '/api/v1/documents', Buffer.from(`%PDF-1.4\n% approval ${i}\n%%EOF\n`), 'application/pdf');
      await rep('POST', `/api/v1/services/${service.id}/participants/${authorityId}/decision`, { decision: 'join', body: 'council', decidedOn: `${2018 + i}-03-01`, resolutionNumber: `r-${i}`, documentId: doc.id });
    }
    const ids: number[] = [];
    for (let i = 0; i < indicators; i++) {
      const made = await partner('POST', '/api/v1/measurement/indicators', {
        nameHe: `מדד סינתטי ${i + 1}`,
        unitHe: i === 0 ? '₪ לטון' : '%',
        direction: i % 2 === 0 ? 'lower-is-better' : 'higher-is-better',
        frequency: 'quarter',
        kind: i === 0 ? 'unit_cost' : 'service_level',
        domain: 'environment_waste',
        owner: 'שותף המדידה',
        public: true,
        fromPeriod: '2015-Q1',
        serviceId: i === 0 ? service.id : null,
      });
      ids.push(made.id);
    }
    // Every authority that is a member of a cluster today, and as many quarters as 200,000 values need.
    const authorities = (await rowsOf<{ id: string }>(database.db, sql`select distinct authority_id as id from memberships where ended = false order by 1`)).map((r) => r.id);
    const periods = quarters(Math.ceil(target / (indicators * authorities.length)));
    const valuesOf = sql.join(periods.map((p) => sql`(${p})`), sql`, `);
    await database.db.execute(sql`
      insert into measurement_values (indicator_id, authority_id, kind, period, approved_version, approved_value, latest_version, latest_value, latest_state)
      select i, a, 'actual', p, 1, v, 1, v, 'approved' from (
        select i, a, p, round((50 + abs(hashtext(a || p || i::text)) % 5000 / 100.0)::numeric, 2)::float8 as v
        from unnest(${`{${ids.join(',')}}`}::int[]) as i, unnest(${`{${authorities.join(',')}}`}::text[]) as a, (values ${valuesOf}) as q(p)
        order by i, a, p limit ${target}
      ) s`);
    await database.db.execute(sql`
      insert into measurement_value_versions (value_id, version, value, state, source, submitted_at, reviewed_at)
      select id, 1, approved_value, 'approved', 'import', now(), now() from measurement_values`);
    await database.db.execute(sql`analyze`);
    const [count] = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from measurement_values`);
    return { ids, stored: Number(count!.n), periods: periods.length, authorities: authorities.length, members: members.length };
  } finally {
    await app.close();
  }
}

async function signInOver(port: number, email: string) {
  const res = await request(port, '/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'demo' }) });
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).find((c) => c.startsWith('eshkol_session='));
  if (!cookie) throw new Error(`sign-in failed: ${res.status} ${res.body}`);
  return cookie;
}

/** `n` requests, one at a time over one keep-alive connection: each one's latency, and the answer's size. */
async function measure(port: number, urls: (k: number) => string, from: number, n: number, cookie?: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let bytes = 0;
  for (let k = from; k < from + n; k++) {
    const t0 = performance.now();
    const res = await request(port, urls(k), { agent, headers: cookie ? { cookie } : {} });
    latencies.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${urls(k)}: ${res.status} ${res.body.slice(0, 300)}`);
    bytes += Buffer.byteLength(res.body);
  }
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), kb: bytes / n / 1000 };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-bench-measurement-'));
try {
  const loadStarted = performance.now();
  const made = await prepare(dataDir);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.log(`measurement: ${made.stored.toLocaleString('en')} values (${indicators} indicators × ${made.authorities} authorities × ${made.periods} quarters) stored in ${loadSeconds.toFixed(1)} s`);
  const server = await startServer({ ESHKOL_DATA_DIR: dataDir, ESHKOL_RATE_LIMIT: '0' });
  const loadAtStart = os.loadavg()[0]!;
  try {
    const staff = await signInOver(server.port, `staff-${cluster}@demo.local`);
    const dashboard = (k: number) => `/api/v1/measurement/indicators/${made.ids[k % made.ids.length]}/clusters/${cluster}`;
    const service = (k: number) => `/api/v1/measurement/indicators/${made.ids[0]}/clusters/${cluster}${k % 2 === 0 ? '' : '?from=2015-Q1'}`;
    const cases = [
      { name: "One indicator's dashboard of the cluster, its staff reading (each quarter's values and their standing, gaps, splits)", urls: dashboard, cookie: staff },
      { name: 'The same, an anonymous reader (public indicators)', urls: dashboard, cookie: undefined },
      { name: "The service's unit cost, its staff reading (with before/after against the members that did not join)", urls: service, cookie: staff },
    ];
    const rows: string[] = [];
    for (const c of cases) {
      await measure(server.port, c.urls, 0, warmUp, c.cookie);
      const r = await measure(server.port, c.urls, warmUp, requests, c.cookie);
      const verdict = r.p95 < targetMs ? 'met' : 'missed';
      console.log(`${c.name}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, ${r.kb.toFixed(0)} kB (${verdict})`);
      rows.push(`| ${c.name} | ${r.kb.toFixed(0)} kB | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${verdict} |`);
    }
    if (!process.env.BENCH_NO_WRITE) {
      writeSection(
        title,
        [
          `Written on ${new Date().toISOString().slice(0, 10)}. A fresh embedded database (PGlite) with the shipped registry and the demo accounts, ${made.stored.toLocaleString('en')} approved values each with its version`,
          `(${indicators} quarterly indicators × the ${made.authorities} authorities that are members of a cluster × ${made.periods} quarters, stored in ${loadSeconds.toFixed(0)} s by SQL), and a service three of`,
          `the ${made.members} members of ${cluster} joined. Eshkol runs in its own process (development mode); ${requests} requests per case one at a time after ${warmUp} to warm up,`,
          `each of the cluster's dashboard of one indicator over every quarter (the measurement routes keep no read cache); load average ${loadAtStart.toFixed(1)} at the start, on ${os.cpus().length} CPUs.`,
          '',
          '| Case | Answer | p50 | p95 | p99 | Target: p95 < 100 ms |',
          '| --- | --- | --- | --- | --- | --- |',
          ...rows,
        ].join('\n'),
      );
    }
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
