import { buildApp, createServices } from './app';
import { ensureDemoAccounts, loadShippedData } from './seed';
import { openDatabase } from './db/client';
import type { Config } from './platform/config';

/** Opens and migrates the database, loads the shipped data into a fresh one, and builds the app. */
export async function startEshkol(config: Config, log: (msg: string) => void = () => undefined) {
  const database = await openDatabase(config.database, (error) => log(`database connection lost: ${error.message}`));
  // Whatever stops the start closes the database again: an embedded one is then free for the next opener.
  try {
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
    if (await loadShippedData(deps)) log('fresh database: loaded the shipped data');
    if (config.env === 'production') {
      const demo = await services.users.repo.countDemo(database.db);
      if (demo > 0) {
        throw new Error(`Refusing to start in production: ${demo} demo accounts exist. Delete them (users with is_demo = true) first.`);
      }
    } else {
      await ensureDemoAccounts(deps);
    }
    const app = await buildApp(config, database, services);
    app.addHook('onClose', () => database.close());
    return { app, database, services };
  } catch (error) {
    await database.close();
    throw error;
  }
}
