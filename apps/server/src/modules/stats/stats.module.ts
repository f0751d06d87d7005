import type { FastifyInstance } from 'fastify';
import type { Cite } from '../../platform/citations';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import { registerStatsRoutes } from './stats.routes';

/** The programme in figures, for the home page. */
export function statsModule(ctx: ModuleContext, deps: { clusters: ClustersModule; cite: Cite }) {
  const { clusters } = deps;
  return { routes: (app: FastifyInstance) => registerStatsRoutes(app, { db: ctx.db, authorities: clusters.registry, clusters: clusters.repo, cite: deps.cite }) };
}
