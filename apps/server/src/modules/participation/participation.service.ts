import { domains as allDomains, type Domain, type ParticipationMatrix } from '@eshkol/contracts/participation';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/access';
import { writeAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import type { AuthoritiesRepo } from '../authorities/authorities.repo';
import type { AuthorityRegistry } from '../authorities/authorities.registry';
import type { ClustersRepo } from '../clusters/clusters.repo';
import { canReadDomains, canReadParticipation, canSetDomains } from './participation.policy';
import type { ParticipationRepo } from './participation.repo';

export function createParticipationService(deps: { db: Db; repo: ParticipationRepo; registry: Pick<AuthorityRegistry, 'list' | 'get'>; authorities: Pick<AuthoritiesRepo, 'lock'>; clusters: Pick<ClustersRepo, 'get'> }) {
  const { db, repo, registry, clusters } = deps;

  const sortDomains = (ds: string[]) => allDomains.filter((d) => ds.includes(d));

  async function matrix(slug: string, actor: Actor | null): Promise<ParticipationMatrix> {
    if (!(await clusters.get(db, slug))) throw new AppError('CLUSTER_NOT_FOUND');
    const members = await registry.list(db, { cluster: slug });
    if (!canReadParticipation(actor, slug, members.map((m) => m.id))) throw new AppError('FORBIDDEN');
    const rows = await repo.ofCluster(db, slug);
    return {
      domains: [...allDomains],
      rows: members.map((m) => {
        const mine = rows.filter((r) => r.authorityId === m.id);
        const latest = mine.map((r) => r.updatedAt.toISOString()).sort().at(-1) ?? null;
        return { authorityId: m.id, nameHe: m.nameHe, nameEn: m.nameEn, domains: sortDomains(mine.map((r) => r.domain)), updatedAt: latest };
      }),
    };
  }

  /** The authority's domains, or null when the actor may not see them. */
  async function domainsOf(authorityId: string, clusterSlug: string | null, actor: Actor | null): Promise<Domain[] | null> {
    if (!actor) return null;
    const memberIds = clusterSlug ? (await registry.list(db, { cluster: clusterSlug })).map((m) => m.id) : [];
    if (!canReadDomains(actor, authorityId, clusterSlug, memberIds)) return null;
    if (!clusterSlug) return [];
    return sortDomains((await repo.ofAuthority(db, authorityId, clusterSlug)).map((r) => r.domain));
  }

  async function setDomains(authorityId: string, domains: Domain[], actor: Actor) {
    const authority = await registry.get(db, authorityId);
    if (!authority) throw new AppError('AUTHORITY_NOT_FOUND');
    if (!canSetDomains(actor, authorityId)) throw new AppError('FORBIDDEN');
    const cluster = authority.currentCluster;
    if (!cluster) throw new AppError('NOT_A_MEMBER');
    const wanted = sortDomains([...new Set(domains)]);
    await db.transaction(async (tx) => {
      await deps.authorities.lock(tx, authorityId);
      const before = sortDomains((await repo.ofAuthority(tx, authorityId, cluster.slug)).map((r) => r.domain));
      await repo.replace(tx, authorityId, cluster.slug, wanted);
      await writeAudit(tx, actor, {
        action: 'participation.set_domains',
        entityType: 'participation',
        entityId: authorityId,
        before: { cluster: cluster.slug, domains: before },
        after: { cluster: cluster.slug, domains: wanted },
      });
    });
    return { domains: wanted };
  }

  /** What the reader may do on an authority's page. */
  const authorityActions = (authorityId: string, actor: Actor | null) => (canSetDomains(actor, authorityId) ? (['set_domains'] as const) : []);

  return { matrix, domainsOf, setDomains, authorityActions };
}
export type ParticipationService = ReturnType<typeof createParticipationService>;
