import type { FastifyInstance } from 'fastify';
import { registerMapRoutes } from './map.routes';

/** The boundaries of the founding members, from the shipped data. */
export function mapModule(opts: { dataDir: string; file: string }) {
  return { routes: (app: FastifyInstance) => registerMapRoutes(app, opts) };
}
