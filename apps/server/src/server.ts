import { buildApp, createServices } from './app';
import { ensureDemoAccounts, ensureDemoBodies, loadShippedData, loadShippedStanding } from './seed';
import { holdsDatabase, openDatabase, type DatabaseSetting } from './db/client';
import type { Config } from './platform/config';

/** What opening the database is about to do, for the start's log (never a PostgreSQL URL: it may hold a password). */
function opening(setting: DatabaseSetting): string {
  if (setting.kind === 'postgres') return 'connecting to PostgreSQL';
  if (setting.dataDir === null) return 'opening an embedded database in memory';
  if (holdsDatabase(setting.dataDir)) return `opening the embedded database in ${setting.dataDir}`;
  return `creating the embedded database in ${setting.dataDir} (a first start takes a few seconds more)`;
}

/** Opens and migrates the database, loads the shipped data into a fresh one, and builds the app; `log` hears each step. */
export async function startEshkol(config: Config, log: (msg: string) => void = () => undefined) {
  log(opening(config.database));
  const database = await openDatabase(config.database, (error) => log(`database connection lost: ${error.message}`));
  // Whatever stops the start closes the database again: an embedded one is then free for the next opener.
  try {
    log('migrating the database');
    await database.migrate();
    const services = createServices(database, config);
    const deps = {
      db: database.db,
      dataDir: config.dataDir,
      imports: services.imports,
      authorities: services.authorities.repo,
      clusters: services.clusters.repo,
      users: services.users,
      usersRepo: services.users.repo,
      log,
    };
    await loadShippedData(deps);
    await loadShippedStanding({ ...deps, standing: services.standing });
    if (config.env === 'production') {
      const demo = await services.users.repo.countDemo(database.db);
      if (demo > 0) {
        throw new Error(`Refusing to start in production: ${demo} demo accounts exist. Delete them (users with is_demo = true) first.`);
      }
    } else {
      log(`demo accounts (password demo): ${await ensureDemoAccounts(deps)}`);
      const bodies = await ensureDemoBodies({ db: database.db, governance: services.governance.repo, clusters: services.clusters.repo });
      if (bodies > 0) log(`demo bodies: ${bodies}`);
    }
    const app = await buildApp(config, database, services);
    app.addHook('onClose', () => database.close());
    return { app, database, services };
  } catch (error) {
    await database.close();
    throw error;
  }
}
