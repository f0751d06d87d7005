import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { holdsDatabase, openDatabase, rowsOf, type Database } from './client';
import { lockDataDir } from './data-dir-lock';

/**
 * Backup and restore of an embedded database, as one tar file of its data folder. Both hold the
 * folder's lock throughout, so neither runs beside a server on it; a backup is taken after a
 * checkpoint, so it opens without replaying the log. A backup opens with the same PGlite
 * (PostgreSQL major version) only; to move data elsewhere, copy it through PostgreSQL.
 */

/** A backup or restore refused before anything changed. */
export class BackupRefused extends Error {}

/** Writes the database in `dataDir` to `file`: the whole file, synced, or nothing (an existing file is replaced only once the new one is complete). */
export async function backupDataDir(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (!holdsDatabase(dataDir)) throw new BackupRefused(`${dataDir} holds no database to back up`);
  const database = await openDatabase({ kind: 'pglite', dataDir });
  let tar: Uint8Array;
  try {
    if (database.kind !== 'pglite') throw new Error(`expected an embedded database, got ${database.kind}`);
    tar = new Uint8Array(await (await database.dumpDataDir()).arrayBuffer());
  } finally {
    await database.close();
  }
  writeFileSynced(file, tar);
  return { bytes: tar.byteLength };
}

/**
 * Makes `dataDir` a copy of the backup in `file`. The copy is made and opened beside the folder
 * first, so a bad file changes nothing; a folder that holds a database is replaced only when
 * `force` says so, and is then kept beside it (`<folder>.before-restore-<time>`), not deleted.
 * Returns where the replaced folder went, if anywhere.
 */
export async function restoreDataDir(dataDir: string, file: string, { force = false } = {}): Promise<{ keptAt: string | null }> {
  const target = path.resolve(dataDir);
  const release = lockDataDir(target);
  try {
    if (!fs.existsSync(file)) throw new BackupRefused(`No such file: ${file}`);
    const notBackup = whyNotABackup(fs.readFileSync(file));
    if (notBackup) throw new BackupRefused(`${file} is not a backup of an embedded database: ${notBackup}`);
    if (holdsDatabase(target) && !force) {
      throw new BackupRefused(`${target} holds a database already. Restoring over it needs --force; the database there is then kept beside it, not deleted.`);
    }
    const staging = `${target}.restoring-${randomBytes(4).toString('hex')}`;
    try {
      await openCopy(staging, file);
      syncTree(staging);
      const keptAt = moveAside(target);
      try {
        fs.renameSync(staging, target);
      } catch (error) {
        if (keptAt) fs.renameSync(keptAt, target);
        throw error;
      }
      syncDir(path.dirname(target));
      return { keptAt };
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    release();
  }
}

/** Unpacks the backup into `folder` and opens it: it must hold Eshkol's database (its migrations' table). */
async function openCopy(folder: string, file: string) {
  let copy: Database;
  try {
    copy = await openDatabase({ kind: 'pglite', dataDir: folder, template: file });
  } catch (error) {
    throw new BackupRefused(`${file} is not a backup of an embedded database: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const [found] = await rowsOf<{ ours: boolean }>(copy.db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ours`);
    if (!found?.ours) throw new BackupRefused(`${file} holds no Eshkol database`);
    // Whatever opening it wrote (a checkpoint at start-up) is in the files before they are synced.
    await copy.db.execute(sql`checkpoint`);
  } finally {
    await copy.close();
  }
}

/**
 * Why these bytes are not a tar of a PostgreSQL data folder, or null if they are one: every header
 * in its place, and a PG_VERSION at the top. Checked before PGlite unpacks them, which reports
 * bad input by crashing the process.
 */
function whyNotABackup(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'it is compressed; uncompress it first (gunzip)';
  const text = (from: number, length: number) => Buffer.from(bytes.subarray(from, from + length)).toString('latin1').replace(/\0.*$/s, '');
  for (let at = 0; ; ) {
    if (at + 512 > bytes.length) return at === 0 ? 'no tar header at byte 0' : 'it holds no PG_VERSION file';
    const name = text(at, 100);
    if (name === '') return 'it holds no PG_VERSION file'; // the end: blocks of zeros
    if (text(at + 257, 5) !== 'ustar') return `no tar header at byte ${at}`;
    if (name === '/PG_VERSION' || name === 'PG_VERSION') return null;
    const size = Number.parseInt(text(at + 124, 12).trim() || '0', 8);
    if (!Number.isSafeInteger(size) || size < 0) return `no tar header at byte ${at}`;
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

/** Moves a folder out of the way: an empty one is removed, any other kept beside it under a dated name. */
function moveAside(folder: string): string | null {
  if (!fs.existsSync(folder)) return null;
  if (fs.readdirSync(folder).length === 0) {
    fs.rmdirSync(folder);
    return null;
  }
  const keptAt = `${folder}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(folder, keptAt);
  return keptAt;
}

/** Writes a file beside its place, syncs it and renames it into place, so that the place holds either the old file or the whole new one. */
function writeFileSynced(file: string, bytes: Uint8Array) {
  const partial = `${file}.partial-${process.pid}`;
  try {
    const fd = fs.openSync(partial, 'wx');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, file);
    syncDir(path.dirname(path.resolve(file)));
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** Syncs every file and folder under `folder`: files unpacked by PGlite are written, not synced. */
function syncTree(folder: string) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) syncPath(path.join(entry.parentPath, entry.name));
  }
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) syncDir(path.join(entry.parentPath, entry.name));
  }
  syncDir(folder);
}

function syncPath(p: string) {
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Syncs a folder's entries (a new or renamed file's name); some systems cannot open a folder, and need not. */
function syncDir(folder: string) {
  try {
    syncPath(folder);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && (error.code === 'EISDIR' || error.code === 'EPERM' || error.code === 'EACCES'))) throw error;
  }
}
