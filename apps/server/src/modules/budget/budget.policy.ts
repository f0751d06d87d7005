import type { Role } from '@eshkol/contracts/auth';
import type { Actor } from '../../platform/access';

/** The ministry manages the incentive programme; these read all of it. */
export const budgetReaders: readonly Role[] = ['ministry', 'finance', 'committee', 'regulator'];

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

/** Only the ministry sets up programmes, allocates them and approves payments. */
export const canManageBudget = (actor: Actor | null) => actor?.role === 'ministry';

/** A project's milestones are planned and marked done by its own cluster's staff. */
export const canManageMilestones = (actor: Actor | null, clusterSlug: string) => actor?.role === 'cluster_staff' && actor.clusterSlug === clusterSlug;
