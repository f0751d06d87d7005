import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect, inject } from 'vitest';
import { rowsOf, type DatabaseSetting } from '../src/db/client';
import { loadConfig, type Config } from '../src/platform/config';
import { startEshkol } from '../src/server';
import type { DatabaseTemplate } from './global-setup';
import { adminQuery, databaseUrl } from './postgres-admin';

/**
 * A fully loaded Eshkol of its own per test file: an in-memory PGlite, or, when DATABASE_URL is
 * set, a new database on that PostgreSQL server, dropped afterwards. The database starts as a copy
 * of the run's template (`global-setup.ts`: migrated, holding the shipped data, no account), and
 * start-up does on it what it does on every restart: migrations find nothing to do, the shipped
 * data is already there, and the demo accounts are added unless in production. `empty` starts
 * instead from an empty database, as the first `npm start` does. `folder` puts an embedded PGlite
 * in that folder whatever DATABASE_URL says, for what only the embedded database has (its lock,
 * its backups); on a PostgreSQL run it starts empty.
 */
export async function buildTestApp(overrides: Partial<NodeJS.ProcessEnv> = {}, { empty = false, folder }: { empty?: boolean; folder?: string } = {}) {
  const baseUrl = folder ? undefined : process.env.DATABASE_URL;
  let dbName: string | null = null;
  let env: NodeJS.ProcessEnv = { NODE_ENV: 'test', ...overrides, DATABASE_URL: '' };
  if (baseUrl) {
    dbName = `eshkol_test_${randomBytes(6).toString('hex')}`;
    const template = empty ? undefined : runTemplate();
    await adminQuery(baseUrl, template?.kind === 'postgres' ? `CREATE DATABASE ${dbName} TEMPLATE ${template.database}` : `CREATE DATABASE ${dbName}`);
    env = { ...env, DATABASE_URL: databaseUrl(baseUrl, dbName) };
  }
  const config: Config = loadConfig(env);
  if (config.database.kind === 'pglite') {
    const embedded: DatabaseSetting = { kind: 'pglite', dataDir: folder ?? null };
    config.database = empty ? embedded : onTemplate(embedded);
  }
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

/**
 * The run's template, made for the database these tests run on; none when they run without the
 * root config's global setup, and then every database starts empty.
 */
function runTemplate(): DatabaseTemplate | undefined {
  const template: DatabaseTemplate | undefined = inject('databaseTemplate');
  if (template && template.kind !== (process.env.DATABASE_URL ? 'postgres' : 'pglite')) throw new Error(`the run's template database is on ${template.kind}, but DATABASE_URL says otherwise`);
  return template;
}

/** A new PGlite (in memory, or in a folder of its own that several apps open in turn) starts as a copy of the run's template. */
export function onTemplate(setting: DatabaseSetting): DatabaseSetting {
  const template = runTemplate();
  return setting.kind === 'pglite' && template?.kind === 'pglite' ? { ...setting, template: template.file } : setting;
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
export const select = <T>(t: Pick<TestApp, 'database'>, query: SQL): Promise<T[]> => rowsOf<T>(t.database.db, query);

/** Number of audit events, to prove a refused request changed nothing. */
export async function auditCount(t: TestApp): Promise<number> {
  const [row] = await select<{ n: number }>(t, sql`select count(*)::int as n from audit_events`);
  return Number(row!.n);
}

/**
 * A check that a call is refused with its status and code and writes no audit event, for the app
 * of a test file: `const refused = refusalsOf(t)`.
 */
export function refusalsOf(t: () => TestApp) {
  return async (send: () => Promise<{ statusCode: number; json: () => { code?: string } }>, status: number, code: string) => {
    const before = await auditCount(t());
    const res = await send();
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
    expect(await auditCount(t())).toBe(before);
  };
}

/** An Excel download, opened. */
export async function workbookOf(res: LightMyRequestResponse): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS declares an older Buffer type than the response's; the bytes are the same.
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}
