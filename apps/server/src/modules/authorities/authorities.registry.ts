import type { Authority, AuthorityListQuery, AuthorityPageQuery } from '@eshkol/contracts/authorities';
import type { DbOrTx } from '../../db/client';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { toAuthority, type AuthoritiesRepo, type AuthorityRow, type PopulationSum } from './authorities.repo';

/**
 * The registry as its readers see it: each authority with its current cluster. The authorities'
 * rows are this module's; which cluster an authority belongs to is the clusters module's, asked
 * through its port.
 */
export function createAuthorityRegistry(deps: { repo: AuthoritiesRepo; clusters: Pick<ClustersRepo, 'currentClusters' | 'currentMembersQuery' | 'membersInYearQuery'> }) {
  const { repo, clusters } = deps;

  /** The ids of a cluster's current members. */
  const memberIds = async (db: DbOrTx, clusterSlug: string) => (await clusters.currentClusters(db, { clusterSlug })).map((c) => c.authorityId);

  type Current = Awaited<ReturnType<ClustersRepo['currentClusters']>>;
  function withCurrent(rows: AuthorityRow[], current: Current): Authority[] {
    const byAuthority = new Map(current.map(({ authorityId, ...c }) => [authorityId, c]));
    return rows.map((a) => toAuthority(a, byAuthority.get(a.id) ?? null));
  }

  /** Every authority that matches, each with its current cluster. */
  async function list(db: DbOrTx, q: AuthorityListQuery): Promise<Authority[]> {
    const { cluster, ...filter } = q;
    const current = await clusters.currentClusters(db, { clusterSlug: cluster });
    return withCurrent(await repo.list(db, cluster ? { ...filter, ids: current.map((c) => c.authorityId) } : filter), current);
  }

  /** One page of them, and how many match in all; the clusters are asked of the page's authorities alone. */
  async function page(db: DbOrTx, q: AuthorityPageQuery): Promise<{ items: Authority[]; total: number }> {
    const { cluster, limit, offset, ...filter } = q;
    const { rows, total } = await repo.page(db, cluster ? { ...filter, ids: await memberIds(db, cluster) } : filter, { limit, offset });
    return { items: withCurrent(rows, await clusters.currentClusters(db, { authorityIds: rows.map((a) => a.id) })), total };
  }

  async function get(db: DbOrTx, id: string): Promise<Authority | null> {
    const row = await repo.get(db, id);
    if (!row) return null;
    const [current] = await clusters.currentClusters(db, { authorityId: id });
    return toAuthority(row, current ? { slug: current.slug, nameHe: current.nameHe, nameEn: current.nameEn } : null);
  }

  /**
   * The figures of the operating clusters' current members: of all of them together (none without
   * members), and of the `largest` clusters, most members first (ties by slug); a cluster without
   * members has no tally.
   */
  const tallyOperating = (db: DbOrTx, largest: number) => repo.tallyLargest(db, clusters.currentMembersQuery({ operating: true }), largest);

  /** How many members each cluster has, and their residents, by slug; a cluster without members has none here. */
  async function populationsByCluster(db: DbOrTx): Promise<Map<string, PopulationSum>> {
    return new Map((await repo.populationsBy(db, clusters.currentMembersQuery())).map((t) => [t.key, t]));
  }

  /** How many authorities and residents the whole registry has. */
  const populationsAll = async (db: DbOrTx): Promise<PopulationSum> => (await repo.populationsBy(db))[0] ?? { key: '', count: 0, population: 0, populationKnown: 0, small: 0 };

  /**
   * The same figures for the members of a calendar year, as far as the sources allow: every
   * cluster that had members then (whatever it is today), and the year's distinct members together.
   */
  async function tallyInYear(db: DbOrTx, year: number, largest: number) {
    const [byCluster, whole] = await Promise.all([
      repo.tallyLargest(db, clusters.membersInYearQuery(year), Number.MAX_SAFE_INTEGER),
      repo.tallyLargest(db, clusters.membersInYearQuery(year, { distinct: true }), 1),
    ]);
    return { all: whole.all, largest: byCluster.largest.slice(0, largest), clusterSlugs: byCluster.largest.map((t) => t.key) };
  }

  return { list, page, get, memberIds, tallyOperating, tallyInYear, populationsByCluster, populationsAll };
}
export type AuthorityRegistry = ReturnType<typeof createAuthorityRegistry>;
