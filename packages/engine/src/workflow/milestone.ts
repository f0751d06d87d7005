import { defineMachine } from './state-machine';

/** A milestone of an approved project: the cluster marks it done, the ministry approves payment. */
export const milestoneStates = ['planned', 'done', 'paid'] as const;
export type MilestoneState = (typeof milestoneStates)[number];

export const milestoneActions = ['mark_done', 'approve_payment'] as const;
export type MilestoneAction = (typeof milestoneActions)[number];

export const milestoneFlow = defineMachine<MilestoneState, MilestoneAction>([
  { action: 'mark_done', from: ['planned'], to: 'done' },
  { action: 'approve_payment', from: ['done'], to: 'paid' },
]);
