import { backupDataDir, BackupRefused, restoreDataDir } from '../db/backup';
import { loadConfig } from '../platform/config';

/** `eshkol backup FILE`: the embedded database, while no server runs on it, as one file. */
export function runBackup(file: string): Promise<number> {
  return onEmbedded('back a PostgreSQL database up with its own tools, e.g. pg_dump -Fc -f FILE "$DATABASE_URL"', async (dataDir) => {
    const { bytes } = await backupDataDir(dataDir, file);
    return [`backed up ${dataDir} to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MiB)`];
  });
}

/** `eshkol restore FILE [--force]`: the embedded database becomes the backup's, while no server runs on it. */
export function runRestore(file: string, opts: { force: boolean }): Promise<number> {
  return onEmbedded('restore a PostgreSQL database with its own tools, e.g. pg_restore --clean --if-exists --no-owner -d "$DATABASE_URL" FILE', async (dataDir) => {
    const { keptAt } = await restoreDataDir(dataDir, file, opts);
    return [`restored ${file} into ${dataDir}`, ...(keptAt ? [`the database that was there is kept at ${keptAt}; delete it once it is no longer needed`] : [])];
  });
}

/** Runs `work` on the embedded database's folder; on PostgreSQL says which tool does it instead. A refusal exits with 2. */
async function onEmbedded(onPostgres: string, work: (dataDir: string) => Promise<string[]>): Promise<number> {
  const { database } = loadConfig();
  if (database.kind === 'postgres' || database.dataDir === null) {
    console.error(`DATABASE_URL is set: ${onPostgres} (see the README).`);
    return 2;
  }
  try {
    for (const line of await work(database.dataDir)) console.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    console.error(error.message);
    return 2;
  }
}
