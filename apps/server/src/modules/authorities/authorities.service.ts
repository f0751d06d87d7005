import type { AuthorityDetail, AuthorityListQuery, AuthorityPageQuery } from '@eshkol/contracts/authorities';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/access';
import type { Cite } from '../../platform/citations';
import { AppError } from '../../platform/errors';
import { toMembership } from '../clusters/cluster-views';
import type { ClustersRepo } from '../clusters/clusters.repo';
import type { ParticipationService } from '../participation/participation.service';
import type { AuthorityRegistry } from './authorities.registry';

export function createAuthoritiesService(deps: {
  db: Db;
  registry: AuthorityRegistry;
  clusters: Pick<ClustersRepo, 'membershipsOfAuthority' | 'list'>;
  participation: ParticipationService;
  cite: Cite;
}) {
  const { db, registry, clusters, participation, cite } = deps;
  return {
    list: (q: AuthorityListQuery) => registry.list(db, q),
    page: (q: AuthorityPageQuery) => registry.page(db, q),

    async get(id: string, actor: Actor | null): Promise<AuthorityDetail> {
      const authority = await registry.get(db, id);
      if (!authority) throw new AppError('AUTHORITY_NOT_FOUND');
      const [history, clusterRows] = await Promise.all([clusters.membershipsOfAuthority(db, id), clusters.list(db)]);
      const bySlug = new Map(clusterRows.map((c) => [c.slug, c]));
      return {
        ...authority,
        citations: cite(authority.source),
        memberships: history.map((m) => toMembership(m, bySlug.get(m.clusterSlug)!, { clusters: bySlug, cite })),
        domains: await participation.domainsOf(id, authority.currentCluster?.slug ?? null, actor),
        actions: [...participation.authorityActions(id, actor)],
      };
    },
  };
}
export type AuthoritiesService = ReturnType<typeof createAuthoritiesService>;
