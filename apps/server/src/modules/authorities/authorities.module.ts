import type { FastifyInstance } from 'fastify';
import type { Cite } from '../../platform/citations';
import type { ModuleContext } from '../../platform/module';
import type { ClustersModule } from '../clusters/clusters.module';
import type { ParticipationModule } from '../participation/participation.module';
import type { AuthoritiesRepo } from './authorities.repo';
import { registerAuthorityRoutes } from './authorities.routes';
import { createAuthoritiesService } from './authorities.service';

/** The registry's pages of authorities: each with its memberships and, for those who may read them, its domains. */
export function authoritiesModule(ctx: ModuleContext, deps: { repo: AuthoritiesRepo; clusters: ClustersModule; participation: ParticipationModule; cite: Cite }) {
  const service = createAuthoritiesService({ db: ctx.db, registry: deps.clusters.registry, clusters: deps.clusters.repo, participation: deps.participation, cite: deps.cite });
  return { ...service, repo: deps.repo, routes: (app: FastifyInstance) => registerAuthorityRoutes(app, { authorities: service }) };
}
export type AuthoritiesModule = ReturnType<typeof authoritiesModule>;
