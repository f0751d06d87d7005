import { loadConfig } from './platform/config';
import { startEshkol } from './server';

const config = loadConfig();
const { app } = await startEshkol(config, (msg) => console.log(msg));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
await app.listen({ host: config.host, port: config.port });
