import { nationalRoles } from '@eshkol/contracts/auth';
import type { ParticipantStatus, ServiceState } from '@eshkol/contracts/services';
import { frozenStates, isDecisionOutcome, serviceReview } from '@eshkol/engine/workflow/service-review';
import type { Actor } from '../../platform/access';
import { canDecide } from '../reviews/reviews.policy';
import { decisionsFrom } from './participation-rules';

/** What a policy needs to know of a service: whose it is, where it stands, who was invited. */
export type ServiceScope = {
  clusterSlug: string;
  state: ServiceState;
  participants: readonly { authorityId: string; status: ParticipantStatus }[];
};

export const isFrozen = (state: ServiceState) => frozenStates.includes(state);

/** Creating, editing and inviting, and the feasibility studies: the cluster's own staff only. */
export function canManageServices(actor: Actor | null, clusterSlug: string): boolean {
  return actor?.role === 'cluster_staff' && actor.clusterSlug === clusterSlug;
}

/**
 * Invitations, answers, approvals with their documents, history and the studies: national roles,
 * the cluster's staff, and representatives of the authorities invited to the service (they decide
 * on the same figures, so they see them all).
 */
export function canReadServiceDetails(actor: Actor | null, service: Pick<ServiceScope, 'clusterSlug' | 'participants'>): boolean {
  if (!actor) return false;
  if (nationalRoles.includes(actor.role)) return true;
  if (actor.role === 'cluster_staff') return actor.clusterSlug === service.clusterSlug;
  if (actor.role === 'authority_rep') return actor.authorityId !== null && service.participants.some((p) => p.authorityId === actor.authorityId);
  return false;
}

/** An authority's answer is its own: only its representative gives it, not the staff nor the ministry. */
export function canDecideParticipation(actor: Actor | null, authorityId: string): boolean {
  return actor?.role === 'authority_rep' && actor.authorityId === authorityId;
}

/**
 * The buttons to show: the review machine's actions for the actor's role within their scope, the
 * staff's edits while the service is open, a representative's possible answers. The server checks
 * every call again, with its business gates.
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
  return actions;
}
