import { nationalRoles } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import { allows, ownAuthority, ownCluster, rule } from '../../platform/permissions';

/** Who may read and record the domains authorities take part in: declared once, here. */
export const participationRules = {
  /** The matrix of a cluster: national roles, the cluster's own staff, and representatives of its current members. */
  readMatrix: rule<{ clusterSlug: string; memberIds: readonly string[] }>([...nationalRoles, 'cluster_staff', 'authority_rep'], (actor, c) => {
    if (actor.role === 'cluster_staff') return ownCluster(actor, c);
    if (actor.role === 'authority_rep') return actor.authorityId !== null && c.memberIds.includes(actor.authorityId);
    return true;
  }),
  /** An authority's domains are its own decision: only its representative records them. */
  setDomains: rule<{ authorityId: string }>(['authority_rep'], ownAuthority),
};

export const canReadParticipation = (actor: Actor | null, clusterSlug: string, memberIds: readonly string[]) =>
  allows(participationRules.readMatrix, actor, { clusterSlug, memberIds });
export const canSetDomains = (actor: Actor | null, authorityId: string) => allows(participationRules.setDomains, actor, { authorityId });

/** Who may see one authority's domains: whoever may read its current cluster's matrix. */
export function canReadDomains(actor: Actor | null, authorityId: string, clusterSlug: string | null, memberIds: readonly string[]): boolean {
  if (canSetDomains(actor, authorityId)) return true;
  return clusterSlug !== null && canReadParticipation(actor, clusterSlug, memberIds);
}
