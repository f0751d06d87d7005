/**
 * `npm run bench:durability -w @eshkol/server`: what syncing every commit to disk costs the
 * embedded database. It times single-row writes, each its own transaction (as most of Eshkol's
 * writes are), on PGlite as it ships (fsync off: nothing reaches the disk before the operating
 * system writes it back) and as Eshkol opens it (`openDatabase`: each COMMIT synced), each in a
 * fresh folder under the system's temporary folder, and on PostgreSQL when DATABASE_URL is set.
 * The machine may be shared: run it a few times and read the spread. docs/adr/0008-one-process-per-embedded-database.md has figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase, pgliteDb, rowsOf, type Db } from '../src/db/client';

const writes = Number(process.env.WRITES ?? 200);

async function timeWrites(db: Db): Promise<{ perWriteMs: number; settings: string }> {
  await db.execute(sql`create table if not exists bench_writes (id serial primary key, v text not null)`);
  const started = performance.now();
  for (let i = 0; i < writes; i += 1) await db.execute(sql`insert into bench_writes (v) values (${`row ${i}`})`);
  const perWriteMs = (performance.now() - started) / writes;
  await db.execute(sql`drop table bench_writes`);
  const [found] = await rowsOf<{ s: string }>(db, sql`select string_agg(name || '=' || setting, ' ' order by name) as s from pg_settings where name in ('fsync', 'wal_sync_method')`);
  return { perWriteMs, settings: found?.s ?? '' };
}

async function inFreshFolder(work: (dir: string) => Promise<{ perWriteMs: number; settings: string }>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eshkol-bench-'));
  try {
    return await work(path.join(dir, 'data'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const rows: [string, { perWriteMs: number; settings: string }][] = [];
rows.push([
  'PGlite as it ships',
  await inFreshFolder(async (dataDir) => {
    const client = await PGlite.create({ dataDir });
    try {
      return await timeWrites(pgliteDb(client));
    } finally {
      await client.close();
    }
  }),
]);
rows.push([
  "Eshkol's embedded database",
  await inFreshFolder(async (dataDir) => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      return await timeWrites(database.db);
    } finally {
      await database.close();
    }
  }),
]);
if (process.env.DATABASE_URL) {
  const database = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL });
  try {
    rows.push(['PostgreSQL at DATABASE_URL', await timeWrites(database.db)]);
  } finally {
    await database.close();
  }
}
console.log(`${writes} single-row writes, each its own transaction, on ${os.hostname()}:`);
for (const [name, r] of rows) console.log(`  ${name.padEnd(28)} ${r.perWriteMs.toFixed(2).padStart(6)} ms a write   (${r.settings})`);
