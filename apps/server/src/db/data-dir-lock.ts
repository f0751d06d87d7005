import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One process per embedded database. PGlite keeps no lock of its own: two processes on one
 * folder both write, hand out the same ids, and one's writes are lost. Whoever opens a PGlite
 * folder first takes `<folder>.lock`, a file beside the folder (inside, it would travel in every
 * dump of the folder and come back with each copy), naming its process, host and start; whoever
 * comes next is refused while that process lives.
 *
 * The lock is made whole before it appears (written aside, then hard-linked into place, which
 * fails if one is there), so nobody ever reads half a lock. A lock is stale when its process is
 * gone from this host: no such pid, or a pid that started at another time than the one recorded
 * (the pid was reused, as after a container restarts). A stale lock is taken over under a
 * short-lived second file, so that two processes that find it stale at once do not both take it.
 * A lock from another host is never taken over: nobody here can tell whether that host still runs.
 */

/** The process that holds a folder, as its lock file says. */
export type LockHolder = { pid: number; host: string; startedAt: string; started: string | null; command: string; token: string };

/** A second opener of a folder that another process holds. */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder | null,
  ) {
    super(inUseMessage(dataDir, lockFile, holder));
  }
}

/** Tells this process's locks from those of an earlier process that had its pid (a container restarted). */
const token = randomBytes(8).toString('hex');

/** This process, as it writes itself into a lock. */
const self = (): LockHolder => ({
  pid: process.pid,
  host: os.hostname(),
  startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
  started: processStart(process.pid),
  command: process.argv.slice(1).join(' ').slice(0, 300),
  token,
});

/** The lock file of a folder. */
export const lockFileOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

/** Takes the folder for this process, or throws DatabaseInUseError naming the process that holds it. Returns the release. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = lockFileOf(dataDir);
  const mine = JSON.stringify(self());
  // A stale lock found in one round is removed, and the next round takes its place.
  for (let round = 0; round < 3; round += 1) {
    if (placeLock(lockFile, mine)) return () => releaseLock(lockFile, mine);
    const found = readLock(lockFile);
    if (found === null) continue; // released meanwhile
    if (!isStale(found.holder)) throw new DatabaseInUseError(path.resolve(dataDir), lockFile, found.holder);
    removeStale(lockFile, found.text);
  }
  throw new DatabaseInUseError(path.resolve(dataDir), lockFile, readLock(lockFile)?.holder ?? null);
}

/** Writes the lock aside and links it into place: false if a lock is there already. */
function placeLock(lockFile: string, text: string): boolean {
  const aside = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(aside, text, { flag: 'wx' });
  try {
    fs.linkSync(aside, lockFile);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function readLock(lockFile: string): { text: string; holder: LockHolder | null } | null {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  return { text, holder: parseHolder(text) };
}

function parseHolder(text: string): LockHolder | null {
  try {
    const x: unknown = JSON.parse(text);
    if (typeof x !== 'object' || x === null) return null;
    const { pid, host, startedAt, started, command, token: t } = x as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof startedAt !== 'string' || typeof t !== 'string') return null;
    return { pid, host, startedAt, started: typeof started === 'string' ? started : null, command: typeof command === 'string' ? command : '', token: t };
  } catch {
    return null;
  }
}

/** Whether the lock's process is gone from this host. A lock nobody can read is not stale: a person decides. */
function isStale(holder: LockHolder | null): boolean {
  if (holder === null || holder.host !== os.hostname()) return false;
  if (holder.pid === process.pid) return holder.token !== token;
  if (!isAlive(holder.pid)) return true;
  const started = processStart(holder.pid);
  return holder.started !== null && started !== null && started !== holder.started;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it lives, under another user.
    return errorCode(error) !== 'ESRCH';
  }
}

/** When a process started, in clock ticks since boot (Linux's /proc); null where there is no /proc. */
function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name in parentheses may hold spaces; the fields after it are plain. starttime is the 22nd field.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Removes a stale lock, unless another process replaced it meanwhile; a second file keeps two such removals apart. */
function removeStale(lockFile: string, staleText: string) {
  const guard = `${lockFile}.takeover`;
  try {
    fs.writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    // Held for a moment only: one older than ten seconds was left by a process that died taking over.
    const since = fs.statSync(guard, { throwIfNoEntry: false })?.mtimeMs;
    if (since !== undefined && Date.now() - since > 10_000) fs.rmSync(guard, { force: true });
    return;
  }
  try {
    if (readLock(lockFile)?.text === staleText) fs.rmSync(lockFile, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/** Removes the lock if it is still this opener's. */
function releaseLock(lockFile: string, mine: string) {
  if (readLock(lockFile)?.text === mine) fs.rmSync(lockFile, { force: true });
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function inUseMessage(dataDir: string, lockFile: string, holder: LockHolder | null): string {
  if (holder === null) return `The database folder ${dataDir} is locked by ${lockFile}, which names no process this one can read. If no Eshkol runs on it, delete that file.`;
  const who = `process ${holder.pid} on ${holder.host}${holder.command ? ` (${holder.command})` : ''}, running since ${holder.startedAt}`;
  const elsewhere = holder.host === os.hostname() ? '' : ` If ${holder.host} no longer runs it, delete ${lockFile}.`;
  return `The database folder ${dataDir} is in use by ${who}. An embedded database admits one process at a time: stop that one first.${elsewhere}`;
}
