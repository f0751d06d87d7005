import { chartedClusterLimit, programmeStatsQuerySchema, programmeStatsSchema } from '@eshkol/contracts/stats';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import type { Cite } from '../../platform/citations';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { computeProgrammeStats } from './programme-stats';

export function registerStatsRoutes(app: FastifyInstance, deps: { db: Db; authorities: Pick<AuthorityRegistry, 'populationsAll' | 'tallyOperating' | 'tallyInYear'>; clusters: Pick<ClustersRepo, 'operating' | 'list' | 'statedFigures' | 'observedYears'>; cite: Cite }) {
  const { db, authorities, clusters, cite } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/stats/programme',
    { config: { access: 'public', read: 'shared' }, schema: { tags: ['stats'], querystring: programmeStatsQuerySchema, response: { 200: programmeStatsSchema } } },
    async (req) => {
      const year = req.query.asOf ?? null;
      const [national, stated, years] = await Promise.all([authorities.populationsAll(db), clusters.statedFigures(db), clusters.observedYears(db)]);
      if (year === null) {
        const [members, operating] = await Promise.all([authorities.tallyOperating(db, chartedClusterLimit), clusters.operating(db)]);
        return computeProgrammeStats({ asOf: null, years, national, members, operating, stated, limit: chartedClusterLimit, cite });
      }
      // A past year: the clusters that had members then, whatever their state today.
      const [members, all] = await Promise.all([authorities.tallyInYear(db, year, chartedClusterLimit), clusters.list(db)]);
      const then = new Set(members.clusterSlugs);
      return computeProgrammeStats({ asOf: year, years, national, members, operating: all.filter((c) => then.has(c.slug)), stated, limit: chartedClusterLimit, cite });
    },
  );
}
