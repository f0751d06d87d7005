import { DatabaseInUseError } from './db/data-dir-lock';
import { loadConfig } from './platform/config';
import { startEshkol } from './server';

const config = loadConfig();
const { app, services } = await startEshkol(config, (msg) => console.log(msg)).catch((error: unknown) => {
  // Another process on the same embedded database: say which, and stop, without a stack trace.
  if (!(error instanceof DatabaseInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
});
services.costSharing.warm();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
const address = await app.listen({ host: config.host, port: config.port });
console.log(`Eshkol answers at ${address}`);
