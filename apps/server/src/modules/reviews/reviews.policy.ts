import type { Role } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';

/** National roles that read every submission and decision. */
export const reviewReaders: readonly Role[] = ['committee', 'ministry', 'finance', 'regulator'];

/** The committee's queue and agenda. */
export const agendaReaders: readonly Role[] = ['committee', 'ministry', 'finance'];

/** Services are submitted by clusters' staff, each by its own cluster's (`canSubmit`). */
export const submitsServices = (role: Role) => role === 'cluster_staff';

/** Only the cluster's own staff submit its services. */
export const canSubmit = (actor: Actor | null, clusterSlug: string) => actor !== null && submitsServices(actor.role) && actor.clusterSlug === clusterSlug;

/** The professional committee decides on submissions. */
export const canDecide = (actor: Actor | null) => actor?.role === 'committee';

/** What a service still lacks for a submission: its cluster's staff and the national readers. */
export const canReadReadiness = (actor: Actor | null, clusterSlug: string) => canSubmit(actor, clusterSlug) || (actor !== null && reviewReaders.includes(actor.role));

/** Conditions are imposed by the committee; the committee or the programme's manager records them met. */
export const canMarkConditionMet = (actor: Actor | null) => actor?.role === 'committee' || actor?.role === 'ministry';

/**
 * A service's submissions: national readers, the cluster's staff, and representatives of the
 * authorities that joined the service (their council approved what was submitted).
 */
export function canReadSubmissions(actor: Actor | null, clusterSlug: string, joinedAuthorityIds: readonly string[]): boolean {
  if (!actor) return false;
  if (reviewReaders.includes(actor.role)) return true;
  if (actor.role === 'cluster_staff') return actor.clusterSlug === clusterSlug;
  if (actor.role === 'authority_rep') return actor.authorityId !== null && joinedAuthorityIds.includes(actor.authorityId);
  return false;
}

/**
 * The list across clusters: national readers see every cluster (or the one they filter by); a
 * cluster's staff see their own cluster, and asking for another is refused. Gives the cluster to
 * filter by (none: every cluster).
 */
export function submissionListScope(actor: Actor | null, cluster: string | undefined): { ok: true; cluster?: string } | { ok: false } {
  if (!actor) return { ok: false };
  if (reviewReaders.includes(actor.role)) return { ok: true, cluster };
  if (actor.role === 'cluster_staff' && actor.clusterSlug && (cluster === undefined || cluster === actor.clusterSlug)) return { ok: true, cluster: actor.clusterSlug };
  return { ok: false };
}
