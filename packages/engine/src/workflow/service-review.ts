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

/** The committee's decisions: the actions that follow a submission. */
export const decisionOutcomes = ['approve', 'approve_with_conditions', 'return', 'reject'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const serviceActions = ['submit', ...decisionOutcomes] as const;
export type ServiceAction = (typeof serviceActions)[number];

export const isDecisionOutcome = (action: ServiceAction): action is DecisionOutcome => action !== 'submit';

/** The cluster's staff submit; the committee decides (who may is the server's policy). */
export const serviceReview = defineMachine<ServiceState, ServiceAction>([
  { action: 'submit', from: ['planning', 'returned'], to: 'submitted' },
  { action: 'approve', from: ['submitted', 'approved_with_conditions'], to: 'approved' },
  { action: 'approve_with_conditions', from: ['submitted'], to: 'approved_with_conditions' },
  { action: 'return', from: ['submitted'], to: 'returned' },
  { action: 'reject', from: ['submitted', 'approved', 'approved_with_conditions'], to: 'rejected' },
]);

/** States in which the service holds (or may hold) a grant commitment. */
export const grantHoldingStates: readonly ServiceState[] = ['approved', 'approved_with_conditions'];

/** While submitted or decided, the service's package, study and participants are frozen. */
export const frozenStates: readonly ServiceState[] = ['submitted', 'approved', 'approved_with_conditions', 'rejected'];
