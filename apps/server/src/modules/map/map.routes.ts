import fs from 'node:fs';
import path from 'node:path';
import { boundariesSchema, type Boundaries } from '@eshkol/contracts/map';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** Serves the simplified jurisdiction polygons shipped in data/ (read once, cached by the browser). */
export function registerMapRoutes(app: FastifyInstance, deps: { dataDir: string; file: string }) {
  let cached: Boundaries | null = null;
  const load = () => {
    const file = path.join(deps.dataDir, deps.file);
    cached ??= fs.existsSync(file) ? boundariesSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))) : { type: 'FeatureCollection', features: [] };
    return cached;
  };
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/map/boundaries',
    { config: { access: 'public' }, schema: { tags: ['map'] } },
    async (_req, reply) => reply.header('cache-control', 'public, max-age=3600').send(load()),
  );
}
