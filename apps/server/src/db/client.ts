import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import { durableStartParams, SyncedNodeFS } from './synced-node-fs';

/**
 * The database layer knows no module: repos write their queries with the query builder over
 * their own tables (`modules/<x>/<x>.schema.ts`), so the client needs no schema of its own.
 */
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Repos take either the database or a transaction, so services decide the transaction. */
export type DbOrTx = Db | Tx;

/**
 * Where the data lives: a PostgreSQL server, or an embedded PGlite in a folder (in memory without
 * one). `template` names a tar file of a PGlite data directory (`dumpDataDir` below) that a new
 * embedded database starts as a copy of, instead of empty; a folder that already holds a database
 * opens as it is. The server never sets it: tests open their databases so, from one made once per
 * run, and `eshkol restore` a backup (`backup.ts`).
 */
export type DatabaseSetting = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null; template?: string };

type DatabaseBase = {
  db: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
};
/**
 * An open database. The embedded one can write its data directory out as one uncompressed tar
 * file, for a `template`; PostgreSQL copies a database with CREATE DATABASE … TEMPLATE instead.
 */
export type Database = (DatabaseBase & { kind: 'postgres' }) | (DatabaseBase & { kind: 'pglite'; dumpDataDir(): Promise<Blob> });

const migrationsFolder = path.resolve(import.meta.dirname, '../../drizzle');

/**
 * Opens the database. A PGlite folder is this opener's until `close()`: while another has it
 * open, this throws DatabaseInUseError (`data-dir-lock.ts`). `onError` hears of a pooled
 * PostgreSQL connection that broke while idle (a server restart, a failover): the pool drops it
 * and opens another when next needed.
 */
export async function openDatabase(setting: DatabaseSetting, onError: (error: Error) => void = () => undefined): Promise<Database> {
  if (setting.kind === 'postgres') {
    // A database that does not answer is given up on after five seconds, not waited for for ever.
    const pool = new pg.Pool({ connectionString: setting.url, max: 10, connectionTimeoutMillis: 5000 });
    pool.on('error', onError);
    const db = drizzlePg(pool) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  if (setting.dataDir === null) return embedded(await PGlite.create(setting.template ? { loadDataDir: readTemplate(setting.template) } : {}));
  // On disk: this process alone (data-dir-lock.ts), and every commit synced to disk (synced-node-fs.ts).
  const dataDir = setting.dataDir;
  fs.mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const copyOf = setting.template && !holdsDatabase(dataDir) ? { loadDataDir: readTemplate(setting.template) } : {};
    const client = await PGlite.create({ fs: new SyncedNodeFS(dataDir), startParams: durableStartParams, ...copyOf });
    return embedded(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** A PGlite client as the query builder the repos take (the two drivers' builders differ only in their result types). */
export const pgliteDb = (client: PGlite): Db => drizzlePglite(client) as unknown as Db;

/** The rows of a raw query, on either database: both drivers answer with `rows`. */
export async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

function embedded(client: PGlite, release: () => void = () => undefined): Database {
  const pdb = drizzlePglite(client);
  return {
    db: pgliteDb(client),
    kind: 'pglite',
    migrate: () => migratePglite(pdb, { migrationsFolder }),
    // A checkpoint first writes every change into the data files, so a copy opens without replaying the log.
    dumpDataDir: async () => {
      await client.exec('CHECKPOINT');
      return client.dumpDataDir('none');
    },
    close: () => client.close().finally(release),
  };
}

const readTemplate = (file: string) => new Blob([fs.readFileSync(file)]);

/** Whether a PGlite data folder already holds a database. */
export function holdsDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

// Postgres returns bigint aggregates as strings; parse them as numbers, as PGlite does.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
