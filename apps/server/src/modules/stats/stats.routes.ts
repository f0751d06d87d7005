import { chartedClusterLimit, programmeStatsSchema } from '@eshkol/contracts/stats';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import type { Cite } from '../../platform/citations';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { computeProgrammeStats } from './programme-stats';

export function registerStatsRoutes(app: FastifyInstance, deps: { db: Db; authorities: Pick<AuthorityRegistry, 'populationsAll' | 'tallyOperating'>; clusters: Pick<ClustersRepo, 'operating' | 'statedFigures'>; cite: Cite }) {
  const { db, authorities, clusters, cite } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/stats/programme',
    { config: { access: 'public', read: 'shared' }, schema: { tags: ['stats'], response: { 200: programmeStatsSchema } } },
    async () => {
      const [national, members, operating, stated] = await Promise.all([
        authorities.populationsAll(db),
        authorities.tallyOperating(db, chartedClusterLimit),
        clusters.operating(db),
        clusters.statedFigures(db),
      ]);
      return computeProgrammeStats({ national, members, operating, stated, limit: chartedClusterLimit, cite });
    },
  );
}
