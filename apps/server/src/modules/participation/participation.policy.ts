import { nationalRoles } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';

/** The matrix of a cluster: national roles, the cluster's own staff, and representatives of its current members. */
export function canReadParticipation(actor: Actor | null, clusterSlug: string, memberIds: readonly string[]): boolean {
  if (!actor) return false;
  if (nationalRoles.includes(actor.role)) return true;
  if (actor.role === 'cluster_staff') return actor.clusterSlug === clusterSlug;
  if (actor.role === 'authority_rep') return actor.authorityId !== null && memberIds.includes(actor.authorityId);
  return false;
}

/** An authority's domains are its own decision: only its representative records them. */
export function canSetDomains(actor: Actor | null, authorityId: string): boolean {
  return actor?.role === 'authority_rep' && actor.authorityId === authorityId;
}

/** Who may see one authority's domains: whoever may read its current cluster's matrix. */
export function canReadDomains(actor: Actor | null, authorityId: string, clusterSlug: string | null, memberIds: readonly string[]): boolean {
  if (canSetDomains(actor, authorityId)) return true;
  return clusterSlug !== null && canReadParticipation(actor, clusterSlug, memberIds);
}
