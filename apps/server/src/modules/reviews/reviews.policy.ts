import type { Role } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import { allows, ownCluster, rule } from '../../platform/permissions';

/** National roles that read every submission and decision. */
export const reviewReaders: readonly Role[] = ['committee', 'ministry', 'finance', 'regulator'];

/** Who may do what with submissions and decisions: declared once, here. */
export const reviewRules = {
  /** Only the cluster's own staff submit its services. */
  submit: rule<{ clusterSlug: string }>(['cluster_staff'], ownCluster),
  /** The professional committee decides on submissions. */
  decide: rule(['committee']),
  /** Conditions are imposed by the committee; the committee or the programme's manager records them met. */
  markConditionMet: rule(['committee', 'ministry']),
  /** The committee's queue and a meeting's agenda. */
  readAgenda: rule(['committee', 'ministry', 'finance']),
  /** What a service still lacks for a submission: its cluster's staff and the national readers. */
  readReadiness: rule<{ clusterSlug: string }>([...reviewReaders, 'cluster_staff'], (actor, s) => actor.role !== 'cluster_staff' || ownCluster(actor, s)),
  /** The queue across clusters: national readers; a cluster's staff their own cluster's part. */
  readQueue: rule([...reviewReaders, 'cluster_staff']),
};

/** Services are submitted by clusters' staff, each by its own cluster's (`canSubmit`). */
export const submitsServices = (role: Role) => reviewRules.submit.roles.includes(role);
export const canSubmit = (actor: Actor | null, clusterSlug: string) => allows(reviewRules.submit, actor, { clusterSlug });
export const canDecide = (actor: Actor | null) => allows(reviewRules.decide, actor);
export const canReadReadiness = (actor: Actor | null, clusterSlug: string) => allows(reviewRules.readReadiness, actor, { clusterSlug });
export const canMarkConditionMet = (actor: Actor | null) => allows(reviewRules.markConditionMet, actor);

/** What the reader may do on a submission they read. */
export function submissionActions(actor: Actor | null): ('decide' | 'mark_condition_met')[] {
  return [...(canDecide(actor) ? (['decide'] as const) : []), ...(canMarkConditionMet(actor) ? (['mark_condition_met'] as const) : [])];
}

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
