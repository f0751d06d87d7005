import { nationalRoles } from '@eshkol/contracts/auth';
import type { ParticipantStatus, ServiceState } from '@eshkol/contracts/services';
import { frozenStates, isDecisionOutcome, serviceReview } from '@eshkol/engine/workflow/service-review';
import type { Actor } from '../../platform/access';
import { allows, ownAuthority, ownCluster, rule } from '../../platform/permissions';
import { canReadClusterBudget } from '../budget/budget.policy';
import { canDecide } from '../reviews/reviews.policy';
import { decisionsFrom } from './participation-rules';

/** What a policy needs to know of a service: whose it is, where it stands, who was invited. */
export type ServiceScope = {
  clusterSlug: string;
  state: ServiceState;
  participants: readonly { authorityId: string; status: ParticipantStatus }[];
};

export const isFrozen = (state: ServiceState) => frozenStates.includes(state);

/** Who may do what with shared services: declared once, here. */
export const serviceRules = {
  /** Creating, editing and inviting, and the feasibility studies: the cluster's own staff only. */
  manage: rule<{ clusterSlug: string }>(['cluster_staff'], ownCluster),
  /**
   * Invitations, answers, approvals with their documents, history and the studies: national
   * roles, the cluster's staff, and representatives of the authorities invited to the service
   * (they decide on the same figures, so they see them all).
   */
  readDetails: rule<Pick<ServiceScope, 'clusterSlug' | 'participants'>>([...nationalRoles, 'cluster_staff', 'authority_rep'], (actor, s) => {
    if (actor.role === 'cluster_staff') return ownCluster(actor, s);
    if (actor.role === 'authority_rep') return actor.authorityId !== null && s.participants.some((p) => p.authorityId === actor.authorityId);
    return true;
  }),
  /** An authority's answer is its own: only its representative gives it, not the staff nor the ministry. */
  answer: rule<{ authorityId: string }>(['authority_rep'], ownAuthority),
};

export const canManageServices = (actor: Actor | null, clusterSlug: string) => allows(serviceRules.manage, actor, { clusterSlug });
export const canReadServiceDetails = (actor: Actor | null, service: Pick<ServiceScope, 'clusterSlug' | 'participants'>) => allows(serviceRules.readDetails, actor, service);
export const canDecideParticipation = (actor: Actor | null, authorityId: string) => allows(serviceRules.answer, actor, { authorityId });

/**
 * The buttons to show: the review machine's actions for the actor's role within their scope, the
 * staff's edits while the service is open, a representative's possible answers, and whether the
 * reader sees the project's milestones. The server checks every call again, with its business gates.
 */
export function serviceActions(actor: Actor | null, service: ServiceScope): string[] {
  if (!actor) return [];
  const open = !isFrozen(service.state);
  const actions: string[] = [];
  if (canManageServices(actor, service.clusterSlug)) {
    if (open) actions.push('edit', 'invite', 'save_study');
    actions.push(...serviceReview.available(service.state).filter((a) => a === 'submit'));
  }
  if (canDecide(actor)) actions.push(...serviceReview.available(service.state).filter(isDecisionOutcome));
  if (actor.role === 'authority_rep' && open) {
    const mine = service.participants.find((p) => p.authorityId === actor.authorityId);
    if (mine) actions.push(...decisionsFrom(mine.status));
  }
  if (canReadClusterBudget(actor, service.clusterSlug)) actions.push('read_milestones');
  return actions;
}
