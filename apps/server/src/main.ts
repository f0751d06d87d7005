import { loadConfig } from './platform/config';
import { startEshkol } from './server';

const config = loadConfig();
const { app, services } = await startEshkol(config, (msg) => console.log(msg));
services.costSharing.warm();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
await app.listen({ host: config.host, port: config.port });
