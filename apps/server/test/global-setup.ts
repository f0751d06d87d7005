import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/platform/config';
import { startEshkol } from '../src/server';
import { adminQuery, databaseUrl } from './postgres-admin';

/** What every server test database starts as a copy of, unless a test asks for an empty one. */
export type DatabaseTemplate = { kind: 'pglite'; file: string } | { kind: 'postgres'; database: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Migrated and holding the shipped data, but no account: a PGlite data directory as a tar file, or a PostgreSQL database. */
    databaseTemplate: DatabaseTemplate;
  }
}

/**
 * Starting on an empty database (creating it, migrating it, importing the shipped data) takes
 * seconds; every server test file's database starts instead as a copy of one that the same
 * start-up code made once per run. Made in production mode, it holds no account: a test app in
 * development mode then adds the demo accounts, as a restart does.
 */
export default async function setup(project: TestProject) {
  const quiet = { NODE_ENV: 'production', LOG_LEVEL: 'silent', ESHKOL_ORIGIN: 'http://127.0.0.1' } as const;
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const database = `eshkol_tpl_${randomBytes(6).toString('hex')}`;
    const drop = () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(baseUrl, `CREATE DATABASE ${database}`);
    try {
      const { app } = await startEshkol(loadConfig({ ...quiet, DATABASE_URL: databaseUrl(baseUrl, database) }));
      // Closing the app ends its pool: CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
      await app.close();
    } catch (error) {
      await drop();
      throw error;
    }
    project.provide('databaseTemplate', { kind: 'postgres', database });
    return drop;
  }
  const config = loadConfig({ ...quiet, DATABASE_URL: '' });
  config.database = { kind: 'pglite', dataDir: null };
  const { app, database } = await startEshkol(config);
  try {
    if (database.kind !== 'pglite') throw new Error(`expected an embedded database, got ${database.kind}`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-template-'));
    const file = path.join(dir, 'pgdata.tar');
    fs.writeFileSync(file, new Uint8Array(await (await database.dumpDataDir()).arrayBuffer()));
    project.provide('databaseTemplate', { kind: 'pglite', file });
    return () => fs.rmSync(dir, { recursive: true, force: true });
  } finally {
    await app.close();
  }
}
