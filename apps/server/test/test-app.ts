import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../src/platform/config';
import { startEshkol } from '../src/server';

/**
 * A fresh, fully loaded Eshkol per test file: an in-memory PGlite, or, when DATABASE_URL is set,
 * a new database on that PostgreSQL server, dropped afterwards.
 */
export async function buildTestApp(overrides: Partial<NodeJS.ProcessEnv> = {}) {
  const baseUrl = process.env.DATABASE_URL;
  let dbName: string | null = null;
  let env: NodeJS.ProcessEnv = { NODE_ENV: 'test', ...overrides, DATABASE_URL: '' };
  if (baseUrl) {
    dbName = `eshkol_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(baseUrl, `CREATE DATABASE ${dbName}`);
    const url = new URL(baseUrl);
    url.pathname = `/${dbName}`;
    env = { ...env, DATABASE_URL: url.toString() };
  }
  const config: Config = loadConfig(env);
  if (config.database.kind === 'pglite') config.database.dataDir = null;
  const { app, services, database } = await startEshkol(config);
  await app.ready();
  return {
    app,
    services,
    database,
    config,
    async close() {
      await app.close();
      if (baseUrl && dbName) await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Signs in a demo account (password `demo`) and returns its cookie header. */
export async function signIn(app: FastifyInstance, email: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'demo' } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'eshkol_session');
  if (!cookie) throw new Error('no session cookie');
  return `eshkol_session=${cookie.value}`;
}

/** Rows of a raw query, on either database (both drivers answer with `rows`). */
export async function select<T>(t: TestApp, query: SQL): Promise<T[]> {
  const res = (await t.database.db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/** Number of audit events, to prove a refused request changed nothing. */
export async function auditCount(t: TestApp): Promise<number> {
  const [row] = await select<{ n: number }>(t, sql`select count(*)::int as n from audit_events`);
  return Number(row!.n);
}

/** An Excel download, opened. */
export async function workbookOf(res: LightMyRequestResponse): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS declares an older Buffer type than the response's; the bytes are the same.
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}
