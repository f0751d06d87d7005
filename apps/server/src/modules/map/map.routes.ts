import fs from 'node:fs';
import path from 'node:path';
import { boundariesSchema, type Boundaries } from '@eshkol/contracts/map';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** Serves the simplified jurisdiction polygons shipped in data/: read once, kept by the read cache with an ETag (compressed once), and by browsers for an hour. */
export function registerMapRoutes(app: FastifyInstance, deps: { dataDir: string; file: string }) {
  let cached: Boundaries | null = null;
  const load = () => {
    const file = path.join(deps.dataDir, deps.file);
    cached ??= fs.existsSync(file) ? boundariesSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))) : { type: 'FeatureCollection', features: [] };
    return cached;
  };
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/map/boundaries',
    { config: { access: 'public', read: 'shared', readMaxAgeSeconds: 3600 }, schema: { tags: ['map'] } },
    async () => load(),
  );
}
