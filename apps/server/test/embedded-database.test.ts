import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase, type DatabaseSetting } from '../src/db/client';
import { DatabaseInUseError, lockFileOf } from '../src/db/data-dir-lock';
import { durableStartParams, SyncedNodeFS } from '../src/db/synced-node-fs';
import { eshkol, holdingProcess, server, tempFolder } from './embedded-process';
import { select } from './test-app';

/**
 * The embedded database admits one process per folder (issue 9: two servers on one folder lost a
 * whole one's writes, and a CLI command beside a running server printed success and stored
 * nothing), a crashed holder's lock does not block the next start, and every commit is synced.
 * These run on PGlite whatever DATABASE_URL says.
 */

const embedded = (dataDir: string): DatabaseSetting => ({ kind: 'pglite', dataDir });

/** Writes a lock into place as another process would have. */
function writeLock(folder: string, holder: { pid: number; host?: string; started?: string | null }) {
  fs.mkdirSync(folder, { recursive: true });
  const lock = { host: os.hostname(), startedAt: '2025-01-01T00:00:00.000Z', started: null, command: 'tsx src/main.ts', token: 'another process', ...holder };
  fs.writeFileSync(lockFileOf(folder), JSON.stringify(lock));
}

async function opensAndHoldsLock(folder: string) {
  const database = await openDatabase(embedded(folder));
  expect(JSON.parse(fs.readFileSync(lockFileOf(folder), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
  await database.close();
  expect(fs.existsSync(lockFileOf(folder))).toBe(false);
}

describe('one process per embedded database', () => {
  it('refuses a second opener of a folder, naming the folder and the process that has it, and opens once that one is closed', async () => {
    const folder = tempFolder();
    const first = await openDatabase(embedded(folder));
    const second = openDatabase(embedded(folder));
    await expect(second).rejects.toThrow(DatabaseInUseError);
    await expect(second).rejects.toThrow(`The database folder ${folder} is in use by process ${process.pid} on ${os.hostname()}`);
    await first.close();
    await opensAndHoldsLock(folder);
  });

  it('refuses while another process has the folder, and takes over once that process is killed; its acknowledged write is there', async () => {
    const folder = tempFolder();
    const holder = await holdingProcess(folder);
    await expect(openDatabase(embedded(folder))).rejects.toThrow(`is in use by process ${holder.pid} on ${os.hostname()}`);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    expect(fs.existsSync(lockFileOf(folder)), 'a killed process leaves its lock').toBe(true);
    const database = await openDatabase(embedded(folder));
    try {
      expect(await select({ database }, sql`select note from crash_probe`)).toEqual([{ note: 'acknowledged before the crash' }]);
    } finally {
      await database.close();
    }
  });

  it('takes over a lock that names a process no longer running here', async () => {
    const folder = tempFolder();
    const { pid } = spawnSync(process.execPath, ['-e', '']);
    writeLock(folder, { pid: pid! });
    await opensAndHoldsLock(folder);
    // This process's own pid, in a lock it did not write: an earlier process that had the pid, as in a restarted container.
    writeLock(folder, { pid: process.pid });
    await opensAndHoldsLock(folder);
  });

  it.runIf(fs.existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to a process that started later', async () => {
    const folder = tempFolder();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    onTestFinished(() => void other.kill('SIGKILL'));
    await once(other, 'spawn');
    writeLock(folder, { pid: other.pid!, started: 'the start of an earlier process' });
    await opensAndHoldsLock(folder);
  });

  it('never takes over a lock from another host, nor one it cannot read, and says how to free the folder', async () => {
    const folder = tempFolder();
    writeLock(folder, { pid: 1, host: 'elsewhere.example' });
    await expect(openDatabase(embedded(folder))).rejects.toThrow(`is in use by process 1 on elsewhere.example`);
    await expect(openDatabase(embedded(folder))).rejects.toThrow(`If elsewhere.example no longer runs it, delete ${lockFileOf(folder)}.`);
    fs.writeFileSync(lockFileOf(folder), 'not a lock');
    await expect(openDatabase(embedded(folder))).rejects.toThrow(`which names no process this one can read. If no Eshkol runs on it, delete that file.`);
    fs.rmSync(lockFileOf(folder));
    await opensAndHoldsLock(folder);
  });

  it('stops a second server on the folder with exit code 1 and a message naming the process that has it, without a stack trace', async () => {
    const folder = tempFolder();
    const holder = await openDatabase(embedded(folder));
    try {
      const second = await server(folder);
      expect(second.code, second.stderr).toBe(1);
      expect(second.stderr).toContain(`The database folder ${folder} is in use by process ${process.pid}`);
      expect(second.stderr).not.toMatch(/\n\s+at /);
      expect(second.stdout).not.toContain('Eshkol answers at');
    } finally {
      await holder.close();
    }
  });

  it('refuses a command of the CLI while the folder is open, with exit code 3 and nothing stored; once closed, the command stores', async () => {
    const folder = tempFolder();
    const server = await openDatabase(embedded(folder));
    const create = ['user', 'create', '--email', 'dana@example.gov.il', '--role', 'ministry'];
    const password = { ESHKOL_PASSWORD: 'a long enough password' };
    const refused = await eshkol(folder, create, password);
    expect(refused.code, refused.stderr).toBe(3);
    expect(refused.stderr).toContain(`The database folder ${folder} is in use by process ${process.pid}`);
    expect(refused.stdout).toBe('');
    await server.close();

    const done = await eshkol(folder, create, password);
    expect(done.code, done.stderr).toBe(0);
    const database = await openDatabase(embedded(folder));
    try {
      expect(await select({ database }, sql`select email from users`)).toEqual([{ email: 'dana@example.gov.il' }]);
    } finally {
      await database.close();
    }
  });
});

describe('every commit of the embedded database synced to disk', () => {
  it('opens a folder with fsync on and the log synced by fsync, the one method that reaches the disk', async () => {
    const database = await openDatabase(embedded(tempFolder()));
    try {
      const settings = await select<{ name: string; setting: string }>({ database }, sql`select name, setting from pg_settings where name in ('fsync', 'wal_sync_method') order by name`);
      expect(settings).toEqual([
        { name: 'fsync', setting: 'on' },
        { name: 'wal_sync_method', setting: 'fsync' },
      ]);
    } finally {
      await database.close();
    }
  });

  it('syncs a file at every commit, in a statement of its own or a transaction', async () => {
    const files = new SyncedNodeFS(tempFolder());
    const client = await PGlite.create({ fs: files, startParams: durableStartParams });
    try {
      await client.exec('create table t (n int)');
      let before = files.syncs;
      await client.query('insert into t values (1)');
      expect(files.syncs).toBeGreaterThan(before);
      before = files.syncs;
      await client.transaction(async (tx) => {
        await tx.query('insert into t values (2)');
      });
      expect(files.syncs).toBeGreaterThan(before);
    } finally {
      await client.close();
    }
  });
});
