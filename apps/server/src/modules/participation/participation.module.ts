import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '../../platform/module';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { ClustersModule } from '../clusters/clusters.module';
import { canReadParticipation } from './participation.policy';
import { createParticipationRepo } from './participation.repo';
import { registerParticipationRoutes } from './participation.routes';
import { createParticipationService } from './participation.service';

/** Which domains each member authority takes part in. */
export function participationModule(ctx: ModuleContext, deps: { authorities: Pick<AuthoritiesRepo, 'lock'>; clusters: ClustersModule }) {
  const service = createParticipationService({ db: ctx.db, repo: createParticipationRepo(), registry: deps.clusters.registry, authorities: deps.authorities, clusters: deps.clusters.repo });
  deps.clusters.addActions((actor, c) => (canReadParticipation(actor, c.clusterSlug, c.memberIds) ? ['read_participation'] : []));
  return { ...service, routes: (app: FastifyInstance) => registerParticipationRoutes(app, { participation: service }) };
}
export type ParticipationModule = ReturnType<typeof participationModule>;
