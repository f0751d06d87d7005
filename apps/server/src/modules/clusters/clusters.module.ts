import type { FastifyInstance } from 'fastify';
import type { Cite } from '../../platform/citations';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import { createAuthorityRegistry } from '../authorities/authorities.registry';
import { clusterRules } from './clusters.policy';
import { createClustersRepo } from './clusters.repo';
import { registerClusterRoutes } from './clusters.routes';
import { createClustersService } from './clusters.service';
import { membersDuring } from './membership-rules';
import type { DbOrTx } from '../../db/client';

/**
 * Clusters and membership. The registry (each authority with its current cluster) is built here,
 * over the authorities' rows (their module's port) and this module's memberships.
 */
export function clustersModule(ctx: ModuleContext, deps: { authorities: AuthoritiesRepo; cite: Cite }) {
  const repo = createClustersRepo();
  const registry = createAuthorityRegistry({ repo: deps.authorities, clusters: repo });
  const service = createClustersService({ db: ctx.db, repo, authorities: deps.authorities, registry, cite: deps.cite });
  return {
    ...service,
    repo,
    registry,
    /** Who was a member of which cluster (of one, or of any) in each span of days: for modules that measure authorities over time. */
    membersDuring: async (db: DbOrTx, spans: readonly { from: string; to: string }[], of: { clusterSlug?: string } = {}) =>
      membersDuring(of.clusterSlug ? await repo.membershipsOfCluster(db, of.clusterSlug) : await repo.allMemberships(db), spans),
    routes: (app: FastifyInstance) => registerClusterRoutes(app, { clusters: service }),
    capabilities: { 'clusters.manage': clusterRules.manage },
  };
}
export type ClustersModule = ReturnType<typeof clustersModule>;
