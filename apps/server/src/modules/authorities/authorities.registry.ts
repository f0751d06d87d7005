import type { Authority, AuthorityListQuery } from '@eshkol/contracts/authorities';
import type { DbOrTx } from '../../db/client';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { toAuthority, type AuthoritiesRepo } from './authorities.repo';

/**
 * The registry as its readers see it: each authority with its current cluster. The authorities'
 * rows are this module's; which cluster an authority belongs to is the clusters module's, asked
 * through its port.
 */
export function createAuthorityRegistry(deps: { repo: AuthoritiesRepo; clusters: Pick<ClustersRepo, 'currentClusters'> }) {
  const { repo, clusters } = deps;

  async function list(db: DbOrTx, q: AuthorityListQuery): Promise<Authority[]> {
    const { cluster, ...filter } = q;
    const current = await clusters.currentClusters(db, { clusterSlug: cluster });
    const byAuthority = new Map(current.map(({ authorityId, ...c }) => [authorityId, c]));
    const rows = await repo.list(db, cluster ? { ...filter, ids: [...byAuthority.keys()] } : filter);
    return rows.map((a) => toAuthority(a, byAuthority.get(a.id) ?? null));
  }

  async function get(db: DbOrTx, id: string): Promise<Authority | null> {
    const row = await repo.get(db, id);
    if (!row) return null;
    const [current] = await clusters.currentClusters(db, { authorityId: id });
    return toAuthority(row, current ? { slug: current.slug, nameHe: current.nameHe, nameEn: current.nameEn } : null);
  }

  /** The ids of a cluster's current members. */
  const memberIds = async (db: DbOrTx, clusterSlug: string) => (await clusters.currentClusters(db, { clusterSlug })).map((c) => c.authorityId);

  return { list, get, memberIds };
}
export type AuthorityRegistry = ReturnType<typeof createAuthorityRegistry>;
