import { programmeStatsSchema } from '@eshkol/contracts/stats';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { ClustersService } from '../clusters/clusters.service';
import { computeProgrammeStats } from './programme-stats';

export function registerStatsRoutes(app: FastifyInstance, deps: { db: Db; authorities: Pick<AuthorityRegistry, 'list'>; clustersRepo: Pick<ClustersRepo, 'statedFigures'>; clusters: ClustersService }) {
  const { db, authorities, clustersRepo, clusters } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/stats/programme',
    { config: { access: 'public', read: 'shared' }, schema: { tags: ['stats'], response: { 200: programmeStatsSchema } } },
    async () => {
      const [all, list, stated] = await Promise.all([authorities.list(db, {}), clusters.listClusters(), clustersRepo.statedFigures(db)]);
      return computeProgrammeStats(all, list, stated);
    },
  );
}
