import path from 'node:path';
import { startEshkolServer } from './support/eshkol-server';

/** One server for the run, on a fresh database; its address reaches the workers through the environment. */
export default async function globalSetup() {
  const server = await startEshkolServer({ logFile: path.join(import.meta.dirname, '.artifacts', 'server.log') });
  process.env.ESHKOL_E2E_BASE_URL = server.baseURL;
  process.env.ESHKOL_E2E_DATABASE = server.database;
  return async () => {
    await server.stop();
  };
}
