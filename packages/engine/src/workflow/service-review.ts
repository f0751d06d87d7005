import { defineMachine } from './state-machine';

/**
 * The life of a shared service from plan to decision (programme's operating guide, sections 3
 * and 9): the cluster plans it and gathers approvals and a feasibility study, submits it; the
 * professional committee approves (possibly with conditions), returns it for changes, or rejects
 * it. A decision is changed only by a new decision: conditions met turn a conditional approval
 * into an approval; an approval can be revoked by a rejection.
 */
export const serviceStates = ['planning', 'submitted', 'returned', 'approved', 'approved_with_conditions', 'rejected'] as const;
export type ServiceState = (typeof serviceStates)[number];

export const serviceActions = ['submit', 'approve', 'approve_with_conditions', 'return', 'reject'] as const;
export type ServiceAction = (typeof serviceActions)[number];

/** The committee's decisions are the actions that follow a submission. */
export type DecisionOutcome = Exclude<ServiceAction, 'submit'>;
export const decisionOutcomes: readonly DecisionOutcome[] = ['approve', 'approve_with_conditions', 'return', 'reject'];

type Role = 'ministry' | 'finance' | 'committee' | 'regulator' | 'measurement' | 'cluster_staff' | 'authority_rep';

export const serviceReview = defineMachine<ServiceState, ServiceAction, Role>([
  { action: 'submit', from: ['planning', 'returned'], to: 'submitted', roles: ['cluster_staff'] },
  { action: 'approve', from: ['submitted', 'approved_with_conditions'], to: 'approved', roles: ['committee'] },
  { action: 'approve_with_conditions', from: ['submitted'], to: 'approved_with_conditions', roles: ['committee'] },
  { action: 'return', from: ['submitted'], to: 'returned', roles: ['committee'] },
  { action: 'reject', from: ['submitted', 'approved', 'approved_with_conditions'], to: 'rejected', roles: ['committee'] },
]);

/** States in which the service holds (or may hold) a grant commitment. */
export const grantHoldingStates: readonly ServiceState[] = ['approved', 'approved_with_conditions'];

/** While submitted or decided, the service's package, study and participants are frozen. */
export const frozenStates: readonly ServiceState[] = ['submitted', 'approved', 'approved_with_conditions', 'rejected'];
