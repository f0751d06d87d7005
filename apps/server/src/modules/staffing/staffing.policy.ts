import type { Role } from '@eshkol/contracts/auth';
import type { StaffingRequestAction } from '@eshkol/contracts/staffing';
import type { Actor } from '../../platform/access';
import { allows, ownCluster, rule } from '../../platform/permissions';

/** Those who read every cluster's salaries and persons' names: the regulator and the ministry. */
export const salaryReaders: readonly Role[] = ['regulator', 'ministry'];

type ClusterTarget = { clusterSlug: string };

/**
 * Who may do what with the clusters' establishments: declared once, here. Every reader, the public
 * too, sees a cluster's approved positions (kind, title, scope, funding) and its headcount; salaries,
 * persons' names and the requests that hold them only the cluster's own staff, the regulator and
 * the ministry.
 */
export const staffingRules = {
  readSalaries: rule<ClusterTarget>([...salaryReaders, 'cluster_staff'], (actor, c) => actor.role !== 'cluster_staff' || ownCluster(actor, c)),
  /** A cluster's staff request positions and salaries for their own cluster, and record when a person leaves. */
  request: rule<ClusterTarget>(['cluster_staff'], ownCluster),
  /** The regulator alone decides: approves, returns with remarks or rejects. */
  review: rule(['regulator']),
  /** The desk of requests waiting for review. */
  readQueue: rule(salaryReaders),
};

export const canReadSalaries = (actor: Actor | null, clusterSlug: string) => allows(staffingRules.readSalaries, actor, { clusterSlug });
export const canRequest = (actor: Actor | null, clusterSlug: string) => allows(staffingRules.request, actor, { clusterSlug });
export const canReview = (actor: Actor | null) => allows(staffingRules.review, actor);

/** What the reader may do with a request in its state: resubmit a returned one (its cluster's staff), review a submitted one (the regulator). */
export function requestActions(actor: Actor | null, request: { clusterSlug: string; state: string }): StaffingRequestAction[] {
  const actions: StaffingRequestAction[] = [];
  if (request.state === 'returned' && canRequest(actor, request.clusterSlug)) actions.push('resubmit');
  if (request.state === 'submitted' && canReview(actor)) actions.push('review');
  return actions;
}
