import type { Role } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';
import { allows, ownCluster, rule } from '../../platform/permissions';

/** The ministry manages the incentive programme; these read all of it. */
export const budgetReaders: readonly Role[] = ['ministry', 'finance', 'committee', 'regulator'];

/** Who may do what with the incentive budget: declared once, here. */
export const budgetRules = {
  /** National readers all of it, a cluster's staff their own cluster's part (`budgetReadScope`). */
  read: rule([...budgetReaders, 'cluster_staff']),
  /** Only the ministry sets up programmes, allocates them and approves payments. */
  manage: rule(['ministry']),
  /** A project's milestones are planned and marked done by its own cluster's staff. */
  manageMilestones: rule<{ clusterSlug: string }>(['cluster_staff'], ownCluster),
};

/**
 * What part of a programme the actor may read: all of it, one cluster's part (its staff), or
 * nothing. The programme's own totals are not a cluster's data and are shown to every reader.
 */
export function budgetReadScope(actor: Actor | null): { all: true } | { all: false; clusterSlug: string } | null {
  if (!actor) return null;
  if (budgetReaders.includes(actor.role)) return { all: true };
  if (actor.role === 'cluster_staff' && actor.clusterSlug) return { all: false, clusterSlug: actor.clusterSlug };
  return null;
}

export const canManageBudget = (actor: Actor | null) => allows(budgetRules.manage, actor);
export const canManageMilestones = (actor: Actor | null, clusterSlug: string) => allows(budgetRules.manageMilestones, actor, { clusterSlug });
