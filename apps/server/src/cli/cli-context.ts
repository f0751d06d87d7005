import { createServices } from '../app';
import { openDatabase } from '../db/client';
import { loadConfig } from '../platform/config';

/** Opens the configured database for one command and closes it afterwards. */
export async function withServices<T>(work: (s: ReturnType<typeof createServices>) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, 'command');
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const services = createServices(database, config);
    try {
      return await work(services);
    } finally {
      await services.costSharing.close();
    }
  } finally {
    await database.close();
  }
}
