import type { Role } from '@eshkol/contracts/auth';
import type { MilestoneAction } from '@eshkol/contracts/budget';
import { grantHoldingStates, type ServiceState } from '@eshkol/engine/workflow/service-review';
import type { Actor } from '../../platform/access';
import { allows, ownCluster, rule } from '../../platform/permissions';

/** The ministry manages the incentive programme; these read all of it. */
export const budgetReaders: readonly Role[] = ['ministry', 'finance', 'committee', 'regulator'];

/** Who may do what with the incentive budget: declared once, here. */
export const budgetRules = {
  /** National readers all of it, a cluster's staff their own cluster's part (`budgetReadScope`). */
  read: rule([...budgetReaders, 'cluster_staff']),
  /** The whole programme, every cluster's part: the national readers. */
  readAll: rule(budgetReaders),
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
  if (allows(budgetRules.readAll, actor)) return { all: true };
  if (actor.role === 'cluster_staff' && actor.clusterSlug) return { all: false, clusterSlug: actor.clusterSlug };
  return null;
}

/** Whether the reader sees one cluster's part of the budget (its projects' milestones among it). */
export function canReadClusterBudget(actor: Actor | null, clusterSlug: string): boolean {
  const scope = budgetReadScope(actor);
  return !!scope && (scope.all || scope.clusterSlug === clusterSlug);
}

export const canManageBudget = (actor: Actor | null) => allows(budgetRules.manage, actor);
export const canManageMilestones = (actor: Actor | null, clusterSlug: string) => allows(budgetRules.manageMilestones, actor, { clusterSlug });
export const holdsGrant = (state: string) => grantHoldingStates.includes(state as ServiceState);

/**
 * What the reader may do with a project's milestones: its cluster's staff plan them, mark them
 * done and report on their progress while the service holds its grant; the ministry reviews the
 * reports and approves the payment.
 */
export function milestoneActions(actor: Actor | null, project: { clusterSlug: string; state: string }): MilestoneAction[] {
  const actions: MilestoneAction[] = [];
  if (holdsGrant(project.state) && canManageMilestones(actor, project.clusterSlug)) actions.push('plan', 'mark_done', 'report');
  if (canManageBudget(actor)) actions.push('review_report', 'approve_payment');
  return actions;
}
