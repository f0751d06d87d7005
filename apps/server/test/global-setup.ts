import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/platform/config';
import { startEshkol } from '../src/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data directory, migrated and holding the shipped data but no account, as a tar file. */
    pgliteTemplate: string | null;
  }
}

/**
 * Migrating and loading the shipped data takes seconds; on the embedded database every test
 * database starts instead from a copy of one made once per run, by the same start-up code.
 * Made in production mode, it holds no account: development apps add their demo accounts.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('pgliteTemplate', null);
    return;
  }
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: '' });
  if (config.database.kind === 'pglite') config.database.dataDir = null;
  const { app, database } = await startEshkol(config);
  const dump = await (database.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
  await app.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-template-')), 'pgdata.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
